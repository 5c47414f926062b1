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
variable "f" {
  type    = string
  default = "default"
}
variable "g" {
  type    = string
  default = "default"
}
variable "h" {
  type    = list(string)
  default = []
}

resource "genesyscloud_auth_division" "show" {
  for_each = { a = var.a, b = var.b, c = var.c, d = var.d, e = var.e, f = var.f, g = var.g, h = join("+", var.h) }
  name     = "${each.key}=${each.value}"
}
