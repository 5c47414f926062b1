variable "enabled" {
  type    = bool
  default = true
}

variable "with_archive" {
  type    = string
  default = "false"
}

data "genesyscloud_auth_division_home" "home" {}

resource "genesyscloud_auth_division" "main" {
  count = var.enabled ? 1 : 0
  name  = "Main"
}

resource "genesyscloud_auth_division" "archive" {
  count = var.with_archive ? 1 : 0
  name  = "Archive"
}

resource "genesyscloud_auth_division" "shards" {
  count = 3
  name  = format("Shard %02d", count.index + 1)
}

resource "genesyscloud_auth_division" "mirrored" {
  count = length(data.genesyscloud_auth_division_home.home.name) > 0 ? 1 : 0
  name  = "Mirror"
}
