locals {
  units = yamldecode(file("${path.module}/data/divisions.yaml")).units
  extra = jsondecode(file("${path.module}/data/extra.json")).divisions
}

resource "genesyscloud_auth_division" "unit" {
  for_each = { for key, unit in local.units : key => unit if unit.enabled }
  name     = "${try(each.value.display_name, title(each.key))}${each.value.suffix}"
}

resource "genesyscloud_auth_division" "extra" {
  count = length(local.extra)
  name  = coalesce(local.extra[count.index].name, upper(element(local.extra, count.index).key))
}
