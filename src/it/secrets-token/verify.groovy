import io.github.genesysdivisions.it.ScenarioWireMock
import io.github.genesysdivisions.it.SecretScan

// The API refuses the token (401) at debug level: the failure message and every log line name the
// token's source, never the token.
def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()

    assert lines.count { it.startsWith("[DEBUG]") } > 100
    assert lines.any { it.startsWith("[INFO] Asking ${server.baseUrl()} for the org's divisions, authenticating with environment GENESYSCLOUD_ACCESS_TOKEN.") }
    def failure = lines.find { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:") }
    assert failure != null
    assert failure.contains("HTTP 401")
    assert failure.contains("GENESYSCLOUD_ACCESS_TOKEN")
    assert lines.contains("[INFO] BUILD FAILURE")
    // the request really carried the token
    assert server.getAllServeEvents()*.request*.getHeader("Authorization") == ["Bearer Tok-Env-3Hn7Kd9Z+expired/x="]
    assert ScenarioWireMock.journal(server) == ["GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1"]
    assert !new File(basedir, "target/genesys-divisions").exists()

    assert SecretScan.leaks(basedir, SecretScan.forms(null, "Tok-Env-3Hn7Kd9Z+expired/x=")) == []
} finally {
    server.stop()
}
return true
