import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")

// the fake terraform ran 'state pull' in the Terraform directory
assert new File(basedir, "pull-arguments.txt").readLines() == [new File(basedir, "terraform").canonicalPath, "state", "pull"]
assert !lines.any { it.startsWith("[WARNING]") }
assert lines.contains("[INFO] Checked 1 division instance(s) against the org (snapshot): MANAGED 1; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out}".toString())
assert lines.contains("[INFO] BUILD SUCCESS")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.findings.collect { [it.kind, it.address, it.divisionId] } == [
    ["MANAGED", "genesyscloud_auth_division.eng", "7d1e4b2a-5c3f-4e8d-9a10-000000000010"]]
return true
