variable "code" {
  type = string
}

variable "teams" {
  type = list(string)
}

resource "genesyscloud_auth_division" "this" {
  name = "Region ${var.code}"
}

resource "genesyscloud_auth_division" "team" {
  for_each = toset(var.teams)
  name     = "${var.code} ${each.key}"
}
