data "genesyscloud_auth_division" "legacy" {
  name = "Legacy"
}

data "genesyscloud_auth_division" "by_var" {
  name = var.division_name
}

variable "division_name" {
  type = string
}
