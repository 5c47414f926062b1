resource "genesyscloud_auth_division" "eng" {
  name = "Engineering"
}
