regions = {
  emea = { name = "EMEA", description = "Europe, Middle East and Africa" }
  apac = { name = "APAC", description = "Asia and Pacific" }
  amer = { name = "Americas" }
}
