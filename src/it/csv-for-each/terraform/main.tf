variable "prefix" {
  type    = string
  default = "DEV"
}

variable "suffix" {
  type    = string
  default = ""
}

locals {
  rows   = csvdecode(file("${path.module}/divisions.csv"))
  active = { for row in local.rows : row.key => row.name if row.active == "yes" }
}

resource "genesyscloud_auth_division" "csv" {
  for_each = local.active
  name     = trimspace("${var.prefix} ${each.value} ${var.suffix}")
}
