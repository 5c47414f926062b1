package io.github.genesysdivisions.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.DetailLevel;
import com.mypurecloud.sdk.v2.api.AuthorizationApi;
import com.mypurecloud.sdk.v2.connector.ApiClientConnectorProperty;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An authenticated connection to the Genesys Cloud API for one run: the token, one SDK {@link
 * ApiClient}, and the retry policy and time budget every request draws on. Safe to use from
 * several threads at once.
 */
final class ApiSession implements AutoCloseable {

  private final ApiClient client;
  private final AuthorizationApi authorization;
  private final Retrier retrier;
  private final ApiErrors errors;

  private ApiSession(ApiClient client, Retrier retrier, ApiErrors errors) {
    this.client = client;
    this.authorization = new AuthorizationApi(client);
    this.retrier = retrier;
    this.errors = errors;
  }

  /**
   * Gets a token (unless the credentials are one) and builds the SDK client.
   *
   * @param endpoints where the API and login server are
   * @param credentials how to authenticate
   * @param proxy the proxy, if any; its non-proxy hosts are honoured for each host
   * @param retrier the retry policy, with the time allowed for all API work
   * @param maxConcurrent how many requests may be in flight at once
   * @return the session
   * @throws GenesysException when no token can be had
   */
  static ApiSession open(
      Endpoints endpoints,
      Credentials credentials,
      Optional<ProxySettings> proxy,
      Retrier retrier,
      int maxConcurrent)
      throws GenesysException {
    List<String> secrets = new ArrayList<>();
    proxy.map(ProxySettings::password).ifPresent(secrets::add);
    String token;
    if (credentials instanceof Credentials.ClientCredentials client) {
      secrets.add(client.clientSecret());
      String loginUrl = endpoints.requireLoginUrl();
      token =
          new TokenClient(loginUrl, proxy.filter(through -> through.appliesTo(loginUrl)))
              .requestToken(client, retrier);
    } else {
      token = ((Credentials.AccessToken) credentials).token();
    }
    secrets.add(token);
    TimeBudget budget = retrier.budget();
    ApiClient client =
        ApiClient.Builder.standard()
            .withBasePath(endpoints.apiUrl())
            .withAccessToken(token)
            .withProperty(
                ApiClientConnectorProperty.CONNECTOR_PROVIDER,
                HttpConnector.create(
                    budget,
                    maxConcurrent,
                    proxy.filter(through -> through.appliesTo(endpoints.apiUrl()))))
            // the default retries nothing (maxRetryTimeSec 0): retrying is the Retrier's job
            .withRetryConfiguration(new ApiClient.RetryConfiguration())
            .withShouldRefreshAccessToken(false)
            .withDetailLevel(DetailLevel.NONE)
            .build();
    ApiErrors errors = new ApiErrors(endpoints, credentials, new Redactor(secrets));
    return new ApiSession(client, retrier, errors);
  }

  /**
   * Sends one request through the retry policy.
   *
   * @param request what is asked, such as {@code GET <url>}, for messages
   * @param call the request
   * @param <T> what it returns
   * @return its answer
   * @throws GenesysException when the time is up, or the request fails
   */
  <T> T send(String request, ApiCall<T> call) throws GenesysException {
    return retrier.send(
        request,
        () -> {
          try {
            return call.call(authorization);
          } catch (ApiException e) {
            if (Retrier.isTransient(e.getStatusCode())) {
              throw errors.transientFromApi(request, e);
            }
            throw errors.fromApi(request, e);
          } catch (IOException e) {
            if (Retrier.isTransient(e)) {
              throw errors.transientFromIo(request, e);
            }
            throw errors.fromIo(request, e);
          }
        });
  }

  /** Releases the SDK client's connections; a failure to do so changes nothing for the result. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      // nothing to do: the answers are already read
    }
  }
}
