g = "env/two.tfvars"
