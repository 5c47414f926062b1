prefix = "PROD"
