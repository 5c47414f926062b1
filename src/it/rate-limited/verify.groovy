import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

// 429 with Retry-After: 1 once: the same request again after at least a second, then success.
def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def out = new File(basedir, "target/genesys-divisions")

    assert log.contains("[INFO] Checked 2 division instance(s) against the org (api): MANAGED 2; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out}")
    assert !log.contains("[ERROR]")
    assert log.contains("BUILD SUCCESS")
    assert new JsonSlurper().parse(new File(out, "report.json")).summary == [instances: 2, blocking: 0, byKind: [MANAGED: 2]]

    assert ScenarioWireMock.journal(server) == [
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1"]
    def times = server.getAllServeEvents()*.request*.loggedDate*.time.sort()
    assert times[1] - times[0] >= 1000
    assert !log.contains("it-access-token-value")
} finally {
    server.stop()
}
return true
