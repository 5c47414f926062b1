import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    def out = new File(basedir, "target/genesys-divisions")
    def message = "The org has 4 divisions and may have 5: only 1 of the 3 creates fit, and this one would fail. Fix: ask Genesys Cloud for a higher division limit, or create fewer divisions"

    assert lines.findAll { it ==~ /\[(ERROR|WARNING)\] [A-Z_]+ .*/ } == [
        "[ERROR] LIMIT_EXCEEDED genesyscloud_auth_division.beta (main.tf:5): ${message}".toString(),
        "[ERROR] LIMIT_EXCEEDED genesyscloud_auth_division.gamma (main.tf:9): ${message}".toString()]
    assert lines.contains("[INFO] BUILD FAILURE")

    def report = new JsonSlurper().parse(new File(out, "report.json"))
    assert report.summary == [instances: 3, blocking: 2, byKind: [CREATE: 1, LIMIT_EXCEEDED: 2]]
    assert report.findings*.kind == ["CREATE", "LIMIT_EXCEEDED", "LIMIT_EXCEEDED"]

    assert ScenarioWireMock.journal(server) == [
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions/limit"]
} finally {
    server.stop()
}
return true
