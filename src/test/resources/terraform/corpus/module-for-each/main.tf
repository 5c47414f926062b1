variable "regions" {
  type = map(object({
    code  = string
    teams = optional(list(string), ["general"])
  }))
  default = {
    emea = { code = "EU", teams = ["sales", "support"] }
    apac = { code = "AP", teams = [] }
  }
}

module "region" {
  source   = "./modules/region"
  for_each = var.regions
  code     = each.value.code
  teams    = each.value.teams
}

module "single" {
  source = "./modules/region"
  code   = "US"
}

module "disabled" {
  source = "./modules/region"
  count  = 0
  code   = "XX"
}

resource "genesyscloud_auth_division" "from_output" {
  name = "${module.region["emea"].label} Copy"
}

resource "genesyscloud_auth_division" "from_counted_output" {
  count = 1
  name  = "${module.single.label} Copy ${count.index}"
}
