resource "genesyscloud_auth_division" "sales" {
  name        = "Sales"
  description = "Sales team"
}

resource "genesyscloud_auth_division" "home" {
  name = "Home"
  home = true
}

resource "genesyscloud_auth_division" "legal" {
  name = <<-EOT
    Legal & Compliance
  EOT
}

resource "genesyscloud_auth_division" "escaped" {
  name = "R\u00e9seau \"Nord\" $${x}"
  home = "true"
}

resource "genesyscloud_user" "ann" {
  name  = "Ann"
  email = "ann@example.com"
}

module "region" {
  source = "./modules/region"
}
