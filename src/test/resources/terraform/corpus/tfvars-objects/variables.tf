variable "divisions" {
  type = map(object({
    name        = string
    description = optional(string, "Managed by Terraform")
    home        = optional(bool, false)
    tags        = optional(list(string), [])
  }))
}

variable "prefix" {
  type    = string
  default = "ACME"
}
