package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProxySettingsTest {

  private static final ProxySettings HTTPS_PROXY =
      new ProxySettings("https", "secure.corp", 8443, null, null, null, "settings.xml proxy \"s\"");
  private static final ProxySettings HTTP_PROXY =
      new ProxySettings("http", "proxy.corp", 3128, "u", "p4ss", "*.internal", "settings.xml proxy \"h\"");

  @Test
  void theMavenProxyOfTheApisProtocolWins() throws GenesysException {
    Map<String, String> env = Map.of("GENESYSCLOUD_PROXY_HOST", "env.corp", "GENESYSCLOUD_PROXY_PORT", "80");

    assertEquals(
        Optional.of(HTTPS_PROXY),
        ProxySettings.resolve(List.of(HTTP_PROXY, HTTPS_PROXY), env, "https://api.mypurecloud.ie"));
    assertEquals(
        Optional.of(HTTP_PROXY),
        ProxySettings.resolve(List.of(HTTP_PROXY, HTTPS_PROXY), env, "http://127.0.0.1:8080"));
  }

  @Test
  void anHttpProxyServesAnHttpsApiWhenThereIsNoHttpsOne() throws GenesysException {
    assertEquals(
        Optional.of(HTTP_PROXY),
        ProxySettings.resolve(List.of(HTTP_PROXY), Map.of(), "https://api.mypurecloud.ie"));
  }

  @Test
  void anHttpsProxyDoesNotServeAnHttpApi() throws GenesysException {
    assertEquals(
        Optional.empty(),
        ProxySettings.resolve(List.of(HTTPS_PROXY), Map.of(), "http://127.0.0.1:8080"));
  }

  @Test
  void elseTheProvidersEnvironmentVariables() throws GenesysException {
    Map<String, String> env =
        Map.of(
            "GENESYSCLOUD_PROXY_HOST", "env.corp",
            "GENESYSCLOUD_PROXY_PORT", "3128",
            "GENESYSCLOUD_PROXY_AUTH_USERNAME", "me",
            "GENESYSCLOUD_PROXY_AUTH_PASSWORD", "env-secret");

    ProxySettings proxy =
        ProxySettings.resolve(List.of(HTTPS_PROXY), env, "http://api.example").orElseThrow();

    assertEquals(
        new ProxySettings(
            "http", "env.corp", 3128, "me", "env-secret", null,
            "environment GENESYSCLOUD_PROXY_HOST"),
        proxy);
    assertEquals("http://env.corp:3128 (environment GENESYSCLOUD_PROXY_HOST)", proxy.toString());
    assertFalse(proxy.toString().contains("env-secret"));
  }

  @Test
  void noneWithoutAHost() throws GenesysException {
    assertEquals(
        Optional.empty(),
        ProxySettings.resolve(List.of(), Map.of("GENESYSCLOUD_PROXY_PORT", "3128"), "https://a.b"));
  }

  @Test
  void aHostWithoutAPortIsAnError() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                ProxySettings.resolve(
                    List.of(), Map.of("GENESYSCLOUD_PROXY_HOST", "env.corp"), "https://a.b"));

    assertEquals(
        "GENESYSCLOUD_PROXY_HOST is set but GENESYSCLOUD_PROXY_PORT is not a port number: set it to"
            + " the proxy's port, such as 3128, or unset GENESYSCLOUD_PROXY_HOST.",
        e.getMessage());
  }

  @Test
  void anUnknownProtocolIsAnError() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                ProxySettings.resolve(
                    List.of(),
                    Map.of(
                        "GENESYSCLOUD_PROXY_HOST", "h",
                        "GENESYSCLOUD_PROXY_PORT", "1080",
                        "GENESYSCLOUD_PROXY_PROTOCOL", "socks5"),
                    "https://a.b"));

    assertEquals("GENESYSCLOUD_PROXY_PROTOCOL is \"socks5\": give http or https.", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.mypurecloud.com, , true",
    "https://api.mypurecloud.com, *.internal|localhost, true",
    "https://api.mypurecloud.com, *.mypurecloud.com, false",
    "https://API.MyPureCloud.com, *.mypurecloud.com, false",
    "http://localhost:8080, '*.internal,localhost', false",
    "https://login.mypurecloud.ie, api.*, true",
  })
  void nonProxyHostsAreMatchedAsMavenDoes(String url, String nonProxyHosts, boolean proxied) {
    ProxySettings proxy =
        new ProxySettings("http", "p", 1, null, null, nonProxyHosts, "settings.xml proxy \"x\"");

    assertEquals(proxied, proxy.appliesTo(url));
  }

  @Test
  void onlyAUserMeansAuthentication() {
    assertTrue(HTTP_PROXY.authenticates());
    assertFalse(HTTPS_PROXY.authenticates());
  }
}
