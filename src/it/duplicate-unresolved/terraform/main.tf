resource "genesyscloud_auth_division" "support" {
  name = "Support"
}

resource "genesyscloud_auth_division" "support_emea" {
  name = "SUPPORT"
}

resource "genesyscloud_auth_division" "team" {
  name = "Team ${genesyscloud_routing_queue.main.id}"
}

resource "genesyscloud_routing_queue" "main" {
  name = "Main queue"
}
