# The home division is adopted with home = true; a plain resource that takes its name collides.
resource "genesyscloud_auth_division" "home" {
  name = "Company"
  home = true
}

resource "genesyscloud_auth_division" "hq" {
  name = "Home"
}

data "genesyscloud_auth_division" "support" {
  name = "SUPPORT"
}

data "genesyscloud_auth_division" "legacy" {
  name = "Legacy"
}
