resource "genesyscloud_auth_division" "eng" {
  name = "Engineering"
}

resource "genesyscloud_auth_division" "sales" {
  name = "Sales"
}
