variable "a" {
  type    = string
  default = "default"
}

variable "b" {
  type    = string
  default = "default"
}

variable "c" {
  type    = string
  default = "default"
}

variable "d" {
  type    = string
  default = "default"
}

variable "e" {
  type    = string
  default = "default"
}

resource "genesyscloud_auth_division" "shown" {
  for_each = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e }
  name     = "${each.key} from ${each.value}"
}
