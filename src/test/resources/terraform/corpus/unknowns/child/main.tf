output "division_name" {
  value = "From Child"
}

output "stamp" {
  value = "v-${timestamp()}"
}
