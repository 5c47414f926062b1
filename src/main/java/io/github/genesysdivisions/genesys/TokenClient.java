package io.github.genesysdivisions.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Exchanges OAuth client credentials for an access token: {@code POST <loginUrl>/oauth/token} with
 * HTTP Basic authentication and the form body {@code grant_type=client_credentials}.
 *
 * <p>The plugin does this itself rather than through the SDK's {@code authorizeClientCredentials},
 * which derives the login host from the API URL and cannot be pointed elsewhere.
 */
final class TokenClient {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String tokenUrl;
  private final Optional<ProxySettings> proxy;

  /**
   * @param loginUrl the OAuth base URL, without a trailing slash
   * @param proxy the proxy to the login server, if it is reached through one
   */
  TokenClient(String loginUrl, Optional<ProxySettings> proxy) {
    this.tokenUrl = loginUrl + "/oauth/token";
    this.proxy = proxy;
  }

  /**
   * Asks for a token, through the retry policy.
   *
   * @param credentials the OAuth client's id and secret
   * @param retrier the retry policy, with the time left for the API work
   * @return the access token
   * @throws GenesysException when the login server refuses the credentials, answers without a
   *     token, or cannot be reached in time; the message never holds the secret or a token
   */
  String requestToken(Credentials.ClientCredentials credentials, Retrier retrier)
      throws GenesysException {
    String step = "POST " + tokenUrl;
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (credentials.clientId() + ":" + credentials.clientSecret())
                    .getBytes(StandardCharsets.UTF_8));
    List<String> secrets = new ArrayList<>(List.of(credentials.clientSecret(), basic));
    Optional<String> proxyAuthorization = proxy.filter(ProxySettings::authenticates).map(
        through -> Base64.getEncoder().encodeToString(
            (through.username() + ":" + (through.password() == null ? "" : through.password()))
                .getBytes(StandardCharsets.UTF_8)));
    proxy.map(ProxySettings::password).ifPresent(secrets::add);
    proxyAuthorization.ifPresent(secrets::add);
    Redactor redactor = new Redactor(secrets);
    TimeBudget budget = retrier.budget();
    HttpResponse<String> response =
        retrier.send(
            step,
            () -> {
              HttpResponse<String> answer =
                  send(post(basic, proxyAuthorization, budget), budget, redactor, step);
              if (Retrier.isTransient(answer.statusCode())) {
                throw Retrier.failure(
                    step,
                    answer.statusCode(),
                    redactor.redact(details(answer)),
                    answer.headers().firstValue("Retry-After").orElse(null));
              }
              return answer;
            });
    if (response.statusCode() != 200) {
      throw refused(response, credentials, redactor);
    }
    return accessToken(response.body(), redactor);
  }

  /**
   * The token request. Proxy credentials, if any, are sent with it rather than after a 407: Java's
   * HTTP client does not answer a proxy's Basic challenge on its own.
   */
  private HttpRequest post(String basic, Optional<String> proxyAuthorization, TimeBudget budget) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenUrl));
    proxyAuthorization.ifPresent(value -> request.header("Proxy-Authorization", "Basic " + value));
    return request
        .timeout(budget.requestTimeout())
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
  }

  private HttpResponse<String> send(
      HttpRequest request, TimeBudget budget, Redactor redactor, String step)
      throws GenesysException, Retrier.TransientFailure {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(budget.requestTimeout());
    proxy.ifPresent(
        through ->
            builder.proxy(ProxySelector.of(new InetSocketAddress(through.host(), through.port()))));
    HttpClient client = builder.build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      throw new GenesysException(
          "Could not connect to the Genesys Cloud login server at "
              + tokenUrl
              + ". Check "
              + Parameters.LOGIN_URL
              + " (or "
              + Parameters.REGION
              + "), the network and the proxy.");
    } catch (IOException e) {
      if (Retrier.isTransient(e)) {
        throw Retrier.failure(step, e, redactor);
      }
      throw new GenesysException(
          "The token request to "
              + tokenUrl
              + " failed: "
              + redactor.redact(String.valueOf(e.getMessage()))
              + ". Check "
              + Parameters.LOGIN_URL
              + ", the network and the proxy.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GenesysException("Interrupted while asking " + tokenUrl + " for a token.", e);
    }
  }

  private GenesysException refused(
      HttpResponse<String> response, Credentials.ClientCredentials credentials, Redactor redactor) {
    int status = response.statusCode();
    String details = redactor.redact(details(response));
    if (status == 400 || status == 401) {
      return new GenesysException(
          "The OAuth client credentials from "
              + credentials.source()
              + " were refused by "
              + tokenUrl
              + " (HTTP "
              + status
              + details
              + "): check the client id and secret, that the OAuth client uses the Client"
              + " Credentials grant, and that it belongs to an org of this region ("
              + Parameters.REGION
              + " or "
              + Parameters.LOGIN_URL
              + ").");
    }
    if (status == 407) {
      return new GenesysException(proxyRefused("POST " + tokenUrl, details));
    }
    return new GenesysException(
        "The login server "
            + tokenUrl
            + " answered HTTP "
            + status
            + details
            + " to the token request: "
            + (status == 404 || status == 405
                ? "check that " + Parameters.LOGIN_URL + " points to a Genesys Cloud login server."
                : "try again later, or check " + Parameters.LOGIN_URL + "."));
  }

  private String proxyRefused(String request, String details) {
    return "The proxy "
        + proxy.map(ProxySettings::toString).orElse("between the plugin and Genesys Cloud")
        + " refused "
        + request
        + " (HTTP 407"
        + details
        + "): check the proxy's user and password in settings.xml <proxies> or "
        + ProxySettings.ENV_USERNAME
        + "/_PASSWORD, or its nonProxyHosts.";
  }

  /** The quoted fields of an error answer, and its correlation id. */
  private static String details(HttpResponse<String> response) {
    String quotes = details(response.body());
    return response
        .headers()
        .firstValue("ININ-Correlation-Id")
        .filter(id -> !id.isBlank())
        .map(id -> (quotes.isEmpty() ? "; " : quotes + ", ") + "correlation id \"" + id + "\"")
        .orElse(quotes);
  }

  private static String details(String body) {
    List<String> quotes =
        new ArrayList<>(
            ErrorDetails.quote(body, "error", "error_description", "message", "code", "contextId"));
    if (quotes.isEmpty() && body != null && !body.isBlank() && !ErrorDetails.isJson(body)) {
      quotes.add("body \"" + ErrorDetails.snippet(body) + "\"");
    }
    return quotes.isEmpty() ? "" : "; " + String.join(", ", quotes);
  }

  private String accessToken(String body, Redactor redactor) throws GenesysException {
    JsonNode root = parse(body);
    JsonNode token = root == null ? null : root.get("access_token");
    if (token != null && token.isTextual() && !token.asText().isBlank()) {
      return token.asText();
    }
    String found;
    if (root == null) {
      found = "with a body that is not JSON";
    } else if (root.isMissingNode()) {
      found = "with an empty body";
    } else {
      found =
          "without an access_token (fields: "
              + fieldNames(root)
              + redactor.redact(details(body))
              + ")";
    }
    throw new GenesysException(
        "The login server "
            + tokenUrl
            + " answered HTTP 200 "
            + found
            + ". Check that "
            + Parameters.LOGIN_URL
            + " points to the Genesys Cloud login server of your region (https://login.<domain>).");
  }

  private static String fieldNames(JsonNode root) {
    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
