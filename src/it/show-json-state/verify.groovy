import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")
def sales = "9e8d7c6b-0000-4a5b-8c9d-0000000000a1"

assert lines.findAll { it.startsWith("[ERROR] CONFLICT") } == [
    "[ERROR] CONFLICT genesyscloud_auth_division.sales (main.tf:5): The org already has a division named \"Sales\" (${sales}), and this state manages it as module.legacy.genesyscloud_auth_division.old: terraform apply would fail with 409 Conflict. Fix: terraform state mv 'module.legacy.genesyscloud_auth_division.old' 'genesyscloud_auth_division.sales' (or a moved block) if module.legacy.genesyscloud_auth_division.old is to go, rather than an import; else choose another name".toString()]
def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.findings.collect { [it.kind, it.address, it.divisionId] } == [
    ["MANAGED", "genesyscloud_auth_division.eng", "9e8d7c6b-0000-4a5b-8c9d-00000000000e"],
    ["CONFLICT", "genesyscloud_auth_division.sales", sales]]
// a division this state already manages is moved, not imported a second time
assert !new File(out, "import.sh").exists()
return true
