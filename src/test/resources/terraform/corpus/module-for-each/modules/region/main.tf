variable "code" {
  type = string
}

variable "teams" {
  type    = list(string)
  default = ["general"]
}

locals {
  label = "Region ${var.code}"
}

resource "genesyscloud_auth_division" "this" {
  name = local.label
}

module "team" {
  source = "../team"
  count  = length(var.teams)
  name   = "${var.code} ${title(var.teams[count.index])}"
}

output "label" {
  value = local.label
}
