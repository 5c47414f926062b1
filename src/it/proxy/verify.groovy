import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

// Every request reached the proxy, for the hosts of the API and of the login server; the proxy's
// password is in no log line.
def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def out = new File(basedir, "target/genesys-divisions")

    assert log.contains("[INFO] Asking http://api.genesys.invalid for the org's divisions, authenticating with environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET.")
    assert log.contains("[INFO] Reaching Genesys Cloud through the proxy http://127.0.0.1:${server.port()} (settings.xml proxy \"corp\").")
    assert log.contains("[INFO] Checked 2 division instance(s) against the org (api): MANAGED 2; 0 blocking.")
    assert !log.contains("[ERROR]")
    assert log.contains("BUILD SUCCESS")
    assert new JsonSlurper().parse(new File(out, "report.json")).summary == [instances: 2, blocking: 0, byKind: [MANAGED: 2]]

    // the SDK's client sends the proxy credentials once the proxy asks for them (407)
    assert ScenarioWireMock.journal(server) == [
        "POST /oauth/token",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1"]
    assert server.getAllServeEvents()*.request*.getHeader("Host").toSet() == ["login.genesys.invalid", "api.genesys.invalid"].toSet()
    for (secret in ["it-proxy-password", "it-client-secret-value", "it-access-token-value"]) {
        assert !log.contains(secret)
    }
} finally {
    server.stop()
}
return true
