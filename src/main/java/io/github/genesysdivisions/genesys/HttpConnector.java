package io.github.genesysdivisions.genesys;

import com.mypurecloud.sdk.v2.connector.ApiClientConnector;
import com.mypurecloud.sdk.v2.connector.apache.ApacheHttpClientConnector;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.apache.http.HttpHost;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.protocol.HttpClientContext;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;

/**
 * The HTTP client under the SDK, built by the plugin rather than by the SDK's default connector
 * provider, which fixes one timeout for the whole run, lets Apache's client retry on its own, and
 * allows two connections to the API at a time. This one:
 *
 * <ul>
 *   <li>never retries by itself: the {@link Retrier} is the one place that decides;
 *   <li>gives each request the time left when it starts (capped, see {@link
 *       TimeBudget#requestTimeoutMillis()}) as its connect, pool and read timeouts, so that the
 *       budget bounds every request, not only the first;
 *   <li>allows as many connections as the plugin sends requests at once;
 *   <li>goes through the proxy, if any, authenticating when the proxy asks.
 * </ul>
 */
final class HttpConnector {

  private HttpConnector() {}

  /**
   * The connector to hand to the SDK's {@code ApiClient.Builder} as its {@code CONNECTOR_PROVIDER}.
   *
   * @param budget the time all requests share
   * @param maxConcurrent how many requests may be in flight at once
   * @param proxy the proxy to the API, if it is reached through one (user and password are given
   *     when the proxy asks for them, 407)
   */
  static ApiClientConnector create(
      TimeBudget budget, int maxConcurrent, Optional<ProxySettings> proxy) {
    HttpClientBuilder builder =
        HttpClients.custom()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .setMaxConnPerRoute(maxConcurrent)
            .setMaxConnTotal(maxConcurrent)
            .addInterceptorFirst(timeoutsFrom(budget));
    proxy.ifPresent(
        through -> {
          builder.setProxy(new HttpHost(through.host(), through.port(), through.protocol()));
          if (through.authenticates()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                new AuthScope(through.host(), through.port()),
                new UsernamePasswordCredentials(
                    through.username(), through.password() == null ? "" : through.password()));
            builder.setDefaultCredentialsProvider(credentials);
          }
        });
    // the executor serves only the SDK's asynchronous calls, which the plugin does not make: it
    // starts no thread
    return new ApacheHttpClientConnector(builder.build(), Executors.newSingleThreadExecutor());
  }

  /**
   * Sets the request's timeouts to the time left. Apache's client reads the request's
   * configuration from the context after its request interceptors ran.
   */
  private static HttpRequestInterceptor timeoutsFrom(TimeBudget budget) {
    return (request, context) -> {
      HttpClientContext http = HttpClientContext.adapt(context);
      int millis = budget.requestTimeoutMillis();
      RequestConfig current = http.getRequestConfig();
      http.setRequestConfig(
          (current == null ? RequestConfig.custom() : RequestConfig.copy(current))
              .setConnectTimeout(millis)
              .setConnectionRequestTimeout(millis)
              .setSocketTimeout(millis)
              .build());
    };
  }
}
