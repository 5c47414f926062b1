c = "x.auto.tfvars"
d = "x.auto.tfvars"
