package io.github.genesysdivisions.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.stream.Collectors;

/**
 * A Genesys Cloud org of generated divisions, served by WireMock in the shapes of the real API:
 * the token, the paged division listing with {@code name} and {@code id} filters, the home
 * division and the limit. It grants at most {@link #MAX_PAGE_SIZE} divisions a page.
 */
final class FakeOrg implements ResponseDefinitionTransformerV2 {

  static final int MAX_PAGE_SIZE = 100;
  static final String DIVISIONS = "/api/v2/authorization/divisions";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String[]> divisions;

  /** @param divisions id and name of each division; the first is the home division */
  FakeOrg(List<String[]> divisions) {
    this.divisions = List.copyOf(divisions);
  }

  /** The id of the n-th generated division. */
  static String id(int n) {
    return String.format("5b0c3d2e-1f4a-4b6c-8d7e-%012d", n);
  }

  @Override
  public String getName() {
    return "fake-genesys-org";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request request = event.getRequest();
    String path = request.getUrl().split("\\?", 2)[0];
    if (path.equals("/oauth/token")) {
      return json("{\"access_token\":\"bench-token\",\"token_type\":\"bearer\",\"expires_in\":86399}");
    }
    if (path.equals(DIVISIONS + "/limit")) {
      return json("20000");
    }
    if (path.equals(DIVISIONS + "/home")) {
      return json(division(divisions.get(0), true).toString());
    }
    if (path.equals(DIVISIONS)) {
      return json(listing(request).toString());
    }
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"not found\",\"code\":\"not.found\",\"status\":404}")
        .build();
  }

  private ObjectNode listing(Request request) {
    int pageSize = Math.min(MAX_PAGE_SIZE, intParameter(request, "pageSize", 25));
    int pageNumber = intParameter(request, "pageNumber", 1);
    QueryParameter ids = request.queryParameter("id");
    QueryParameter name = request.queryParameter("name");
    Set<String> wanted = ids.isPresent() ? Set.copyOf(ids.values()) : null;
    String term = name.isPresent() ? name.firstValue().toLowerCase(Locale.ROOT) : null;
    List<String[]> matching = divisions.stream()
        .filter(d -> wanted == null || wanted.contains(d[0]))
        .filter(d -> term == null || d[1].toLowerCase(Locale.ROOT).contains(term))
        .collect(Collectors.toList());
    ObjectNode listing = JSON.createObjectNode();
    ArrayNode entities = listing.putArray("entities");
    int from = Math.min(matching.size(), (pageNumber - 1) * pageSize);
    int to = Math.min(matching.size(), from + pageSize);
    for (String[] division : matching.subList(from, to)) {
      entities.add(division(division, division == divisions.get(0)));
    }
    listing.put("pageSize", pageSize);
    listing.put("pageNumber", pageNumber);
    listing.put("total", matching.size());
    listing.put("pageCount", Math.max(1, (matching.size() + pageSize - 1) / pageSize));
    return listing;
  }

  private static ObjectNode division(String[] division, boolean home) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", division[0]);
    node.put("name", division[1]);
    node.put("homeDivision", home);
    node.put("selfUri", DIVISIONS + "/" + division[0]);
    return node;
  }

  private static int intParameter(Request request, String name, int otherwise) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : otherwise;
  }

  private static ResponseDefinition json(String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body)
        .build();
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }
}
