f = "env/one.tfvars"
g = "env/one.tfvars"
