import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def out = new File(basedir, "target/genesys-divisions")
    def tf = new File(basedir, "terraform")

    assert log.contains("[INFO] Asking ${server.baseUrl()} for the org's divisions, authenticating with environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET.")
    assert log.contains("[WARNING] No state at ${tf}/terraform.tfstate: every instance is checked as new.")
    assert log.contains("[INFO] Checked 2 division instance(s) against the org (api): CREATE 2; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out}")
    assert !log.contains("[ERROR]")
    assert log.contains("BUILD SUCCESS")

    def report = new JsonSlurper().parse(new File(out, "report.json"))
    assert report.source == "api"
    assert report.summary == [instances: 2, blocking: 0, byKind: [CREATE: 2]]
    assert report.findings*.kind == ["CREATE", "CREATE"]
    assert report.findings*.address == ["genesyscloud_auth_division.engineering", "genesyscloud_auth_division.sales"]
    assert report.findings*.line == [9, 14]
    assert report.findings*.divisionId == [null, null]
    assert !new File(out, "import.sh").exists()
    assert !new File(out, "imports.tf").exists()
    assert new File(out, "TEST-genesys-divisions.xml").text.contains('tests="2" failures="0"')

    // the token, the listing, and the limit since divisions are to be created
    assert ScenarioWireMock.journal(server) == [
        "POST /oauth/token",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions/limit"]
    assert !log.contains("it-client-secret-value")
    assert !log.contains("it-access-token-value")
} finally {
    server.stop()
}
return true
