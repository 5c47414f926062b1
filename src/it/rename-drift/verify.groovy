import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")

assert lines.findAll { it ==~ /\[(ERROR|WARNING)\] [A-Z_]+ .*/ } == [
    "[WARNING] DRIFT genesyscloud_auth_division.eng (main.tf:1): Division 7d1e4b2a-5c3f-4e8d-9a10-000000000010 was renamed outside Terraform from \"Engineering\" to \"Eng (renamed by hand)\". Fix: plan will rename it back to \"Engineering\"",
    "[ERROR] RENAME_CONFLICT genesyscloud_auth_division.ops (main.tf:5): The state's division 7d1e4b2a-5c3f-4e8d-9a10-000000000011 is named \"Operations\", and the configured name \"Sales\" is held by another division (7d1e4b2a-5c3f-4e8d-9a10-000000000012): terraform apply would fail with 409 Conflict. Fix: choose another name, or rename or delete division 7d1e4b2a-5c3f-4e8d-9a10-000000000012 by hand"]
assert lines.contains("[INFO] BUILD FAILURE")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 2, blocking: 1, byKind: [RENAME_CONFLICT: 1, DRIFT: 1]]
assert report.findings.collect { [it.kind, it.divisionId, it.blocking] } == [
    ["DRIFT", "7d1e4b2a-5c3f-4e8d-9a10-000000000010", false],
    ["RENAME_CONFLICT", "7d1e4b2a-5c3f-4e8d-9a10-000000000012", true]]
// a rename conflict is not resolved by an import
assert !new File(out, "import.sh").exists()
assert !new File(out, "imports.tf").exists()
return true
