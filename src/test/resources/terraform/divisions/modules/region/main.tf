resource "genesyscloud_auth_division" "this" {
  name = "Region"
}
