resource "genesyscloud_auth_division" "emea" {
  name        = "EMEA"
  description = "Europe, Middle East and Africa"
  external_id = "DIV-EMEA"
  parent_id   = "root"
}
