package io.github.genesysdivisions.genesys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenClientTest {

  private static final String SECRET = "s3cr3t-Value+/=";
  private static final Credentials.ClientCredentials CLIENT =
      new Credentials.ClientCredentials(
          "9f1e2d3c-aaaa-bbbb-cccc-0123456789ab", SECRET, "settings.xml server \"genesyscloud\"");
  private static final String BASIC =
      Base64.getEncoder()
          .encodeToString(
              ("9f1e2d3c-aaaa-bbbb-cccc-0123456789ab:" + SECRET).getBytes(StandardCharsets.UTF_8));

  private final FakeTicker clock = new FakeTicker();
  private GenesysStub stub;

  @BeforeEach
  void start() {
    stub = new GenesysStub();
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private String requestToken() throws GenesysException {
    return new TokenClient(stub.url(), Optional.empty())
        .requestToken(CLIENT, new Retrier(new TimeBudget(Duration.ofSeconds(10), clock), () -> 0.5));
  }

  private void answer(int status, String contentType, String body) {
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", contentType)
                    .withBody(body)));
  }

  private GenesysException refusal() {
    GenesysException e = assertThrows(GenesysException.class, this::requestToken);
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(e.getMessage().contains(BASIC), e.getMessage());
    return e;
  }

  @Test
  void postsClientCredentialsWithBasicAuthAndReadsTheToken() throws GenesysException {
    answer(
        200,
        "application/json",
        "{\"access_token\":\"tok-123\",\"token_type\":\"bearer\",\"expires_in\":86399}");

    assertEquals("tok-123", requestToken());

    List<LoggedRequest> requests =
        stub.server.findAll(postRequestedFor(urlPathEqualTo(GenesysStub.TOKEN)));
    assertEquals(1, requests.size());
    LoggedRequest request = requests.get(0);
    assertEquals("Basic " + BASIC, request.getHeader("Authorization"));
    assertEquals("application/x-www-form-urlencoded", request.getHeader("Content-Type"));
    assertEquals("grant_type=client_credentials", request.getBodyAsString());
    assertEquals(1, stub.server.getAllServeEvents().size());
  }

  @Test
  void refusedCredentialsNameTheSourceAndQuoteTheError() {
    answer(
        401,
        "application/json",
        "{\"error\":\"invalid_client\",\"description\":\"client not found\","
            + "\"error_description\":\"client not found\"}");

    assertEquals(
        "The OAuth client credentials from settings.xml server \"genesyscloud\" were refused by "
            + stub.url()
            + "/oauth/token (HTTP 401; error \"invalid_client\", error_description \"client not"
            + " found\"): check the client id and secret, that the OAuth client uses the Client"
            + " Credentials grant, and that it belongs to an org of this region"
            + " (-Dgenesys.divisions.region or -Dgenesys.divisions.loginUrl).",
        refusal().getMessage());
  }

  @Test
  void badRequestIsAlsoARefusal() {
    answer(400, "application/json", "{\"error\":\"invalid_request\"}");

    String message = refusal().getMessage();
    assertTrue(
        message.contains("were refused by " + stub.url() + "/oauth/token (HTTP 400;"), message);
    assertTrue(message.contains("error \"invalid_request\""), message);
  }

  @Test
  void anEchoedSecretIsMasked() {
    answer(
        401,
        "application/json",
        "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + SECRET + "\"}");

    assertTrue(refusal().getMessage().contains("error_description \"bad secret ****\""));
  }

  @Test
  void aBodyThatIsNotJsonIsQuotedShort() {
    answer(500, "text/html", "<html>\n  <body>Server error</body>\n</html>");

    assertEquals(
        "The login server "
            + stub.url()
            + "/oauth/token answered HTTP 500; body \"<html> <body>Server error</body> </html>\" to"
            + " the token request: try again later, or check -Dgenesys.divisions.loginUrl.",
        refusal().getMessage());
  }

  @Test
  void notFoundPointsAtTheLoginUrl() {
    answer(404, "application/json", "{\"message\":\"no such path\"}");

    assertTrue(
        refusal()
            .getMessage()
            .endsWith(
                "answered HTTP 404; message \"no such path\" to the token request: check that"
                    + " -Dgenesys.divisions.loginUrl points to a Genesys Cloud login server."));
  }

  @Test
  void okWithoutAccessTokenIsAnError() {
    answer(200, "application/json", "{\"token_type\":\"bearer\",\"expires_in\":86399}");

    assertEquals(
        "The login server "
            + stub.url()
            + "/oauth/token answered HTTP 200 without an access_token (fields: token_type,"
            + " expires_in). Check that -Dgenesys.divisions.loginUrl points to the Genesys Cloud"
            + " login server of your region (https://login.<domain>).",
        refusal().getMessage());
  }

  @Test
  void okWithABodyThatIsNotJsonIsAnErrorThatDoesNotQuoteIt() {
    answer(200, "text/plain", "access_token=tok-in-a-form&token_type=bearer");

    String message = refusal().getMessage();
    assertTrue(message.contains("answered HTTP 200 with a body that is not JSON."), message);
    assertFalse(message.contains("tok-in-a-form"), message);
  }

  @Test
  void okWithAnEmptyBodyIsAnError() {
    answer(200, "application/json", "");

    assertTrue(refusal().getMessage().contains("answered HTTP 200 with an empty body."));
  }

  @Test
  void aSlowLoginServerRunsOutTheTimeBudget() {
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .willReturn(aResponse().withStatus(200).withFixedDelay(3000).withBody("{}")));

    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                new TokenClient(stub.url(), Optional.empty())
                    .requestToken(
                        CLIENT, new Retrier(TimeBudget.start(Duration.ofMillis(500)), () -> 0.5)));

    assertEquals(
        "Genesys Cloud did not answer within 500 ms (-Dgenesys.divisions.timeoutSeconds), at POST "
            + stub.url()
            + "/oauth/token. Check the network and proxy, or raise"
            + " -Dgenesys.divisions.timeoutSeconds.",
        e.getMessage());
  }

  @Test
  void anUnreachableLoginServerIsNamed() {
    String url = stub.url();
    stub.close();

    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                new TokenClient(url, Optional.empty())
                    .requestToken(
                        CLIENT, new Retrier(TimeBudget.start(Duration.ofSeconds(5)), () -> 0.5)));

    assertEquals(
        "Could not connect to the Genesys Cloud login server at "
            + url
            + "/oauth/token. Check -Dgenesys.divisions.loginUrl (or -Dgenesys.divisions.region),"
            + " the network and the proxy.",
        e.getMessage());
  }

  @Test
  void aBusyLoginServerIsAskedAgainAfterRetryAfter() throws GenesysException {
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .inScenario("busy")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
            .willSetStateTo("free"));
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(aResponse().withStatus(200).withBody("{\"access_token\":\"tok-9\"}")));

    assertEquals("tok-9", requestToken());

    assertEquals(List.of(Duration.ofSeconds(3)), clock.sleeps);
    assertEquals(2, stub.server.findAll(postRequestedFor(urlPathEqualTo(GenesysStub.TOKEN))).size());
  }

  @Test
  void aBadGatewayStormEndsWithinTheBudgetSayingWhatWasTried() {
    answer(502, "text/html", "<html>\n  <body>Bad gateway</body>\n</html>");

    String message = refusal().getMessage();

    assertTrue(
        message.startsWith(
            "Gave up on POST " + stub.url() + "/oauth/token after 5 attempts in 5.6 s (HTTP 502 5"
                + " times; the next wait would be 6 s, more than the 4.4 s left of the 10 s that"
                + " -Dgenesys.divisions.timeoutSeconds allows). The last answer: HTTP 502 on POST "
                + stub.url() + "/oauth/token; body \"<html> <body>Bad gateway</body> </html>\"."),
        message);
    assertEquals(
        List.of(375L, 750L, 1500L, 3000L),
        clock.sleeps.stream().map(Duration::toMillis).toList());
  }

  @Test
  void aResetConnectionIsTriedAgain() throws GenesysException {
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .inScenario("reset")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
            .willSetStateTo("fine"));
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .inScenario("reset")
            .whenScenarioStateIs("fine")
            .willReturn(aResponse().withStatus(200).withBody("{\"access_token\":\"tok-7\"}")));

    assertEquals("tok-7", requestToken());
    assertEquals(1, clock.sleeps.size());
  }

  @Test
  void aRefusalIsNotRetried() {
    answer(401, "application/json", "{\"error\":\"invalid_client\"}");

    refusal();

    assertEquals(1, stub.server.getAllServeEvents().size());
    assertEquals(List.of(), clock.sleeps);
  }

  @Test
  void aRefusalQuotesTheCorrelationId() {
    stub.server.stubFor(
        post(urlPathEqualTo(GenesysStub.TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("ININ-Correlation-Id", "corr-401")
                    .withBody("{\"error\":\"invalid_client\",\"contextId\":\"ctx-1\"}")));

    assertTrue(
        refusal()
            .getMessage()
            .contains("(HTTP 401; error \"invalid_client\", contextId \"ctx-1\", correlation id"
                + " \"corr-401\")"));
  }
}
