import groovy.json.JsonSlurper

// Each module, checked on its own thread, wrote its own outputs from its own Terraform folder and
// snapshot; the console holds each module's lines, whatever order the threads logged them in.
def lines = new File(basedir, "build.log").readLines()
def dir = { m -> new File(basedir, m) }
def out = { m -> new File(dir(m), "target/genesys-divisions") }
def tf = { m -> new File(dir(m), "terraform") }
def conflictId = "6c0a5c6e-aaaa-4a1b-9c2d-0000000000a1"

assert lines.contains("[INFO] Using the MultiThreadedBuilder implementation with a thread count of 4")
assert lines.contains("[INFO] BUILD SUCCESS")
['a', 'b', 'c', 'd'].each { m ->
    assert lines.contains("[INFO] Reading the org's divisions from the snapshot ${new File(dir(m), 'org-divisions.json')}.".toString())
    assert lines.any { it.startsWith("[INFO] module-${m} ....") && it.contains(" SUCCESS [") }
}
assert lines.findAll { it.startsWith("[INFO] Checked ") }.sort() == [
    "[INFO] Checked 1 division instance(s) against the org (snapshot): HOME 1; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out('d')}",
    "[INFO] Checked 1 division instance(s) against the org (snapshot): MANAGED 1; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out('c')}",
    "[INFO] Checked 2 division instance(s) against the org (snapshot): CREATE 1, CONFLICT 1; 1 blocking. Wrote import.sh, imports.tf, TEST-genesys-divisions.xml, report.json to ${out('a')}",
    "[INFO] Checked 2 division instance(s) against the org (snapshot): CREATE 2; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out('b')}"]*.toString()
assert lines.findAll { it.startsWith("[ERROR]") } == [
    "[ERROR] CONFLICT genesyscloud_auth_division.a_engineering (main.tf:2): The org already has a division named \"Engineering A\" (${conflictId}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'genesyscloud_auth_division.a_engineering' ${conflictId}".toString()]
// module c has a state; the others are checked as new
assert lines.findAll { it.startsWith("[WARNING] No state at ") }.sort() == ['a', 'b', 'd'].collect { m ->
    "[WARNING] No state at ${tf(m)}/terraform.tfstate: every instance is checked as new. If the state is remote, run 'terraform state pull > state.json' and pass -Dgenesys.divisions.stateFile=state.json.".toString() }

def report = { m -> new JsonSlurper().parse(new File(out(m), "report.json")) }
def expected = [
    a: [[2, 1, [CREATE: 1, CONFLICT: 1]],
        [["CONFLICT", "genesyscloud_auth_division.a_engineering", "Engineering A", conflictId],
         ["CREATE", "genesyscloud_auth_division.a_new", "New A", null]]],
    b: [[2, 0, [CREATE: 2]],
        [["CREATE", "genesyscloud_auth_division.b_one", "One B", null],
         ["CREATE", "genesyscloud_auth_division.b_two", "Two B", null]]],
    c: [[1, 0, [MANAGED: 1]],
        [["MANAGED", "genesyscloud_auth_division.c_support", "Support C", "6c0a5c6e-cccc-4a1b-9c2d-0000000000c1"]]],
    d: [[1, 0, [HOME: 1]],
        [["HOME", "genesyscloud_auth_division.d_home", "Home D", "6c0a5c6e-dddd-4a1b-9c2d-0000000000d0"]]]]
expected.each { m, e ->
    def r = report(m)
    assert r.terraformDirectory == tf(m).toString()
    assert r.source == "snapshot"
    assert r.summary == [instances: e[0][0], blocking: e[0][1], byKind: e[0][2]]
    assert r.findings.collect { [it.kind, it.address, it.name, it.divisionId] } == e[1]
    assert new File(out(m), "TEST-genesys-divisions.xml").text.contains("tests=\"${e[0][0]}\" failures=\"${e[0][1]}\"".toString())
}

// only module a has something to import, and its script works in module a's own folder
assert new File(out('a'), "import.sh").readLines().drop(5) == [
    "\"\${TERRAFORM:-terraform}\" '-chdir=${tf('a')}' import 'genesyscloud_auth_division.a_engineering' '${conflictId}'".toString()]
assert new File(out('a'), "imports.tf").text.contains("  to = genesyscloud_auth_division.a_engineering\n  id = \"${conflictId}\"\n".toString())
['b', 'c', 'd'].each { m ->
    assert out(m).list().sort() == ["TEST-genesys-divisions.xml", "report.json"]
}
assert out('a').list().sort() == ["TEST-genesys-divisions.xml", "import.sh", "imports.tf", "report.json"]
assert !new File(basedir, "target/genesys-divisions").exists()
return true
