# Module b: two divisions the org does not have yet (CREATE).
resource "genesyscloud_auth_division" "b_one" {
  name = "One B"
}

resource "genesyscloud_auth_division" "b_two" {
  name = "Two B"
}
