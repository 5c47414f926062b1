import io.github.genesysdivisions.it.ScenarioWireMock

// the log says which Maven ran the scenario (-Pother-maven runs them all with another Maven)
println "verify.groovy ran under Maven ${mavenVersion}"

def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    assert lines.contains("[INFO] Skipping the Genesys Cloud division check (genesys.divisions.skip=true).")
    assert lines.contains("[INFO] BUILD SUCCESS")
    assert !new File(basedir, "target/genesys-divisions").exists()
    assert ScenarioWireMock.journal(server) == []
} finally {
    server.stop()
}
return true
