variable "env" {
  type = string
}

resource "genesyscloud_auth_division" "interpolated" {
  name = "${var.env}-engineering"
}

resource "genesyscloud_auth_division" "unnamed" {
  description = "no name"
}

resource "genesyscloud_auth_division" "counted" {
  count = 2
  name  = "Counted ${count.index}"
}

resource "genesyscloud_auth_division" "each" {
  for_each = toset(["a", "b"])
  name     = each.key
}
