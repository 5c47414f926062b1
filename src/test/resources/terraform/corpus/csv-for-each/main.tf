locals {
  rows = csvdecode(file("${path.module}/divisions.csv"))
  divisions = {
    for row in local.rows : row.key => row
    if row.enabled == "true"
  }
}

resource "genesyscloud_auth_division" "from_csv" {
  for_each    = local.divisions
  name        = each.value.name
  description = each.value.description
}

resource "genesyscloud_auth_division" "by_name" {
  for_each = toset([for row in local.rows : upper(row.key)])
  name     = "${each.key} (${each.value})"
}
