package io.github.genesysdivisions.genesys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.genesysdivisions.genesys.GenesysStub.DIVISIONS;
import static io.github.genesysdivisions.genesys.GenesysStub.TOKEN;
import static io.github.genesysdivisions.genesys.GenesysStub.division;
import static io.github.genesysdivisions.genesys.GenesysStub.errorBody;
import static io.github.genesysdivisions.genesys.GenesysStub.guid;
import static io.github.genesysdivisions.genesys.GenesysStub.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiDivisionSourceTest {

  private static final String TOKEN_VALUE = "tok-abc.def-123";
  private static final String SECRET = "client-secret-xyz";
  /** Two names: more than one lookup, so the listing's page 1 is read. */
  private static final Set<String> TWO_NAMES = Set.of("Sales", "Support");

  private static final String CORRELATION = "5c0e1f7e-2d5a-4b8e-9d6e-1a2b3c4d5e6f";

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

  private ApiDivisionSource withToken() throws GenesysException {
    return source(
        new Credentials.AccessToken(TOKEN_VALUE, "environment GENESYSCLOUD_ACCESS_TOKEN"));
  }

  private ApiDivisionSource withClientCredentials() throws GenesysException {
    return source(
        new Credentials.ClientCredentials(
            "client-id-1", SECRET, "environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET"));
  }

  private ApiDivisionSource source(Credentials credentials) throws GenesysException {
    return source(credentials, Duration.ofSeconds(10));
  }

  private ApiDivisionSource source(Credentials credentials, Duration timeout)
      throws GenesysException {
    return new ApiDivisionSource(
        new Endpoints(stub.url(), stub.url()),
        credentials,
        Optional.empty(),
        timeout,
        clock,
        () -> 0.5);
  }

  private void stubPage(MappingBuilder request, String body) {
    stub.server.stubFor(
        request.willReturn(
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("ININ-Correlation-Id", CORRELATION)
                .withBody(body)));
  }

  private void stubError(int status, String body) {
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("ININ-Correlation-Id", CORRELATION)
                    .withBody(body)));
  }

  private List<String> divisionRequests() {
    List<ServeEvent> events = new ArrayList<>(stub.server.getAllServeEvents());
    events.sort(Comparator.comparing(event -> event.getRequest().getLoggedDate()));
    return events.stream()
        .map(ServeEvent::getRequest)
        .filter(request -> request.getUrl().startsWith(DIVISIONS))
        .map(LoggedRequest::getUrl)
        .toList();
  }

  private static List<ObjectNode> divisions(int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(n -> division(guid(n), "Division " + n, null, n == 1))
        .toList();
  }

  @Test
  void aGivenTokenIsUsedAsIsWithoutATokenRequest() throws GenesysException {
    stubPage(
        get(urlPathEqualTo(DIVISIONS)),
        listing(
            List.of(
                division(guid(1), "Home", "The home division", true),
                division(guid(2), "Engineering", null, false)),
            25,
            1,
            2,
            1));

    List<OrgDivision> divisions = withToken().find(TWO_NAMES, Set.of());

    assertEquals(
        List.of(
            new OrgDivision(guid(1), "Home", "The home division", true),
            new OrgDivision(guid(2), "Engineering", null, false)),
        divisions);
    assertEquals(List.of(DIVISIONS + "?pageSize=500&pageNumber=1"), divisionRequests());
    assertEquals(0, stub.server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
    assertEquals(
        "Bearer " + TOKEN_VALUE,
        stub.server
            .findAll(getRequestedFor(urlPathEqualTo(DIVISIONS)))
            .get(0)
            .getHeader("Authorization"));
  }

  @Test
  void clientCredentialsAreExchangedForATokenFirst() throws GenesysException {
    stub.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\""
                            + TOKEN_VALUE
                            + "\",\"token_type\":\"bearer\","
                            + "\"expires_in\":86399}")));
    stubPage(
        get(urlPathEqualTo(DIVISIONS))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN_VALUE)),
        listing(divisions(1, 1), 25, 1, 1, 1));

    assertEquals(
        List.of(new OrgDivision(guid(1), "Division 1", null, true)),
        withClientCredentials().find(TWO_NAMES, Set.of()));
    assertEquals(1, stub.server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
  }

  @Test
  void readsEveryPageWithThePageSizeTheServerGranted() throws GenesysException {
    stubPage(
        get(urlPathEqualTo(DIVISIONS)).withQueryParam("pageNumber", equalTo("1")),
        listing(divisions(1, 25), 25, 1, 60, 3));
    stubPage(
        get(urlPathEqualTo(DIVISIONS))
            .withQueryParam("pageSize", equalTo("25"))
            .withQueryParam("pageNumber", equalTo("2")),
        listing(divisions(26, 50), 25, 2, 60, 3));
    stubPage(
        get(urlPathEqualTo(DIVISIONS))
            .withQueryParam("pageSize", equalTo("25"))
            .withQueryParam("pageNumber", equalTo("3")),
        listing(divisions(51, 60), 25, 3, 60, 3));

    List<OrgDivision> divisions = withToken().find(TWO_NAMES, Set.of());

    assertEquals(60, divisions.size());
    assertEquals(new OrgDivision(guid(1), "Division 1", null, true), divisions.get(0));
    assertEquals(new OrgDivision(guid(60), "Division 60", null, false), divisions.get(59));
    List<String> requests = divisionRequests();
    assertEquals(DIVISIONS + "?pageSize=500&pageNumber=1", requests.get(0));
    assertEquals(
        Set.of(DIVISIONS + "?pageSize=25&pageNumber=2", DIVISIONS + "?pageSize=25&pageNumber=3"),
        Set.copyOf(requests.subList(1, 3)));
    assertEquals(3, requests.size());
  }

  @Test
  void aDivisionListedOnTwoPagesIsKeptOnce() throws GenesysException {
    stubPage(
        get(urlPathEqualTo(DIVISIONS)).withQueryParam("pageNumber", equalTo("1")),
        listing(divisions(1, 2), 2, 1, 4, 2));
    stubPage(
        get(urlPathEqualTo(DIVISIONS)).withQueryParam("pageNumber", equalTo("2")),
        listing(divisions(2, 3), 2, 2, 4, 2));

    assertEquals(
        List.of(guid(1), guid(2), guid(3)),
        withToken().find(TWO_NAMES, Set.of()).stream().map(OrgDivision::id).toList());
  }

  @Test
  void withoutPageCountThePagesFollowFromTotalAndPageSize() throws GenesysException {
    stubPage(
        get(urlPathEqualTo(DIVISIONS)).withQueryParam("pageNumber", equalTo("1")),
        "{\"entities\":[" + division(guid(1), "A", null, true) + "],\"pageSize\":1,\"total\":2}");
    stubPage(
        get(urlPathEqualTo(DIVISIONS)).withQueryParam("pageNumber", equalTo("2")),
        "{\"entities\":[" + division(guid(2), "B", null, false) + "],\"pageSize\":1,\"total\":2}");

    assertEquals(2, withToken().find(TWO_NAMES, Set.of()).size());
    assertEquals(
        List.of(DIVISIONS + "?pageSize=500&pageNumber=1", DIVISIONS + "?pageSize=1&pageNumber=2"),
        divisionRequests());
  }

  @Test
  void nothingIsSentBeforeTheDivisionsAreAskedFor() throws GenesysException {
    withClientCredentials();

    assertEquals(0, stub.server.getAllServeEvents().size());
  }

  @Test
  void aRefusedTokenSaysWhereItCameFrom() {
    stubError(401, errorBody(401, "bad.credentials", "Invalid login credentials.", "ctx-401-a"));

    GenesysException e = assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of()));

    assertEquals(
        "Genesys Cloud refused the access token from environment GENESYSCLOUD_ACCESS_TOKEN (HTTP"
            + " 401 on GET "
            + stub.url()
            + DIVISIONS
            + "?pageSize=500&pageNumber=1; message \"Invalid login credentials.\", code"
            + " \"bad.credentials\", contextId \"ctx-401-a\", correlation id \""
            + CORRELATION
            + "\"). It may have expired, or belong to an org of another region: get a new token,"
            + " or unset GENESYSCLOUD_ACCESS_TOKEN and give OAuth client credentials; check"
            + " -Dgenesys.divisions.region or -Dgenesys.divisions.apiUrl.",
        e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN_VALUE));
    assertEquals(1, divisionRequests().size());
  }

  @Test
  void aRefusedTokenFromClientCredentialsPointsAtTheRegion() {
    stub.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"access_token\":\"" + TOKEN_VALUE + "\"}")));
    stubError(401, errorBody(401, "bad.credentials", "Invalid login credentials.", "ctx-401-b"));

    GenesysException e =
        assertThrows(GenesysException.class, () -> withClientCredentials().find(TWO_NAMES, Set.of()));

    String message = e.getMessage();
    assertTrue(
        message.startsWith(
            "Genesys Cloud refused the token obtained with the OAuth client credentials from"
                + " environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET (HTTP 401 on GET "),
        message);
    assertTrue(
        message.endsWith(
            "Check that the login URL "
                + stub.url()
                + " and the API URL "
                + stub.url()
                + " are of the same region (-Dgenesys.divisions.region,"
                + " -Dgenesys.divisions.apiUrl, -Dgenesys.divisions.loginUrl)."),
        message);
    assertFalse(message.contains(TOKEN_VALUE), message);
    assertFalse(message.contains(SECRET), message);
  }

  @Test
  void aRefusedTokenRequestStopsBeforeTheListing() {
    stub.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .willReturn(aResponse().withStatus(401).withBody("{\"error\":\"invalid_client\"}")));

    GenesysException e =
        assertThrows(GenesysException.class, () -> withClientCredentials().find(TWO_NAMES, Set.of()));

    assertTrue(
        e.getMessage()
            .startsWith(
                "The OAuth client credentials from environment"
                    + " GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET were refused by "
                    + stub.url()
                    + "/oauth/token (HTTP 401; error \"invalid_client\")"),
        e.getMessage());
    assertFalse(e.getMessage().contains(SECRET));
    assertEquals(List.of(), divisionRequests());
  }

  @Test
  void aMissingPermissionIsQuotedAndExplained() {
    stubError(
        403,
        errorBody(
            403,
            "missing.any.permissions",
            "Unable to perform the requested action. You must have at least one of the following"
                + " permissions assigned: [authorization:division:view]",
            "ctx-403"));

    GenesysException e = assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of()));

    assertEquals(
        "Genesys Cloud refused permission to read divisions (HTTP 403 on GET "
            + stub.url()
            + DIVISIONS
            + "?pageSize=500&pageNumber=1; message \"Unable to perform the requested action. You"
            + " must have at least one of the following permissions assigned:"
            + " [authorization:division:view]\", code \"missing.any.permissions\", contextId"
            + " \"ctx-403\", correlation id \""
            + CORRELATION
            + "\"). The user or OAuth client behind the access token from environment"
            + " GENESYSCLOUD_ACCESS_TOKEN lacks the permission the message names: grant it through"
            + " one of its roles. Note that an OAuth client sees only the divisions its roles are"
            + " granted on: check its roles and their divisions, or divisions that exist will"
            + " look missing.",
        e.getMessage());
    assertFalse(e.getMessage().contains(TOKEN_VALUE));
  }

  @Test
  void aForbiddenOAuthClientIsNamedBySource() {
    stub.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"access_token\":\"" + TOKEN_VALUE + "\"}")));
    stubError(403, errorBody(403, "missing.permissions", "Missing permission", "ctx-403-b"));

    String message =
        assertThrows(GenesysException.class, () -> withClientCredentials().find(TWO_NAMES, Set.of()))
            .getMessage();

    assertTrue(
        message.contains(
            "). The OAuth client from environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET lacks the"
                + " permission the message names"),
        message);
    assertFalse(message.contains(SECRET), message);
    assertFalse(message.contains(TOKEN_VALUE), message);
  }

  /** Answers {@code first} once, then the one-page listing {@code 1..n}. */
  private void stubOnceThenListing(ResponseDefinitionBuilder first, int n) {
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(listing(divisions(1, n), 500, 1, n, 1))));
  }

  @Test
  void aRateLimitIsWaitedOutAsRetryAfterSays() throws GenesysException {
    stubOnceThenListing(
        aResponse()
            .withStatus(429)
            .withHeader("Retry-After", "7")
            .withBody(errorBody(429, "too.many.requests", "Rate limit exceeded", "ctx-429")),
        2);

    assertEquals(2, withToken().find(TWO_NAMES, Set.of()).size());

    assertEquals(List.of(Duration.ofSeconds(7)), clock.sleeps);
    assertEquals(
        List.of(DIVISIONS + "?pageSize=500&pageNumber=1", DIVISIONS + "?pageSize=500&pageNumber=1"),
        divisionRequests());
  }

  @ParameterizedTest
  @ValueSource(ints = {502, 503, 504})
  void aGatewayOrServiceFailureIsRetriedWithBackoff(int status) throws GenesysException {
    stubOnceThenListing(aResponse().withStatus(status), 1);

    assertEquals(1, withToken().find(TWO_NAMES, Set.of()).size());

    assertEquals(List.of(Duration.ofMillis(375)), clock.sleeps);
    assertEquals(2, divisionRequests().size());
  }

  @Test
  void aResetConnectionIsRetried() throws GenesysException {
    stubOnceThenListing(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1);

    assertEquals(1, withToken().find(TWO_NAMES, Set.of()).size());
    assertEquals(1, clock.sleeps.size());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 409, 500})
  void otherErrorsAreNotRetried(int status) {
    stubError(status, errorBody(status, "some.error", "Some error", "ctx"));

    assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of()));

    assertEquals(1, divisionRequests().size());
    assertEquals(List.of(), clock.sleeps);
  }

  @Test
  void aRateLimitStormEndsWithinTheBudgetAndSaysWhatWasTried() throws GenesysException {
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "1")
                    .withHeader("ININ-Correlation-Id", CORRELATION)
                    .withBody(errorBody(429, "too.many.requests", "Rate limit exceeded", "c-9"))));
    ApiDivisionSource source =
        source(
            new Credentials.AccessToken(TOKEN_VALUE, "environment GENESYSCLOUD_ACCESS_TOKEN"),
            Duration.ofMillis(2500));

    GenesysException e =
        assertThrows(GenesysException.class, () -> source.find(TWO_NAMES, Set.of()));

    String request = "GET " + stub.url() + DIVISIONS + "?pageSize=500&pageNumber=1";
    assertEquals(
        "Gave up on "
            + request
            + " after 3 attempts in 2 s (HTTP 429 3 times; the server asked to wait 1 s"
            + " (Retry-After), more than the 500 ms left of the 2.5 s that"
            + " -Dgenesys.divisions.timeoutSeconds allows). The last answer: HTTP 429 on "
            + request
            + "; message \"Rate limit exceeded\", code \"too.many.requests\", contextId \"c-9\","
            + " correlation id \""
            + CORRELATION
            + "\". The plugin retries HTTP 429, 502, 503, 504, broken connections and timeouts"
            + " with backoff: try again later, or raise -Dgenesys.divisions.timeoutSeconds.",
        e.getMessage());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), clock.sleeps);
    assertEquals(3, divisionRequests().size());
  }

  @Test
  void eachRequestGetsOnlyTheTimeLeftNotTheTimeLeftWhenTheClientWasBuilt()
      throws GenesysException {
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .withQueryParam("pageNumber", equalTo("1"))
            .willReturn(
                aResponse()
                    .withFixedDelay(1500)
                    .withStatus(200)
                    .withBody(listing(divisions(1, 1), 1, 1, 2, 2))));
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .withQueryParam("pageNumber", equalTo("2"))
            .willReturn(
                aResponse()
                    .withFixedDelay(2500)
                    .withStatus(200)
                    .withBody(listing(divisions(2, 2), 1, 2, 2, 2))));
    ApiDivisionSource source =
        new ApiDivisionSource(
            new Endpoints(stub.url(), null),
            new Credentials.AccessToken(TOKEN_VALUE, "environment GENESYSCLOUD_ACCESS_TOKEN"),
            Optional.empty(),
            Duration.ofMillis(3000));

    long started = System.nanoTime();
    GenesysException e =
        assertThrows(GenesysException.class, () -> source.find(TWO_NAMES, Set.of()));
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertTrue(
        e.getMessage().startsWith("Genesys Cloud did not answer within 3 s"), e.getMessage());
    // the client is built with the whole budget; page 2 (2.5 s) would fit in that, not in the
    // time left after page 1 (1.5 s)
    assertTrue(tookMillis < 3000 + 500, "took " + tookMillis + " ms");
  }

  @Test
  void aWrongApiUrlIsPointedAt() {
    stubError(404, "{\"message\":\"HTTP 404 Not Found\",\"code\":\"not.found\",\"status\":404}");

    GenesysException e = assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of()));

    assertTrue(
        e.getMessage()
            .endsWith(
                "; message \"HTTP 404 Not Found\", code \"not.found\", correlation id \""
                    + CORRELATION
                    + "\". Check that -Dgenesys.divisions.apiUrl (now "
                    + stub.url()
                    + ") is the Genesys Cloud API base URL."),
        e.getMessage());
  }

  @Test
  void aSlowApiRunsOutTheTimeBudget() throws GenesysException {
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withFixedDelay(3000)
                    .withBody(listing(divisions(1, 1), 25, 1, 1, 1))));
    ApiDivisionSource source =
        new ApiDivisionSource(
            new Endpoints(stub.url(), null),
            new Credentials.AccessToken(TOKEN_VALUE, "environment GENESYSCLOUD_ACCESS_TOKEN"),
            Optional.empty(),
            Duration.ofMillis(700));

    GenesysException e = assertThrows(GenesysException.class, () -> source.find(TWO_NAMES, Set.of()));

    assertEquals(
        "Genesys Cloud did not answer within 700 ms (-Dgenesys.divisions.timeoutSeconds), at GET "
            + stub.url()
            + DIVISIONS
            + "?pageSize=500&pageNumber=1. Check the network and proxy, or raise"
            + " -Dgenesys.divisions.timeoutSeconds.",
        e.getMessage());
  }

  @Test
  void anUnreachableApiIsNamed() throws GenesysException {
    String url = stub.url();
    stub.close();
    ApiDivisionSource source =
        new ApiDivisionSource(
            new Endpoints(url, null),
            new Credentials.AccessToken(TOKEN_VALUE, "environment GENESYSCLOUD_ACCESS_TOKEN"),
            Optional.empty(),
            Duration.ofSeconds(5));

    GenesysException e = assertThrows(GenesysException.class, () -> source.find(TWO_NAMES, Set.of()));

    assertTrue(
        e.getMessage()
            .startsWith(
                "Could not read the org's divisions: GET "
                    + url
                    + DIVISIONS
                    + "?pageSize=500&pageNumber=1 failed ("),
        e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                "). Check -Dgenesys.divisions.apiUrl (now "
                    + url
                    + ") or -Dgenesys.divisions.region, the network and the proxy."),
        e.getMessage());
  }

  @Test
  void clientCredentialsNeedALoginUrl() throws GenesysException {
    ApiDivisionSource source =
        new ApiDivisionSource(
            new Endpoints(stub.url(), null),
            new Credentials.ClientCredentials(
                "id", SECRET, "environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET"),
            Optional.empty(),
            Duration.ofSeconds(5));

    GenesysException e = assertThrows(GenesysException.class, () -> source.find(TWO_NAMES, Set.of()));

    assertTrue(e.getMessage().contains("Set -Dgenesys.divisions.loginUrl"), e.getMessage());
    assertEquals(0, stub.server.getAllServeEvents().size());
  }

  @Test
  void oneTokenOneClientAndOneListingServeTheWholeRun() throws GenesysException {
    stub.server.stubFor(
        post(urlPathEqualTo(TOKEN))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withBody("{\"access_token\":\"" + TOKEN_VALUE + "\"}")));
    stubPage(get(urlPathEqualTo(DIVISIONS)), listing(divisions(1, 1), 25, 1, 1, 1));

    try (ApiDivisionSource source = withClientCredentials()) {
      source.find(TWO_NAMES, Set.of());
      source.find(Set.of("Other"), Set.of(guid(7)));
    }

    assertEquals(1, stub.server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
    assertEquals(1, divisionRequests().size());
  }

  @Test
  void theHomeDivisionComesFromTheListingWhenItMarksOne() throws GenesysException {
    stubPage(get(urlPathEqualTo(DIVISIONS)), listing(divisions(1, 3), 25, 1, 3, 1));

    try (ApiDivisionSource source = withToken()) {
      source.find(TWO_NAMES, Set.of());
      assertEquals(
          Optional.of(new OrgDivision(guid(1), "Division 1", null, true)), source.home());
    }

    assertEquals(List.of(DIVISIONS + "?pageSize=500&pageNumber=1"), divisionRequests());
  }

  @Test
  void theHomeDivisionIsAskedForWhenNothingWasListed() throws GenesysException {
    stubPage(get(urlPathEqualTo(DIVISIONS + "/home")),
        division(guid(9), "Company", "Home Division", true).toString());

    try (ApiDivisionSource source = withToken()) {
      assertEquals(
          Optional.of(new OrgDivision(guid(9), "Company", "Home Division", true)), source.home());
    }

    assertEquals(List.of(DIVISIONS + "/home"), divisionRequests());
  }

  @Test
  void theCapacityReusesTheListingsTotal() throws GenesysException {
    stubPage(get(urlPathEqualTo(DIVISIONS)), listing(divisions(1, 3), 25, 1, 3, 1));
    stubPage(get(urlPathEqualTo(DIVISIONS + "/limit")), "1000");

    try (ApiDivisionSource source = withToken()) {
      source.find(TWO_NAMES, Set.of());
      assertEquals(Optional.of(new DivisionCapacity(3, 1000)), source.capacity());
    }

    assertEquals(
        List.of(DIVISIONS + "?pageSize=500&pageNumber=1", DIVISIONS + "/limit"), divisionRequests());
  }

  @Test
  void withoutAListingTheCapacityCountsWithAOneDivisionPage() throws GenesysException {
    stubPage(get(urlPathEqualTo(DIVISIONS)), listing(divisions(1, 1), 1, 1, 347, 347));
    stubPage(get(urlPathEqualTo(DIVISIONS + "/limit")), "1000");

    try (ApiDivisionSource source = withToken()) {
      assertEquals(Optional.of(new DivisionCapacity(347, 1000)), source.capacity());
    }

    assertEquals(
        Set.of(DIVISIONS + "?pageSize=1&pageNumber=1", DIVISIONS + "/limit"),
        Set.copyOf(divisionRequests()));
    assertEquals(2, divisionRequests().size());
  }

  @Test
  void aTokenEchoedByTheServerIsMasked() {
    stubError(401, errorBody(401, "bad.credentials", "Token " + TOKEN_VALUE + " expired", "c"));

    String message =
        assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of())).getMessage();

    assertTrue(message.contains("message \"Token **** expired\""), message);
    assertFalse(message.contains(TOKEN_VALUE), message);
  }

  @Test
  void theTimeBoundMustBePositive() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                new ApiDivisionSource(
                    new Endpoints(stub.url(), null),
                    new Credentials.AccessToken(TOKEN_VALUE, "environment"),
                    Optional.empty(),
                    Duration.ZERO));

    assertEquals(
        "-Dgenesys.divisions.timeoutSeconds=0 is not a time bound: give a positive number of"
            + " seconds, such as 60.",
        e.getMessage());
  }

  @Test
  void sourceNameIsApi() throws GenesysException {
    assertEquals("api", withToken().sourceName());
  }

  @Test
  void aListingThatIsNotJsonIsAClearErrorAndNotRetried() {
    stubPage(get(urlPathEqualTo(DIVISIONS)), "<html><body>Gateway login</body></html>");

    GenesysException e =
        assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of()));

    assertEquals(
        "Genesys Cloud answered GET "
            + stub.url()
            + DIVISIONS
            + "?pageSize=500&pageNumber=1 with a body that is not the JSON the API answers"
            + " (JsonParseException)."
            + " Check that -Dgenesys.divisions.apiUrl (now "
            + stub.url()
            + ") is the Genesys Cloud API, and that no proxy or gateway answers in its place.",
        e.getMessage());
    assertEquals(1, divisionRequests().size());
    assertEquals(List.of(), clock.sleeps);
  }

  @Test
  void anEmptyListingBodyIsAClearError() {
    stubPage(get(urlPathEqualTo(DIVISIONS)), "");

    GenesysException e =
        assertThrows(GenesysException.class, () -> withToken().find(TWO_NAMES, Set.of()));

    assertTrue(e.getMessage().contains("pageNumber=1 with an empty body."), e.getMessage());
    assertEquals(1, divisionRequests().size());
  }
}
