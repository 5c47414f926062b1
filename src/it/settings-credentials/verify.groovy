import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

// The token request carries the decrypted settings.xml credentials, not the environment's.
def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def out = new File(basedir, "target/genesys-divisions")

    assert log.contains("[INFO] Asking ${server.baseUrl()} for the org's divisions, authenticating with settings.xml server \"genesyscloud\".")
    assert log.contains("[INFO] Checked 2 division instance(s) against the org (api): CREATE 2; 0 blocking. Wrote TEST-genesys-divisions.xml, report.json to ${out}")
    assert !log.contains("[ERROR]")
    assert log.contains("BUILD SUCCESS")
    assert new JsonSlurper().parse(new File(out, "report.json")).source == "api"
    assert !new File(out, "import.sh").exists()

    assert ScenarioWireMock.journal(server) == [
        "POST /oauth/token",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions/limit"]
    def basic = server.getAllServeEvents().find { it.request.url == "/oauth/token" }.request.getHeader("Authorization")
    assert basic == "Basic " + "it-settings-client-id:it-settings-secret-value".bytes.encodeBase64().toString()
    for (secret in ["it-settings-secret-value", "antFf/hgWP4HQeeC3q6", "it-master-password", "it-access-token-value", "it-env-client-secret"]) {
        assert !log.contains(secret)
    }
} finally {
    server.stop()
}
return true
