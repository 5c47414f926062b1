def lines = new File(basedir, "build.log").readLines()
def mainTf = new File(basedir, "terraform/main.tf")

def failure = lines.find { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:genesys-divisions-maven-plugin:") }
assert failure.endsWith(":check (default) on project evaluation-error: ${mainTf}:7:14: for_each must be a map, or a set of strings, and this is a list; convert it with toset(...) or build a map with a for expression. Terraform would fail here too ('terraform validate' or 'terraform plan' reports it); fix the configuration or the variables given to it. -> [Help 1]".toString())
assert lines.contains("[INFO] BUILD FAILURE")
// nothing is written that claims a result
assert !new File(basedir, "target/genesys-divisions").exists()
return true
