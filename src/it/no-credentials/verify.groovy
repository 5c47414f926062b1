import io.github.genesysdivisions.it.ScenarioWireMock

// No settings.xml server, no environment: an error that shows the three ways to give credentials.
def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    def first = lines.findIndexOf { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:") }
    assert lines[first].endsWith(":check (default) on project no-credentials: No Genesys Cloud credentials found. Give them in one of these ways:")
    assert lines[first + 1] == "[ERROR]   1. a <server> in ~/.m2/settings.xml with <id>genesyscloud</id> (or the id set by -Dgenesys.divisions.serverId), the OAuth client id as <username> and its secret as <password> (encrypted with mvn --encrypt-password if you like);"
    assert lines[first + 2] == "[ERROR]   2. the environment variables GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET;"
    assert lines[first + 3] == "[ERROR]   3. an access token in the environment variable GENESYSCLOUD_ACCESS_TOKEN."
    assert lines[first + 4] == "[ERROR] Or check against a saved list of divisions with -Dgenesys.divisions.snapshot=<file.json>."
    assert !new File(basedir, "target/genesys-divisions").exists()
    assert ScenarioWireMock.journal(server) == []
} finally {
    server.stop()
}
return true
