resource "genesyscloud_auth_division" "support" {
  name = "Support"
}
