variable "name" {
  type = string
}

variable "description" {
  type = string
}

resource "genesyscloud_auth_division" "this" {
  name        = "Region ${var.name}"
  description = var.description
}
