import io.github.genesysdivisions.it.ScenarioWireMock

// The login server refuses the client: a BUILD ERROR naming the credentials' source, not the secret.
def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def lines = log.readLines()
    def failure = lines.find { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:") }
    assert failure.endsWith(":check (default) on project token-refused: The OAuth client credentials from environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET were refused by ${server.baseUrl()}/oauth/token (HTTP 401; error \"invalid_client\", error_description \"authentication failed\"): check the client id and secret, that the OAuth client uses the Client Credentials grant, and that it belongs to an org of this region (-Dgenesys.divisions.region or -Dgenesys.divisions.loginUrl). -> [Help 1]".toString())
    assert !log.contains("it-client-secret-value")
    assert !new File(basedir, "target/genesys-divisions").exists()
    assert ScenarioWireMock.journal(server) == ["POST /oauth/token"]
} finally {
    server.stop()
}
return true
