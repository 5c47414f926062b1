# A second file of the module, read after main.tf.
resource "genesyscloud_auth_division" "support" {
  name = "Customer Support"
}
