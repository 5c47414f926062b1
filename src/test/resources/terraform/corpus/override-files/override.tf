variable "env" {
  default = "prod"
}

resource "genesyscloud_auth_division" "ops" {
  description = "overridden"
  home        = true
}
