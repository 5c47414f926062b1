prefix = "Acme"
divisions = {
  eng = {
    name = "Engineering"
    tags = ["core", "platform"]
  }
  home = {
    name = "Home"
    home = true
  }
  "qa team" = {
    name        = "QA"
    description = null
  }
}
