package io.github.genesysdivisions.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mypurecloud.sdk.v2.ApiException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the SDK throws into a {@link GenesysException} that quotes the API's answer and says
 * what to do next. Quoted text is masked for secrets, in case the server echoed one.
 */
final class ApiErrors {

  private final Endpoints endpoints;
  private final Credentials credentials;
  private final Redactor redactor;

  ApiErrors(Endpoints endpoints, Credentials credentials, Redactor redactor) {
    this.endpoints = endpoints;
    this.credentials = credentials;
    this.redactor = redactor;
  }

  /** The retry policy's account of an answer worth retrying (429, 502, 503, 504). */
  Retrier.TransientFailure transientFromApi(String request, ApiException e) {
    return Retrier.failure(
        request, e.getStatusCode(), redactor.redact(details(e)), e.getHeader("Retry-After"));
  }

  /** The retry policy's account of a connection that broke or timed out. */
  Retrier.TransientFailure transientFromIo(String request, IOException e) {
    return Retrier.failure(request, e, redactor);
  }

  /** The error for an HTTP error answer to {@code request}. */
  GenesysException fromApi(String request, ApiException e) {
    int status = e.getStatusCode();
    String answer = "HTTP " + status + " on " + request + redactor.redact(details(e));
    String message =
        switch (status) {
          case 401 -> refused(answer);
          case 403 -> forbidden(answer);
          case 407 ->
              "The proxy between the plugin and Genesys Cloud refused "
                  + answer
                  + ": check the proxy's user and password in settings.xml <proxies> or "
                  + ProxySettings.ENV_USERNAME
                  + "/_PASSWORD, or its nonProxyHosts.";
          case 404 ->
              "Genesys Cloud answered "
                  + answer
                  + ". Check that "
                  + Parameters.API_URL
                  + " (now "
                  + endpoints.apiUrl()
                  + ") is the Genesys Cloud API base URL.";
          default ->
              "Genesys Cloud answered "
                  + answer
                  + (status == 429 || status >= 500
                      ? ". The service is busy or unavailable: try again later."
                      : ".");
        };
    // The SDK's exception is not chained: its message is always "error", which Maven would append,
    // and its body is already quoted above, redacted.
    return new GenesysException(message);
  }

  /** The error for a request that could not reach the API (not worth retrying). */
  GenesysException fromIo(String request, IOException e) {
    if (e instanceof JsonProcessingException) {
      return new GenesysException(
          "Genesys Cloud answered "
              + request
              + " with a body that is not the JSON the API answers ("

              + e.getClass().getSimpleName()
              + "). Check that "
              + Parameters.API_URL
              + " (now "
              + endpoints.apiUrl()
              + ") is the Genesys Cloud API, and that no proxy or gateway answers in its place.");
    }
    String problem =
        e.getClass().getSimpleName() + ": " + redactor.redact(String.valueOf(e.getMessage()));
    String next =
        e instanceof ConnectException || e instanceof UnknownHostException
            ? "Check "
                + Parameters.API_URL
                + " (now "
                + endpoints.apiUrl()
                + ") or "
                + Parameters.REGION
                + ", the network and the proxy."
            : "Check the network and the proxy, and try again.";
    return new GenesysException(
        "Could not read the org's divisions: " + request + " failed (" + problem + "). " + next);
  }

  private String refused(String answer) {
    if (credentials instanceof Credentials.AccessToken) {
      return "Genesys Cloud refused the access token from "
          + credentials.source()
          + " ("
          + answer
          + "). It may have expired, or belong to an org of another region: get a new token, or"
          + " unset "
          + Parameters.ENV_ACCESS_TOKEN
          + " and give OAuth client credentials; check "
          + Parameters.REGION
          + " or "
          + Parameters.API_URL
          + ".";
    }
    return "Genesys Cloud refused the token obtained with the OAuth client credentials from "
        + credentials.source()
        + " ("
        + answer
        + "). Check that the login URL "
        + endpoints.loginUrl()
        + " and the API URL "
        + endpoints.apiUrl()
        + " are of the same region ("
        + Parameters.REGION
        + ", "
        + Parameters.API_URL
        + ", "
        + Parameters.LOGIN_URL
        + ").";
  }

  private String forbidden(String answer) {
    String who =
        credentials instanceof Credentials.AccessToken
            ? "The user or OAuth client behind the access token from " + credentials.source()
            : "The OAuth client from " + credentials.source();
    return "Genesys Cloud refused permission to read divisions ("
        + answer
        + "). "
        + who
        + " lacks the permission the message names: grant it through one of its roles. Note that"
        + " an OAuth client sees only the divisions its roles are granted on: check its roles and"
        + " their divisions, or divisions that exist will look missing.";
  }

  private static String details(ApiException e) {
    List<String> quotes =
        new ArrayList<>(ErrorDetails.quote(e.getRawBody(), "message", "code", "contextId"));
    String correlationId = e.getCorrelationId();
    if (correlationId != null && !correlationId.isBlank()) {
      quotes.add("correlation id \"" + correlationId + "\"");
    }
    return quotes.isEmpty() ? "" : "; " + String.join(", ", quotes);
  }
}
