import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")
def tf = new File(basedir, "terraform")
def gone = "7d1e4b2a-5c3f-4e8d-9a10-000000000090"
def holder = "7d1e4b2a-5c3f-4e8d-9a10-000000000002"

assert lines.findAll { it.startsWith("[ERROR]") } == [
    "[ERROR] STALE_STATE genesyscloud_auth_division.support (main.tf:1): The state holds division ${gone}, which no longer exists in the org, and \"Support\" is now held by division ${holder}: terraform apply would fail with 409 Conflict. Fix: terraform state rm 'genesyscloud_auth_division.support' && terraform import 'genesyscloud_auth_division.support' ${holder}".toString()]
assert lines.findAll { it.startsWith("[WARNING]") } == [
    "[WARNING] STALE_STATE genesyscloud_auth_division.training (main.tf:5): The state holds division 7d1e4b2a-5c3f-4e8d-9a10-000000000091, which no longer exists in the org: apply will create \"Training\" again."]
assert lines.contains("[INFO] BUILD SUCCESS")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 2, blocking: 1, byKind: [STALE_STATE: 2]]
assert report.findings.collect { [it.address, it.blocking, it.divisionId] } == [
    ["genesyscloud_auth_division.support", true, holder],
    ["genesyscloud_auth_division.training", false, null]]

// the script removes the stale entry first, then imports the division holding the name
assert new File(out, "import.sh").readLines().drop(5) == [
    "\"\${TERRAFORM:-terraform}\" '-chdir=${tf}' state rm 'genesyscloud_auth_division.support'".toString(),
    "\"\${TERRAFORM:-terraform}\" '-chdir=${tf}' import 'genesyscloud_auth_division.support' '${holder}'".toString()]
assert new File(out, "imports.tf").text.endsWith("""
# The state holds a division that no longer exists: first run
#   terraform state rm 'genesyscloud_auth_division.support'
import {
  to = genesyscloud_auth_division.support
  id = "${holder}"
}
""".toString())
return true
