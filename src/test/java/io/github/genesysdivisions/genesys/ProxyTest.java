package io.github.genesysdivisions.genesys;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.genesysdivisions.genesys.GenesysStub.DIVISIONS;
import static io.github.genesysdivisions.genesys.GenesysStub.TOKEN;
import static io.github.genesysdivisions.genesys.GenesysStub.division;
import static io.github.genesysdivisions.genesys.GenesysStub.guid;
import static io.github.genesysdivisions.genesys.GenesysStub.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token request and the SDK's requests go through the proxy, WireMock playing it: the API and
 * login hosts ({@code .invalid}) do not resolve, so only the proxy can answer.
 */
class ProxyTest {

  private static final String API = "http://api.genesys.invalid";
  private static final String LOGIN = "http://login.genesys.invalid";
  private static final String PROXY_PASSWORD = "corp-proxy-pass";
  private static final String PROXY_BASIC =
      "Basic "
          + Base64.getEncoder()
              .encodeToString(("corp-user:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));

  private GenesysStub proxy;

  @BeforeEach
  void start() {
    proxy = new GenesysStub();
  }

  @AfterEach
  void stop() {
    proxy.close();
  }

  private ProxySettings settings(String nonProxyHosts) {
    return new ProxySettings(
        "http",
        "127.0.0.1",
        proxy.server.port(),
        "corp-user",
        PROXY_PASSWORD,
        nonProxyHosts,
        "settings.xml proxy \"corp\"");
  }

  private ApiDivisionSource source(ProxySettings settings) throws GenesysException {
    return new ApiDivisionSource(
        new Endpoints(API, LOGIN),
        new Credentials.ClientCredentials("client", "client-secret", "environment"),
        Optional.of(settings),
        Duration.ofSeconds(10),
        new FakeTicker(),
        () -> 0.5);
  }

  private List<String> journal() {
    return proxy.server.getAllServeEvents().stream()
        .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
        .map(ServeEvent::getRequest)
        .map(r -> r.getMethod() + " " + r.getHeader("Host") + r.getUrl() + " " + r.getHeader("Proxy-Authorization"))
        .toList();
  }

  @Test
  void theTokenAndTheSdkGoThroughTheProxyWithItsCredentials() throws GenesysException {
    proxy.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .withHeader("Proxy-Authorization", equalTo(PROXY_BASIC))
            .willReturn(aResponse().withStatus(200).withBody("{\"access_token\":\"tok-p\"}")));
    proxy.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .withHeader("Proxy-Authorization", absent())
            .willReturn(
                aResponse()
                    .withStatus(407)
                    .withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
    proxy.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .withHeader("Proxy-Authorization", equalTo(PROXY_BASIC))
            .withHeader("Authorization", equalTo("Bearer tok-p"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody(listing(List.of(division(guid(1), "Home", null, true)), 500, 1, 1, 1))));

    try (ApiDivisionSource source = source(settings(null))) {
      assertEquals(1, source.find(Set.of("A", "B"), Set.of()).size());
    }

    assertEquals(
        List.of(
            "POST login.genesys.invalid/oauth/token " + PROXY_BASIC,
            "GET api.genesys.invalid" + DIVISIONS + "?pageSize=500&pageNumber=1 null",
            "GET api.genesys.invalid" + DIVISIONS + "?pageSize=500&pageNumber=1 " + PROXY_BASIC),
        journal());
  }

  @Test
  void nonProxyHostsAreReachedDirectly() throws GenesysException {
    try (ApiDivisionSource source = source(settings("localhost|*.genesys.INVALID"))) {
      GenesysException e =
          assertThrows(GenesysException.class, () -> source.find(Set.of("A", "B"), Set.of()));
      assertTrue(e.getMessage().startsWith("Could not connect to the Genesys Cloud login server"));
      assertFalse(e.getMessage().contains(PROXY_PASSWORD));
    }
    assertEquals(List.of(), journal());
  }

  @Test
  void aRefusingProxyIsAnErrorThatDoesNotShowItsPassword() throws GenesysException {
    proxy.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(407)
                    .withBody("{\"message\":\"bad proxy credentials " + PROXY_PASSWORD + "\"}")));

    try (ApiDivisionSource source = source(settings(null))) {
      String message =
          assertThrows(GenesysException.class, () -> source.find(Set.of("A", "B"), Set.of()))
              .getMessage();
      assertTrue(
          message.startsWith(
              "The proxy http://127.0.0.1:"
                  + proxy.server.port()
                  + " (settings.xml proxy \"corp\") refused POST "
                  + LOGIN
                  + "/oauth/token (HTTP 407; message \"bad proxy credentials ****\"): check the"
                  + " proxy's user and password"),
          message);
      assertFalse(message.contains(PROXY_PASSWORD), message);
      assertFalse(message.contains(PROXY_BASIC.substring(6)), message);
    }
  }
}
