import io.github.genesysdivisions.it.ScenarioTerraform
import io.github.genesysdivisions.it.ScenarioWireMock

// The configuration, shared with other scenarios: two divisions, Engineering and Sales
// (src/test/resources/it-terraform/two-divisions/main.tf).
ScenarioTerraform.write("two-divisions", basedir)

// A WireMock server of this scenario, on a free port of 127.0.0.1, plays the Genesys Cloud API
// and login hosts; the plugin is pointed at it through user properties.
def server = ScenarioWireMock.start(basedir)
context.put("wiremock", server)
context.get("userProperties").put("genesys.divisions.apiUrl", server.baseUrl())
context.get("userProperties").put("genesys.divisions.loginUrl", server.baseUrl())
return true
