resource "genesyscloud_auth_division" "alpha" {
  name = "Alpha"
}

resource "genesyscloud_auth_division" "beta" {
  name = "Beta"
}

resource "genesyscloud_auth_division" "gamma" {
  name = "Gamma"
}
