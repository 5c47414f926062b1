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

variable "regions" {
  description = "The regions the contact centre serves, keyed by a short code (values in terraform.tfvars)"
  type = map(object({
    name        = string
    description = optional(string, "")
  }))
}

# One division per region, made by the local module. "Region EMEA" and "Region APAC" are in the
# state, but someone renamed "Region APAC" to "Asia Pacific" in the admin console; "Region Americas"
# is new.
module "region" {
  source      = "./modules/region"
  for_each    = var.regions
  name        = each.value.name
  description = each.value.description
}
