output "division_name" {
  value = "From Child"
}
