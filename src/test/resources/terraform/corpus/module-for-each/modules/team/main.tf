variable "name" {
  type = string
}

resource "genesyscloud_auth_division" "team" {
  name        = var.name
  description = "in ${path.module}"
  external_id = "x"
}
