import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def out = new File(basedir, "target/genesys-divisions")

    assert log.contains("authenticating with environment GENESYSCLOUD_ACCESS_TOKEN.")
    assert log.contains("[INFO] Checked 2 division instance(s) against the org (api): MANAGED 2; 0 blocking.")
    assert !log.contains("[WARNING]")
    assert !log.contains("[ERROR]")
    assert log.contains("BUILD SUCCESS")

    def report = new JsonSlurper().parse(new File(out, "report.json"))
    assert report.summary == [instances: 2, blocking: 0, byKind: [MANAGED: 2]]
    assert report.findings.collect { [it.address, it.divisionId, it.blocking] } == [
        ["genesyscloud_auth_division.engineering", "6c0a5c6e-1111-4a1b-9c2d-00000000000a", false],
        ["genesyscloud_auth_division.sales", "6c0a5c6e-1111-4a1b-9c2d-00000000000b", false]]
    assert !new File(out, "import.sh").exists()

    // no token request, and no limit request since nothing is to be created
    assert ScenarioWireMock.journal(server) == ["GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1"]
    assert !log.contains("it-access-token-value")
} finally {
    server.stop()
}
return true
