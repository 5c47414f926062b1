import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")
def tf = new File(basedir, "terraform")
def regionEu = "6c0a5c6e-2222-4a1b-9c2d-00000000000a"
def euSales = "6c0a5c6e-2222-4a1b-9c2d-00000000000b"

assert lines.findAll { it.startsWith("[ERROR]") } == [
    "[ERROR] CONFLICT module.region[\"emea\"].genesyscloud_auth_division.team[\"Sales\"] (modules/region/main.tf:13): The org already has a division named \"EU Sales\" (${euSales}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'module.region[\"emea\"].genesyscloud_auth_division.team[\"Sales\"]' ${euSales}".toString(),
    "[ERROR] CONFLICT module.region[\"emea\"].genesyscloud_auth_division.this (modules/region/main.tf:9): The org already has a division named \"Region EU\" (${regionEu}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'module.region[\"emea\"].genesyscloud_auth_division.this' ${regionEu}".toString()]
assert lines.contains("[INFO] Checked 4 division instance(s) against the org (snapshot): CREATE 2, CONFLICT 2; 2 blocking. Wrote import.sh, imports.tf, TEST-genesys-divisions.xml, report.json to ${out}".toString())
assert lines.contains("[INFO] BUILD SUCCESS")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 4, blocking: 2, byKind: [CREATE: 2, CONFLICT: 2]]
assert report.findings.collect { [it.kind, it.address, it.name, it.file, it.line, it.divisionId] } == [
    ["CREATE", "module.region[\"apac\"].genesyscloud_auth_division.this", "Region AP", "modules/region/main.tf", 9, null],
    ["CONFLICT", "module.region[\"emea\"].genesyscloud_auth_division.team[\"Sales\"]", "EU Sales", "modules/region/main.tf", 13, euSales],
    ["CREATE", "module.region[\"emea\"].genesyscloud_auth_division.team[\"Support\"]", "EU Support", "modules/region/main.tf", 13, null],
    ["CONFLICT", "module.region[\"emea\"].genesyscloud_auth_division.this", "Region EU", "modules/region/main.tf", 9, regionEu]]

assert new File(out, "import.sh").readLines().findAll { !it.startsWith("#") && it != "set -eu" } == [
    "\"\${TERRAFORM:-terraform}\" '-chdir=${tf}' import 'module.region[\"emea\"].genesyscloud_auth_division.team[\"Sales\"]' '${euSales}'".toString(),
    "\"\${TERRAFORM:-terraform}\" '-chdir=${tf}' import 'module.region[\"emea\"].genesyscloud_auth_division.this' '${regionEu}'".toString()]
assert new File(out, "imports.tf").text.contains("import {\n  to = module.region[\"emea\"].genesyscloud_auth_division.this\n  id = \"${regionEu}\"\n}\n")
return true
