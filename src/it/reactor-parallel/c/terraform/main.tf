# Module c: a division the state holds and the org still has (MANAGED).
resource "genesyscloud_auth_division" "c_support" {
  name = "Support C"
}
