variable "regions" {
  type = map(object({
    code  = string
    teams = optional(list(string), [])
  }))
  default = {
    emea = { code = "EU", teams = ["Sales", "Support"] }
    apac = { code = "AP" }
  }
}

module "region" {
  source   = "./modules/region"
  for_each = var.regions
  code     = each.value.code
  teams    = each.value.teams
}
