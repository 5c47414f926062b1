variable "env" {
  type    = string
  default = "dev"
}

locals {
  suffix = "(${var.env})"
}

resource "genesyscloud_auth_division" "ops" {
  name        = "Operations ${local.suffix}"
  description = "base"
}

resource "genesyscloud_auth_division" "finance" {
  name = "Finance"
}
