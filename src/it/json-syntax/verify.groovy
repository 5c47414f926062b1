import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")
def tf = new File(basedir, "terraform")
def sales = "6c0a5c6e-4444-4a1b-9c2d-00000000000a"

// the finding lines: "[ERROR] <KIND> ..."; the data source's "${var.prefix} Shared" finds
// "ACME Shared", so it has no MISSING_LOOKUP
assert lines.findAll { it ==~ /\[(ERROR|WARNING)\] [A-Z_]+ .*/ } == [
    "[ERROR] CONFLICT genesyscloud_auth_division.team[\"sales\"] (main.tf.json:14): The org already has a division named \"ACME Sales\" (${sales}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'genesyscloud_auth_division.team[\"sales\"]' ${sales}".toString()]
assert lines.contains("[INFO] Checked 4 division instance(s) against the org (snapshot): CREATE 2, CONFLICT 1; 1 blocking. Wrote import.sh, imports.tf, TEST-genesys-divisions.xml, report.json to ${out}".toString())
assert lines.contains("[INFO] BUILD FAILURE")
assert lines.any { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:genesys-divisions-maven-plugin:") && it.contains("1 Genesys Cloud division finding(s) would make terraform apply fail") }

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 4, blocking: 1, byKind: [CREATE: 2, CONFLICT: 1]]
// for_each keys and names come from terraform.tfvars.json through "${...}" templates; "$${" is a
// literal "${"; the line is the line of the block's label in main.tf.json
assert report.findings.collect { [it.kind, it.address, it.name, it.file, it.line, it.divisionId] } == [
    ["CREATE", "genesyscloud_auth_division.literal", "Ops \${not a template}", "main.tf.json", 19, null],
    ["CONFLICT", "genesyscloud_auth_division.team[\"sales\"]", "ACME Sales", "main.tf.json", 14, sales],
    ["CREATE", "genesyscloud_auth_division.team[\"support\"]", "ACME Customer Support", "main.tf.json", 14, null]]

assert new File(out, "import.sh").readLines().findAll { !it.startsWith("#") && it != "set -eu" } == [
    "\"\${TERRAFORM:-terraform}\" '-chdir=${tf}' import 'genesyscloud_auth_division.team[\"sales\"]' '${sales}'".toString()]
assert new File(out, "imports.tf").text.endsWith("""
import {
  to = genesyscloud_auth_division.team["sales"]
  id = "${sales}"
}
""".toString())
assert new File(out, "TEST-genesys-divisions.xml").text.contains('name="data.genesyscloud_auth_division.shared" file="main.tf.json" line="26"')
return true
