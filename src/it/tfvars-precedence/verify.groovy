import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")

assert !lines.any { it.startsWith("[ERROR]") }
assert lines.contains("[INFO] Checked 5 division instance(s) against the org (snapshot): CREATE 5; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out}".toString())
assert lines.contains("[INFO] BUILD SUCCESS")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.findings.collect { [it.address, it.name] } == [
    ["genesyscloud_auth_division.shown[\"a\"]", "a from environment"],
    ["genesyscloud_auth_division.shown[\"b\"]", "b from terraform.tfvars"],
    ["genesyscloud_auth_division.shown[\"c\"]", "c from x.auto.tfvars"],
    ["genesyscloud_auth_division.shown[\"d\"]", "d from env/last.tfvars"],
    ["genesyscloud_auth_division.shown[\"e\"]", "e from env/first.tfvars"]]
return true
