d = "env/first.tfvars"
e = "env/first.tfvars"
