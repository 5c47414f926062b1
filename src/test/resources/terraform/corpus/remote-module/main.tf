module "shared" {
  source  = "acme/divisions/genesyscloud"
  version = "1.2.0"
  names   = ["Billing", "Claims"]
}

module "vendored" {
  source = "./vendor"
}

module "not_installed" {
  source = "git::https://example.com/divisions.git?ref=v1"
}
