package io.github.genesysdivisions.genesys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.genesysdivisions.genesys.GenesysStub.DIVISIONS;
import static io.github.genesysdivisions.genesys.GenesysStub.guid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The request counts of {@link ApiDivisionSource}'s rule, against orgs of every size. */
class FewestRequestsTest {

  private GenesysStub stub;

  @AfterEach
  void stop() {
    if (stub != null) {
      stub.close();
    }
  }

  private ApiDivisionSource org(int size, int maxPageSize) throws GenesysException {
    return org(new FakeOrg(size, maxPageSize));
  }

  private ApiDivisionSource org(FakeOrg org) throws GenesysException {
    stub = new GenesysStub(org);
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS)).willReturn(aResponse().withTransformers(FakeOrg.NAME)));
    stub.server.stubFor(
        get(urlPathEqualTo(DIVISIONS + "/limit")).willReturn(aResponse().withBody("10000")));
    return new ApiDivisionSource(
        new Endpoints(stub.url(), null),
        new Credentials.AccessToken("tok", "environment GENESYSCLOUD_ACCESS_TOKEN"),
        Optional.empty(),
        Duration.ofSeconds(30),
        new FakeTicker(),
        () -> 0.5);
  }

  private List<String> requests() {
    return stub.server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(request -> request.getUrl().substring(DIVISIONS.length()))
        .sorted()
        .toList();
  }

  private static Set<String> names(int... numbers) {
    return IntStream.of(numbers).mapToObj(n -> "Division " + n).collect(Collectors.toSet());
  }

  private static Set<String> names(IntStream numbers) {
    return numbers.mapToObj(n -> "Division " + n).collect(Collectors.toSet());
  }

  private static Set<String> found(List<OrgDivision> divisions) {
    return divisions.stream().map(OrgDivision::name).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void nothingToLookUpSendsNothing() throws GenesysException {
    try (ApiDivisionSource source = org(10, 500)) {
      assertEquals(List.of(), source.find(Set.of(), Set.of()));
    }
    assertEquals(List.of(), requests());
  }

  @Test
  void oneNameIsLookedUpAndReCheckedForTheExactName() throws GenesysException {
    try (ApiDivisionSource source = org(120, 500)) {
      // the substring search also answers Division 10, 100..109: only the exact name counts
      assertEquals(Set.of("Division 10"), found(source.find(Set.of("Division 10"), Set.of())));
    }
    assertEquals(List.of("?pageSize=500&pageNumber=1&name=Division%2010"), requests());
  }

  @Test
  void aNameDifferingOnlyInCaseIsFoundToo() throws GenesysException {
    try (ApiDivisionSource source = org(20, 500)) {
      assertEquals(Set.of("Division 7"), found(source.find(Set.of("DIVISION 7"), Set.of())));
    }
  }

  @Test
  void stateIdsAloneAreLookedUpInOneBatch() throws GenesysException {
    try (ApiDivisionSource source = org(300, 500)) {
      assertEquals(
          Set.of("Division 5", "Division 250"),
          found(source.find(Set.of(), new TreeSet<>(Set.of(guid(5), guid(250))))));
    }
    assertEquals(
        List.of("?pageSize=500&pageNumber=1&id=" + guid(5) + "&id=" + guid(250)), requests());
  }

  @Test
  void aSmallOrgIsListedInOneRequest() throws GenesysException {
    try (ApiDivisionSource source = org(40, 500)) {
      List<OrgDivision> divisions = source.find(names(3, 30, 99), Set.of(guid(4)));
      assertEquals(40, divisions.size());
      assertEquals(Optional.of(new DivisionCapacity(40, 10000)), source.capacity());
      assertEquals("Division 1", source.home().orElseThrow().name());
    }
    assertEquals(List.of("/limit", "?pageSize=500&pageNumber=1"), requests());
  }

  @Test
  void aLargeOrgSwitchesToLookupsForWhatPageOneDidNotHold() throws GenesysException {
    try (ApiDivisionSource source = org(5000, 100)) {
      assertEquals(
          Set.of("Division 3", "Division 4000", "Division 4500"),
          found(source.find(names(3, 4000, 4500), Set.of())).stream()
              .filter(name -> Set.of("Division 3", "Division 4000", "Division 4500").contains(name))
              .collect(Collectors.toSet()));
      // the count comes from page 1's total: only the limit is asked
      assertEquals(Optional.of(new DivisionCapacity(5000, 10000)), source.capacity());
    }
    assertEquals(
        List.of(
            "/limit",
            "?pageSize=500&pageNumber=1",
            "?pageSize=500&pageNumber=1&name=Division%204000",
            "?pageSize=500&pageNumber=1&name=Division%204500"),
        requests());
  }

  @Test
  void pagesAreReadWhenTheyAreFewerThanTheLookups() throws GenesysException {
    try (ApiDivisionSource source = org(250, 100)) {
      assertEquals(250, source.find(names(IntStream.rangeClosed(200, 210)), Set.of()).size());
    }
    assertEquals(
        List.of(
            "?pageSize=100&pageNumber=2",
            "?pageSize=100&pageNumber=3",
            "?pageSize=500&pageNumber=1"),
        requests());
  }

  @Test
  void independentRequestsRunConcurrentlyFourAtATime() throws GenesysException {
    FakeOrg slowOrg = new FakeOrg(1000, 100, 150);
    try (ApiDivisionSource source = org(slowOrg)) {
      assertEquals(1000, source.find(names(IntStream.rangeClosed(101, 120)), Set.of()).size());
    }
    assertEquals(10, requests().size());
    assertEquals(ApiDivisionSource.MAX_CONCURRENT_REQUESTS, slowOrg.mostInFlight());
  }

  /**
   * The figures of the issue: the requests for N declared names (and as many state ids, all of
   * them managed) against an org of M divisions, for the page sizes the API may grant.
   */
  @ParameterizedTest(name = "{0} names and {1} ids against {2} divisions, {3} a page: {4} requests")
  @CsvSource({
    "40, 0, 350, 500, 1",
    "40, 0, 350, 100, 4",
    "40, 0, 350, 25, 14",
    "40, 40, 350, 100, 2",
    "3, 0, 5000, 500, 4",
    "3, 0, 5000, 100, 4",
    "3, 3, 5000, 100, 2",
    "40, 40, 5000, 100, 2",
    "1, 0, 5000, 100, 1",
  })
  void requestCounts(int declared, int managed, int orgSize, int maxPageSize, int expected)
      throws GenesysException {
    // the declared names spread over the whole org, from its last division down
    int[] numbers = IntStream.range(0, declared).map(i -> orgSize - i * (orgSize / declared)).toArray();
    Set<String> ids =
        IntStream.of(numbers).limit(managed).mapToObj(GenesysStub::guid).collect(Collectors.toSet());
    try (ApiDivisionSource source = org(orgSize, maxPageSize)) {
      Set<String> found = found(source.find(names(numbers), ids));
      assertTrue(found.containsAll(names(numbers)), found.size() + " found");
    }
    assertEquals(expected, requests().size(), requests().toString());
  }
}
