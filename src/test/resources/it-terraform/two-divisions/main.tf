terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
    }
  }
}

resource "genesyscloud_auth_division" "engineering" {
  name        = "Engineering"
  description = "Builds things"
}

resource "genesyscloud_auth_division" "sales" {
  name = "Sales"
}
