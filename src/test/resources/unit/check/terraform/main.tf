resource "genesyscloud_auth_division" "engineering" {
  name = "Engineering"
}

resource "genesyscloud_auth_division" "support" {
  name = "Support"
}
