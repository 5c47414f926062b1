resource "genesyscloud_auth_division" "vendored" {
  name = "Vendored in ${path.module}"
}
