b = "terraform.tfvars"
c = "terraform.tfvars"
d = "terraform.tfvars"
e = "terraform.tfvars"
f = "terraform.tfvars"
g = "terraform.tfvars"
undeclared = 1
