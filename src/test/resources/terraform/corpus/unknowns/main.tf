variable "region" {
  type = string
}

variable "optional_name" {
  type    = string
  default = null
}

resource "genesyscloud_auth_division" "base" {
  name = "Base"
}

resource "genesyscloud_auth_division" "copy" {
  name = "${genesyscloud_auth_division.base.name} Copy"
}

resource "genesyscloud_auth_division" "by_id" {
  name = "Div ${genesyscloud_auth_division.base.id}"
}

resource "genesyscloud_auth_division" "regional" {
  name = "Region ${var.region}"
}

resource "genesyscloud_auth_division" "stamped" {
  name = "Created ${timestamp()}"
}

data "genesyscloud_auth_division" "looked_up" {
  name = "Lookup"
}

resource "genesyscloud_auth_division" "from_data" {
  name = data.genesyscloud_auth_division.looked_up.name
}

module "m" {
  source = "./child"
}

resource "genesyscloud_auth_division" "from_module" {
  name = module.m.division_name
}

resource "genesyscloud_auth_division" "each_unknown" {
  for_each = toset([genesyscloud_auth_division.base.id])
  name     = each.key
}

resource "genesyscloud_auth_division" "tried" {
  name = try(var.region, "fallback")
}

resource "genesyscloud_auth_division" "coalesced" {
  name = coalesce(var.optional_name, "Default Name")
}

resource "genesyscloud_auth_division" "from_module_stamp" {
  name = module.m.stamp
}

resource "genesyscloud_auth_division" "regions" {
  for_each = toset(["emea", "apac"])
  name     = "Region ${upper(each.key)}"
}

resource "genesyscloud_auth_division" "counted" {
  count = 2
  name  = "Counted ${count.index}"
}

resource "genesyscloud_auth_division" "region_child" {
  name = "${genesyscloud_auth_division.regions["emea"].name} Child"
}

resource "genesyscloud_auth_division" "counted_child" {
  for_each = { for i in range(2) : "c${i}" => i }
  name     = "${genesyscloud_auth_division.counted[each.value].name} Child"
}

resource "genesyscloud_auth_division" "region_id" {
  name = genesyscloud_auth_division.regions["apac"].id
}
