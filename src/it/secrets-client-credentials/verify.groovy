import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock
import io.github.genesysdivisions.it.SecretScan

// The whole run at debug level: the token exchange, the listing, the limit, the outputs. Neither
// the client secret nor the token, in any form, is in the log or in a file the build wrote.
def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    def out = new File(basedir, "target/genesys-divisions")

    // the run really happened, at debug level, and used both secrets
    assert lines.count { it.startsWith("[DEBUG]") } > 100
    assert lines.contains("[INFO] BUILD SUCCESS")
    assert lines.any { it.startsWith("[INFO] Asking ${server.baseUrl()} for the org's divisions, authenticating with environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET.") }
    assert ScenarioWireMock.journal(server) == [
        "POST /oauth/token",
        "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1",
        "GET /api/v2/authorization/divisions/limit"]
    assert new File(out, "import.sh").exists()
    assert new JsonSlurper().parse(new File(out, "report.json")).findings*.kind == ["CONFLICT", "CREATE"]

    def forms = SecretScan.forms("it-secrets-client", "Sec-Client+7Qx/9zR=Vw") + SecretScan.forms(null, "Tok-Access-5Lm8Pq2W-from-login")
    assert SecretScan.scannedFiles(basedir) >= 5
    assert SecretScan.leaks(basedir, forms) == []
} finally {
    server.stop()
}
return true
