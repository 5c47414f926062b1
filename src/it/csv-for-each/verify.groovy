import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")
def billing = "6c0a5c6e-3333-4a1b-9c2d-00000000000c"

// the finding lines: "[ERROR] <KIND> ..."
assert lines.findAll { it ==~ /\[ERROR\] [A-Z_]+ .*/ } == [
    "[ERROR] CONFLICT genesyscloud_auth_division.csv[\"billing\"] (main.tf:16): The org already has a division named \"PROD Billing (CC)\" (${billing}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'genesyscloud_auth_division.csv[\"billing\"]' ${billing}".toString()]
assert lines.contains("[INFO] Checked 2 division instance(s) against the org (snapshot): CREATE 1, CONFLICT 1; 1 blocking. Wrote import.sh, imports.tf, TEST-genesys-divisions.xml, report.json to ${out}".toString())
assert lines.contains("[INFO] BUILD FAILURE")
assert lines.any { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:genesys-divisions-maven-plugin:") && it.contains("1 Genesys Cloud division finding(s) would make terraform apply fail") }

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 2, blocking: 1, byKind: [CREATE: 1, CONFLICT: 1]]
// the prefix comes from the varFiles entry, the suffix from <variables>; "archive" is filtered out
assert report.findings.collect { [it.kind, it.address, it.name, it.file, it.line] } == [
    ["CONFLICT", "genesyscloud_auth_division.csv[\"billing\"]", "PROD Billing (CC)", "main.tf", 16],
    ["CREATE", "genesyscloud_auth_division.csv[\"claims\"]", "PROD Claims, Disputes (CC)", "main.tf", 16]]
return true
