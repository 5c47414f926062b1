package io.github.genesysdivisions.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.genesysdivisions.check.CheckOptions;
import io.github.genesysdivisions.check.CheckRequest;
import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.DivisionCheck;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.genesys.ApiDivisionSource;
import io.github.genesysdivisions.genesys.Credentials;
import io.github.genesysdivisions.genesys.DivisionCapacity;
import io.github.genesysdivisions.genesys.DivisionSource;
import io.github.genesysdivisions.genesys.Endpoints;
import io.github.genesysdivisions.genesys.GenesysException;
import io.github.genesysdivisions.genesys.OrgDivision;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the whole check against a {@link FakeOrg} and counts the requests and the time spent
 * talking to it.
 */
final class ApiProbe {

  /**
   * What one run did.
   *
   * @param requests requests the org received (token included)
   * @param optimum the fewest requests that answer the same question
   * @param apiNanos time spent in the division source
   * @param declaredNames distinct names the configuration declares
   */
  record Outcome(int requests, int optimum, long apiNanos, int declaredNames) {}

  /** How many requests the API client runs at once. */
  static final int CONCURRENCY = ApiDivisionSource.MAX_CONCURRENT_REQUESTS;

  private ApiProbe() {}

  /** The org's divisions: a home division, then one in five named as the configuration names them. */
  static List<String[]> org(int size) {
    List<String[]> divisions = new ArrayList<>(size);
    divisions.add(new String[] {FakeOrg.id(0), "Home"});
    for (int n = 1; n < size; n++) {
      divisions.add(new String[] {FakeOrg.id(n), n % 5 == 0 ? "EMEA-emea-" + n : "Org division " + n});
    }
    return divisions;
  }

  static Outcome run(Path configuration, int orgSize, int delayMillis) throws Exception {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .dynamicPort().bindAddress("127.0.0.1").extensions(new FakeOrg(org(orgSize))));
    server.start();
    try {
      server.stubFor(any(anyUrl()).willReturn(ok()));
      server.setGlobalFixedDelay(delayMillis);
      long[] apiNanos = {0};
      Endpoints endpoints = new Endpoints(server.baseUrl(), server.baseUrl());
      Credentials credentials =
          new Credentials.ClientCredentials("bench-client", "bench-secret", "benchmark");
      CheckResult result = new DivisionCheck().run(
          new CheckRequest(configuration, null, CheckOptions.defaults()),
          Optional.of(() -> new Timed(
              new ApiDivisionSource(endpoints, credentials, Optional.empty(), Duration.ofMinutes(5)), apiNanos)));
      int names = (int) result.configuration().resources().stream()
          .filter(i -> i.resolved()).map(i -> i.name()).distinct().count();
      boolean creates = result.findings().stream().anyMatch(f -> f.kind() == FindingKind.CREATE
          || f.kind() == FindingKind.LIMIT_EXCEEDED);
      return new Outcome(server.getAllServeEvents().size(), optimum(names, 0, orgSize, creates),
          apiNanos[0], names);
    } finally {
      server.stop();
    }
  }

  /**
   * The fewest requests: the token, then the cheaper of the full listing (as many divisions a page
   * as the org grants) and targeted lookups (a name each, ids in batches of 100, and one request for
   * the count when the limit must be checked), then the limit when divisions are to be created.
   */
  static int optimum(int names, int stateIds, int orgSize, boolean creates) {
    int listing = pages(orgSize);
    int targeted = names + (stateIds + 99) / 100 + (creates ? 1 : 0);
    return 1 + Math.min(listing, targeted) + (creates ? 1 : 0);
  }

  /** The seed-style method: one full listing at pageSize 100 per declared name, serially. */
  static long seedStyle(int names, int orgSize) {
    return (long) names * ((orgSize + 99) / 100);
  }

  private static int pages(int orgSize) {
    return Math.max(1, (orgSize + FakeOrg.MAX_PAGE_SIZE - 1) / FakeOrg.MAX_PAGE_SIZE);
  }

  /** A source that adds up the time spent in it. */
  private record Timed(DivisionSource source, long[] nanos) implements DivisionSource {

    @Override
    public List<OrgDivision> find(Set<String> names, Set<String> ids) throws GenesysException {
      return timed(() -> source.find(names, ids));
    }

    @Override
    public Optional<OrgDivision> home() throws GenesysException {
      return timed(source::home);
    }

    @Override
    public Optional<DivisionCapacity> capacity() throws GenesysException {
      return timed(source::capacity);
    }

    @Override
    public String sourceName() {
      return source.sourceName();
    }

    @Override
    public void close() {
      source.close();
    }

    private <T> T timed(Call<T> call) throws GenesysException {
      long start = System.nanoTime();
      try {
        return call.get();
      } finally {
        nanos[0] += System.nanoTime() - start;
      }
    }
  }

  /** A question to the source. */
  private interface Call<T> {
    T get() throws GenesysException;
  }
}
