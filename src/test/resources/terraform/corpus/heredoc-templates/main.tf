locals {
  env = "prod"
  banner = <<-EOT
    Contact Center
      ${upper(local.env)}
  EOT
  names = split("\n", chomp(templatefile("${path.module}/names.tftpl", {
    env   = local.env
    teams = ["billing", "claims"]
  })))
}

resource "genesyscloud_auth_division" "banner" {
  name = trimspace(replace(local.banner, "/\\s+/", " "))
}

resource "genesyscloud_auth_division" "templated" {
  for_each = toset(local.names)
  name     = each.key
}

resource "genesyscloud_auth_division" "literal" {
  name = <<EOT
Escaped $${not_interpolated}
EOT
}
