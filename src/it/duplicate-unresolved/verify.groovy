import groovy.json.JsonSlurper

def lines = new File(basedir, "build.log").readLines()
def out = new File(basedir, "target/genesys-divisions")

assert lines.findAll { it ==~ /\[(ERROR|WARNING)\] [A-Z_]+ .*/ } == [
    "[ERROR] DUPLICATE genesyscloud_auth_division.support_emea (main.tf:5): \"SUPPORT\" is also the name of genesyscloud_auth_division.support (main.tf:1) (the names differ only in letter case): the second create would fail with 409 Conflict. Fix: rename one of them",
    "[WARNING] UNRESOLVED genesyscloud_auth_division.team (main.tf:9): The name cannot be known before apply: genesyscloud_routing_queue.main.id is known only after apply (main.tf:10:18)."]
assert lines.contains("[INFO] BUILD FAILURE")

def report = new JsonSlurper().parse(new File(out, "report.json"))
assert report.summary == [instances: 3, blocking: 1, byKind: [CREATE: 1, DUPLICATE: 1, UNRESOLVED: 1]]
assert report.findings.collect { [it.kind, it.address, it.name] } == [
    ["CREATE", "genesyscloud_auth_division.support", "Support"],
    ["DUPLICATE", "genesyscloud_auth_division.support_emea", "SUPPORT"],
    ["UNRESOLVED", "genesyscloud_auth_division.team", null]]
def junit = new File(out, "TEST-genesys-divisions.xml").text
assert junit.contains('tests="3" failures="1"')
assert junit.contains('<failure type="DUPLICATE"')
return true
