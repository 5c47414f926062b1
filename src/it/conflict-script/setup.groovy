import io.github.genesysdivisions.it.ScenarioTerraform
import io.github.genesysdivisions.it.ScenarioWireMock

// The configuration, shared with other scenarios: two divisions, Engineering and Sales
// (src/test/resources/it-terraform/two-divisions/main.tf).
ScenarioTerraform.write("two-divisions", basedir)

// A WireMock server of this scenario, on a free port of 127.0.0.1, plays the Genesys Cloud API
// and login hosts; the plugin is pointed at it through user properties.
ScenarioWireMock.startFor(basedir, context)
return true
