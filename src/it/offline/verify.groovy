import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

// The org is not asked: the report says "offline", and the checks that need it are named as skipped.
def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    def out = new File(basedir, "target/genesys-divisions")

    assert lines.findAll { it.startsWith("[WARNING]") && it.contains("Offline") } == [
        "[WARNING] Offline (-o) and no -Dgenesys.divisions.snapshot: the org was not asked, so CREATE, MANAGED, HOME, CONFLICT, HOME_NAME, STALE_STATE, RENAME_CONFLICT, DRIFT, MISSING_LOOKUP and LIMIT_EXCEEDED were not checked; DUPLICATE, UNRESOLVED and UNSUPPORTED_ARGUMENT were."]
    assert !lines.any { it.contains("Asking ") }
    assert !lines.any { it.startsWith("[ERROR]") }
    assert lines.contains("[INFO] BUILD SUCCESS")

    def report = new JsonSlurper().parse(new File(out, "report.json"))
    assert report.source == "offline"
    assert !new File(out, "import.sh").exists()
    assert new File(out, "TEST-genesys-divisions.xml").exists()

    assert ScenarioWireMock.journal(server) == []
} finally {
    server.stop()
}
return true
