package io.github.genesysdivisions.genesys;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;

/**
 * A local Genesys Cloud stand-in on a dynamic port, answering with the real API's shapes ({@code
 * AuthzDivisionEntityListing}, {@code AuthzDivision}, {@code ErrorBody}).
 */
final class GenesysStub implements AutoCloseable {

  static final String DIVISIONS = "/api/v2/authorization/divisions";
  static final String TOKEN = "/oauth/token";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final WireMockServer server;

  GenesysStub(Extension... extensions) {
    server =
        new WireMockServer(
            options().dynamicPort().bindAddress("127.0.0.1").extensions(extensions));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  /**
   * Stops the server, after checking that the plugin sent it nothing but the token request and
   * reads of divisions: the API contract is read-only.
   */
  @Override
  public void close() {
    List<String> others =
        server.getAllServeEvents().stream()
            .map(ServeEvent::getRequest)
            .filter(request -> !isAllowed(request.getMethod().getName(), request.getUrl()))
            .map(request -> request.getMethod() + " " + request.getUrl())
            .toList();
    server.stop();
    if (!others.isEmpty()) {
      throw new AssertionError("requests other than POST " + TOKEN + " and GET " + DIVISIONS
          + "...: " + others);
    }
  }

  /** The only requests the plugin may make. */
  static boolean isAllowed(String method, String url) {
    return method.equals("POST") && url.equals(TOKEN)
        || method.equals("GET") && (url.equals(DIVISIONS) || url.startsWith(DIVISIONS + "?")
            || url.startsWith(DIVISIONS + "/"));
  }

  /** A deterministic division GUID. */
  static String guid(int n) {
    return String.format("%08x-1b2c-4a51-9e33-%012x", n, n);
  }

  /** An {@code AuthzDivision} as the API returns it. */
  static ObjectNode division(String id, String name, String description, boolean home) {
    ObjectNode division = MAPPER.createObjectNode();
    division.put("id", id);
    division.put("name", name);
    if (description != null) {
      division.put("description", description);
    }
    division.put("homeDivision", home);
    division.putObject("objectCounts").put("queues", 3).put("users", 12);
    division.put("selfUri", DIVISIONS + "/" + id);
    return division;
  }

  /** An {@code AuthzDivisionEntityListing} page as the API returns it. */
  static String listing(
      List<ObjectNode> entities, int pageSize, int pageNumber, long total, int pageCount) {
    ObjectNode listing = MAPPER.createObjectNode();
    ArrayNode array = listing.putArray("entities");
    entities.forEach(array::add);
    listing.put("pageSize", pageSize);
    listing.put("pageNumber", pageNumber);
    listing.put("total", total);
    listing.put("pageCount", pageCount);
    String uri = DIVISIONS + "?pageSize=" + pageSize + "&pageNumber=";
    listing.put("firstUri", uri + 1);
    listing.put("selfUri", uri + pageNumber);
    if (pageNumber < pageCount) {
      listing.put("nextUri", uri + (pageNumber + 1));
    }
    if (pageNumber > 1) {
      listing.put("previousUri", uri + (pageNumber - 1));
    }
    listing.put("lastUri", uri + pageCount);
    return listing.toString();
  }

  /** An {@code ErrorBody} as the API returns it. */
  static String errorBody(int status, String code, String message, String contextId) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("message", message);
    body.put("code", code);
    body.put("status", status);
    body.put("messageWithParams", message);
    body.putObject("messageParams");
    body.put("contextId", contextId);
    body.putArray("details");
    body.putArray("errors");
    return body.toString();
  }
}
