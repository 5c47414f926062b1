variable "names" {
  type = set(string)
}

resource "genesyscloud_auth_division" "this" {
  for_each = var.names
  name     = each.value
}
