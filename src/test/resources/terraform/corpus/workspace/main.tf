locals {
  names = {
    default = "Sandbox"
    prod    = "Production"
  }
}

resource "genesyscloud_auth_division" "env" {
  name = lookup(local.names, terraform.workspace, "Other (${terraform.workspace})")
}
