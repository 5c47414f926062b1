# The company's divisions. "Engineering" was created by an earlier apply and is in the state;
# "Sales" and "Marketing" were made by hand in the admin console, so creating them would fail with
# 409 Conflict; "Support" is new.

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

resource "genesyscloud_auth_division" "support" {
  name        = "Support"
  description = "Customer support, all tiers"
}

# Queues and flows elsewhere look divisions up by name.
data "genesyscloud_auth_division" "shared_services" {
  name = "Shared Services"
}
