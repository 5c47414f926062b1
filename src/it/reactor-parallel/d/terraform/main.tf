# Module d: the home division, adopted with home = true (HOME).
resource "genesyscloud_auth_division" "d_home" {
  name = "Home D"
  home = true
}
