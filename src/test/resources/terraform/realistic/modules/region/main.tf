variable "region" {
  type = string
}

resource "genesyscloud_auth_division" "this" {
  name = "Region ${upper(var.region)}"
}
