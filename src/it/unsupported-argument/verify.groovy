import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")

assert lines.findAll { it ==~ /\[(ERROR|WARNING)\] [A-Z_]+ .*/ } == [
    "[ERROR] UNSUPPORTED_ARGUMENT genesyscloud_auth_division.emea (main.tf:4): genesyscloud_auth_division has no argument \"external_id\": terraform plan would fail with \"Unsupported argument\". The resource takes only name, description and home. Divisions have no external id: they are matched by name. Fix: remove external_id from genesyscloud_auth_division.emea",
    "[ERROR] UNSUPPORTED_ARGUMENT genesyscloud_auth_division.emea (main.tf:5): genesyscloud_auth_division has no argument \"parent_id\": terraform plan would fail with \"Unsupported argument\". The resource takes only name, description and home. Divisions are flat in a Genesys Cloud org: there is no parent or hierarchy. Fix: remove parent_id from genesyscloud_auth_division.emea"]
assert lines.contains("[INFO] BUILD FAILURE")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 1, blocking: 2, byKind: [CREATE: 1, UNSUPPORTED_ARGUMENT: 2]]
// the line of each finding is the argument's
assert report.findings.findAll { it.kind == "UNSUPPORTED_ARGUMENT" }*.line == [4, 5]
return true
