import io.github.genesysdivisions.it.ScenarioWireMock

// 403 on the lookup of the one declared name: the API's message, code, contextId and correlation id are quoted, with the
// role grants to check; nothing is written, and 403 is not retried.
def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def failure = log.readLines().find { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:") }
    assert failure.endsWith(":check (default) on project listing-forbidden: Genesys Cloud refused permission to read divisions (HTTP 403 on GET ${server.baseUrl()}/api/v2/authorization/divisions?pageSize=500&pageNumber=1&name=Support; message \"You are not authorized to perform the requested action.\", code \"not.authorized\", contextId \"5f1c2d3e-aaaa-4bbb-8ccc-0123456789ab\", correlation id \"it-correlation-403\"). The OAuth client from environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET lacks the permission the message names: grant it through one of its roles. Note that an OAuth client sees only the divisions its roles are granted on: check its roles and their divisions, or divisions that exist will look missing. -> [Help 1]".toString())
    assert !log.contains("it-access-token-value")
    assert !log.contains("it-client-secret-value")
    assert !new File(basedir, "target/genesys-divisions").exists()
    assert ScenarioWireMock.journal(server) == ["POST /oauth/token", "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1&name=Support"]
} finally {
    server.stop()
}
return true
