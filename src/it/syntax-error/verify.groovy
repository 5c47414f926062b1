def lines = new File(basedir, "build.log").readLines()
def mainTf = new File(basedir, "terraform/main.tf")

def failure = lines.find { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:genesys-divisions-maven-plugin:") }
assert failure.endsWith(":check (default) on project syntax-error: ${mainTf}:7:17: expected an expression but found end of line. Fix the Terraform syntax; 'terraform validate' reports the same place. -> [Help 1]".toString())
assert lines.contains("[INFO] BUILD FAILURE")
// nothing is written that claims a result
assert !new File(basedir, "target/genesys-divisions").exists()
return true
