import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")
def home = "6c0a5c6e-1111-4a1b-9c2d-000000000001"

assert lines.contains("[INFO] Reading the org's divisions from the snapshot ${new File(basedir, 'org-divisions.json')}.".toString())
assert lines.findAll { it.startsWith("[ERROR]") } == [
    "[ERROR] MISSING_LOOKUP data.genesyscloud_auth_division.legacy (divisions.tf:15): The org has no division named \"Legacy\": terraform plan would fail. Fix: create the division in the org, or fix the name",
    "[ERROR] HOME_NAME genesyscloud_auth_division.hq (divisions.tf:7): \"Home\" is the name of the org's home division (${home}): terraform apply would fail with 409 Conflict. Fix: set home = true on genesyscloud_auth_division.hq so the provider adopts the home division".toString()]
assert lines.contains("[INFO] BUILD SUCCESS")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.source == "snapshot"
assert report.summary == [instances: 4, blocking: 2, byKind: [HOME: 1, HOME_NAME: 1, MISSING_LOOKUP: 1]]
assert report.findings.collect { [it.kind, it.address, it.divisionId] } == [
    ["MISSING_LOOKUP", "data.genesyscloud_auth_division.legacy", null],
    ["HOME", "genesyscloud_auth_division.home", home],
    ["HOME_NAME", "genesyscloud_auth_division.hq", home]]
assert !new File(out, "import.sh").exists()
def junit = new File(out, "TEST-genesys-divisions.xml").text
assert junit.contains('tests="4" failures="2"')
return true
