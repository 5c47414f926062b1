import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")

assert lines.contains("[ERROR] CONFLICT genesyscloud_auth_division.support (main.tf:1): The org already has a division named \"Support\" (2a7c9e10-4b3d-4f5e-8a6b-000000000002) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'genesyscloud_auth_division.support' 2a7c9e10-4b3d-4f5e-8a6b-000000000002")
def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.terraformDirectory == new File(basedir, "terraform").path
assert new File(out, "import.sh").exists()
// nothing was written under a folder named after an unresolved expression
assert !basedir.list().any { it.contains('$') }
return true
