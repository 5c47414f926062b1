# Module a: one division the org already has (CONFLICT, onConflict=script) and one to create.
resource "genesyscloud_auth_division" "a_engineering" {
  name = "Engineering A"
}

resource "genesyscloud_auth_division" "a_new" {
  name = "New A"
}
