resource "genesyscloud_auth_division" "this" {
  for_each    = var.divisions
  name        = "${var.prefix} ${each.value.name}"
  description = each.value.description
  home        = each.value.home
}

data "genesyscloud_auth_division" "lookup" {
  for_each = { for k, d in var.divisions : k => d if length(d.tags) > 0 }
  name     = join("/", each.value.tags)
}
