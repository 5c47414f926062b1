terraform {
  required_version = ">= 1.5.0"
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.84"
    }
  }
}

provider "genesyscloud" {
  # credentials come from GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET and GENESYSCLOUD_REGION
}
