variable "teams" {
  type    = list(string)
  default = ["Sales", "Support"]
}

resource "genesyscloud_auth_division" "team" {
  for_each = var.teams
  name     = each.key
}
