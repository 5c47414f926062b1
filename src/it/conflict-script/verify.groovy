import groovy.json.JsonSlurper
import io.github.genesysdivisions.it.ScenarioWireMock

def server = context.get("wiremock")
try {
    def lines = new File(basedir, "build.log").readLines()
    def out = new File(basedir, "target/genesys-divisions")
    def tf = new File(basedir, "terraform")
    def id = "6c0a5c6e-1111-4a1b-9c2d-00000000000a"

    assert lines.findAll { it.startsWith("[ERROR]") } == [
        "[ERROR] CONFLICT genesyscloud_auth_division.engineering (main.tf:9): The org already has a division named \"Engineering\" (${id}) that the state does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import 'genesyscloud_auth_division.engineering' ${id}".toString()]
    assert lines.contains("[INFO] BUILD SUCCESS")

    assert new File(out, "import.sh").readLines() == [
        "#!/bin/sh",
        "# Written by genesys-divisions-maven-plugin: imports the Genesys Cloud divisions",
        "# that already exist in the org, so that terraform apply does not fail with 409 Conflict.",
        "# Review it, then run it before terraform apply. Set TERRAFORM to choose the binary.",
        "set -eu",
        "\"\${TERRAFORM:-terraform}\" '-chdir=${tf}' import 'genesyscloud_auth_division.engineering' '${id}'".toString()]

    assert new File(out, "imports.tf").readLines() == [
        "# Written by genesys-divisions-maven-plugin: copy into the root module and run",
        "# terraform plan to import the Genesys Cloud divisions that already exist (Terraform 1.5+).",
        "",
        "import {",
        "  to = genesyscloud_auth_division.engineering",
        "  id = \"${id}\"".toString(),
        "}"]

    def report = new JsonSlurper().parse(new File(out, "report.json"))
    assert report.summary.blocking == 1
    assert report.findings*.kind == ["CONFLICT", "CREATE"]
} finally {
    server.stop()
}
return true
