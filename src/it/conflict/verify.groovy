import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    def out = new File(basedir, "target/genesys-divisions")
    def id = "6c0a5c6e-1111-4a1b-9c2d-00000000000a"

    def errors = lines.findAll { it.startsWith("[ERROR]") }
    assert errors[0] == "[ERROR] CONFLICT genesyscloud_auth_division.engineering (main.tf:9): The org already has a division named \"Engineering\" (${id}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'genesyscloud_auth_division.engineering' ${id}"
    assert errors.count { it.startsWith("[ERROR] CONFLICT ") } == 1
    assert !errors.any { it.startsWith("[ERROR] CREATE ") }
    assert lines.contains("[INFO] Checked 2 division instance(s) against the org (api): CREATE 1, CONFLICT 1; 1 blocking. Wrote import.sh, imports.tf, TEST-genesys-divisions.xml, report.json to ${out}".toString())
    assert lines.any { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:genesys-divisions-maven-plugin:") && it.contains("1 Genesys Cloud division finding(s) would make terraform apply fail") }
    assert lines.contains("[INFO] BUILD FAILURE")

    def report = new JsonSlurper().parse(new File(out, "report.json"))
    assert report.summary == [instances: 2, blocking: 1, byKind: [CREATE: 1, CONFLICT: 1]]
    def conflict = report.findings[0]
    assert conflict.kind == "CONFLICT"
    assert conflict.address == "genesyscloud_auth_division.engineering"
    assert conflict.name == "Engineering"
    assert conflict.divisionId == id
    assert conflict.blocking == true
    assert conflict.file == "main.tf"
    assert conflict.line == 9
    assert conflict.remedy == "terraform import 'genesyscloud_auth_division.engineering' ${id}".toString()

    def script = new File(out, "import.sh")
    assert script.canExecute()
    assert script.readLines().last() == "\"\${TERRAFORM:-terraform}\" '-chdir=${new File(basedir, 'terraform')}' import 'genesyscloud_auth_division.engineering' '${id}'".toString()
    assert new File(out, "imports.tf").text.contains("import {\n  to = genesyscloud_auth_division.engineering\n  id = \"${id}\"\n}\n")

    def junit = new File(out, "TEST-genesys-divisions.xml").text
    assert junit.contains('tests="2" failures="1"')
    assert junit.contains('<failure type="CONFLICT"')

    assert ScenarioWireMock.journal(server) == [
        "POST /oauth/token",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions/limit"]
} finally {
    server.stop()
}
return true
