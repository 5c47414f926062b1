resource "genesyscloud_auth_division" "support" {
  name = "Support"
}

resource "genesyscloud_auth_division" "training" {
  name = "Training"
}
