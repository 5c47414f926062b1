# The company's divisions. "Engineering" was created by an earlier apply and is in the state;
# "Sales" and "Marketing" were made by hand in the admin console, so creating them would fail with
# 409 Conflict.

resource "genesyscloud_auth_division" "home" {
  name        = "Company"
  description = "Everything not in a business unit"
  home        = true
}

resource "genesyscloud_auth_division" "engineering" {
  name        = "Engineering"
  description = "Product and platform engineering"
}

resource "genesyscloud_auth_division" "sales" {
  name        = "Sales"
  description = "Inside and field sales"
}

resource "genesyscloud_auth_division" "marketing" {
  name = "marketing" # the org has "Marketing": names collide regardless of case
}

# One division per active team in teams.csv. "Billing" was also made by hand (409 Conflict);
# "Training" is in the state, but someone deleted its division in the admin console.
locals {
  teams = {
    for row in csvdecode(file("${path.module}/teams.csv")) : row.key => row.name
    if row.active == "yes"
  }
}

resource "genesyscloud_auth_division" "team" {
  for_each    = local.teams
  name        = each.value
  description = "Team ${each.value}"
}

# Queues and flows elsewhere look divisions up by name.
data "genesyscloud_auth_division" "shared_services" {
  name = "Shared Services"
}
