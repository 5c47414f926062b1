package io.github.genesysdivisions.genesys;

import static io.github.genesysdivisions.genesys.GenesysStub.division;
import static io.github.genesysdivisions.genesys.GenesysStub.guid;
import static io.github.genesysdivisions.genesys.GenesysStub.listing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * An org of {@code size} divisions named {@code Division <n>} (division 1 is the home division)
 * behind {@code GET /api/v2/authorization/divisions}, answering {@code pageSize}, {@code
 * pageNumber}, {@code name} (a case-insensitive substring search: the loosest reading of the
 * undocumented filter) and repeated {@code id}, granting at most {@code maxPageSize} per page.
 */
final class FakeOrg implements ResponseDefinitionTransformerV2 {

  static final String NAME = "fake-org";

  private final int size;
  private final int maxPageSize;
  private final long delayMillis;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  FakeOrg(int size, int maxPageSize) {
    this(size, maxPageSize, 0);
  }

  /** An org that takes {@code delayMillis} to answer each request. */
  FakeOrg(int size, int maxPageSize, long delayMillis) {
    this.size = size;
    this.maxPageSize = maxPageSize;
    this.delayMillis = delayMillis;
  }

  /** The most requests it was answering at once. */
  int mostInFlight() {
    return mostInFlight.get();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(delayMillis);
      return answer(serveEvent);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private ResponseDefinition answer(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    List<ObjectNode> matching =
        IntStream.rangeClosed(1, size)
            .mapToObj(n -> division(guid(n), "Division " + n, null, n == 1))
            .filter(division -> matches(division, request))
            .toList();
    int pageSize = Math.min(maxPageSize, intParameter(request, "pageSize", 25));
    int pageNumber = intParameter(request, "pageNumber", 1);
    int pageCount = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
    int from = Math.min(matching.size(), (pageNumber - 1) * pageSize);
    int to = Math.min(matching.size(), from + pageSize);
    return new ResponseDefinitionBuilder()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(
            listing(matching.subList(from, to), pageSize, pageNumber, matching.size(), pageCount))
        .build();
  }

  private static boolean matches(ObjectNode division, Request request) {
    QueryParameter name = request.queryParameter("name");
    if (name.isPresent()
        && !division
            .get("name")
            .asText()
            .toLowerCase(Locale.ROOT)
            .contains(name.firstValue().toLowerCase(Locale.ROOT))) {
      return false;
    }
    QueryParameter ids = request.queryParameter("id");
    return !ids.isPresent() || Set.copyOf(ids.values()).contains(division.get("id").asText());
  }

  private static int intParameter(Request request, String key, int absent) {
    QueryParameter parameter = request.queryParameter(key);
    return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : absent;
  }
}
