import io.github.genesysdivisions.it.ScenarioTerraform
import io.github.genesysdivisions.it.ScenarioWireMock

// The configuration, shared with other scenarios: two divisions, Engineering and Sales
// (src/test/resources/it-terraform/two-divisions/main.tf).
ScenarioTerraform.write("two-divisions", basedir)

// The WireMock server of this scenario plays an authenticating HTTP proxy in front of the Genesys
// Cloud API and login hosts, which do not resolve: only the proxy can answer. The settings.xml
// naming it is written here, since only now is its port known.
def server = ScenarioWireMock.start(basedir)
context.put("wiremock", server)
context.get("userProperties").put("genesys.divisions.apiUrl", "http://api.genesys.invalid")
context.get("userProperties").put("genesys.divisions.loginUrl", "http://login.genesys.invalid")
new File(basedir, "proxy-settings.xml").text = """<settings>
  <proxies>
    <proxy>
      <id>corp</id>
      <active>true</active>
      <protocol>http</protocol>
      <host>127.0.0.1</host>
      <port>${server.port()}</port>
      <username>it-proxy-user</username>
      <password>it-proxy-password</password>
      <nonProxyHosts>localhost</nonProxyHosts>
    </proxy>
  </proxies>
</settings>
"""
return true
