d = "env/last.tfvars"
