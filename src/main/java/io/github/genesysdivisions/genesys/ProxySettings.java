package io.github.genesysdivisions.genesys;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An HTTP proxy for the requests to Genesys Cloud: from Maven's settings.xml ({@code <proxies>}),
 * else from the provider's environment variables {@code GENESYSCLOUD_PROXY_HOST}, {@code _PORT},
 * {@code _PROTOCOL}, {@code _AUTH_USERNAME} and {@code _AUTH_PASSWORD}. {@link #toString()} never
 * shows the password.
 *
 * @param protocol how the proxy is spoken to, {@code http} or {@code https}
 * @param host the proxy's host
 * @param port the proxy's port
 * @param username the user for proxy authentication, or {@code null} for none
 * @param password the password for proxy authentication, or {@code null}
 * @param nonProxyHosts hosts reached directly, as Maven writes them ({@code *.corp|localhost}), or
 *     {@code null}
 * @param source where the proxy came from, for messages
 */
public record ProxySettings(
    String protocol,
    String host,
    int port,
    String username,
    String password,
    String nonProxyHosts,
    String source) {

  static final String ENV_HOST = "GENESYSCLOUD_PROXY_HOST";
  static final String ENV_PORT = "GENESYSCLOUD_PROXY_PORT";
  static final String ENV_PROTOCOL = "GENESYSCLOUD_PROXY_PROTOCOL";
  static final String ENV_USERNAME = "GENESYSCLOUD_PROXY_AUTH_USERNAME";
  static final String ENV_PASSWORD = "GENESYSCLOUD_PROXY_AUTH_PASSWORD";

  public ProxySettings {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(source, "source");
  }

  /**
   * The proxy to use for the API, chosen as Maven chooses one for a repository: the first of
   * Maven's active proxies whose protocol is the API URL's, or for an {@code https} URL without
   * such a proxy the first {@code http} one; else the one the environment describes; else none.
   *
   * @param mavenProxies the active proxies of settings.xml, passwords decrypted, in order
   * @param env the environment variables
   * @param apiUrl the API base URL
   * @return the proxy, if any
   * @throws GenesysException when the environment describes a proxy that cannot be used
   */
  public static Optional<ProxySettings> resolve(
      List<ProxySettings> mavenProxies, Map<String, String> env, String apiUrl)
      throws GenesysException {
    String scheme = URI.create(apiUrl).getScheme().toLowerCase(Locale.ROOT);
    Optional<ProxySettings> chosen = firstFor(mavenProxies, scheme);
    if (chosen.isEmpty() && scheme.equals("https")) {
      chosen = firstFor(mavenProxies, "http");
    }
    return chosen.isPresent() ? chosen : fromEnvironment(env);
  }

  private static Optional<ProxySettings> firstFor(List<ProxySettings> proxies, String protocol) {
    return proxies.stream().filter(proxy -> proxy.protocol().equalsIgnoreCase(protocol)).findFirst();
  }

  private static Optional<ProxySettings> fromEnvironment(Map<String, String> env)
      throws GenesysException {
    String host = blankToNull(env.get(ENV_HOST));
    if (host == null) {
      return Optional.empty();
    }
    String port = blankToNull(env.get(ENV_PORT));
    if (port == null || !port.strip().matches("\\d{1,5}") || Integer.parseInt(port.strip()) > 65535) {
      throw new GenesysException(
          ENV_HOST + " is set but " + ENV_PORT + " is " + (port == null ? "" : "\"" + port + "\", ")
              + "not a port number: set it to the proxy's port, such as 3128, or unset " + ENV_HOST
              + ".");
    }
    String protocol = blankToNull(env.get(ENV_PROTOCOL));
    protocol = protocol == null ? "http" : protocol.strip().toLowerCase(Locale.ROOT);
    if (!protocol.equals("http") && !protocol.equals("https")) {
      throw new GenesysException(
          ENV_PROTOCOL + " is \"" + protocol + "\": give http or https.");
    }
    return Optional.of(
        new ProxySettings(
            protocol,
            host.strip(),
            Integer.parseInt(port.strip()),
            blankToNull(env.get(ENV_USERNAME)),
            blankToNull(env.get(ENV_PASSWORD)),
            null,
            "environment " + ENV_HOST));
  }

  /**
   * Whether requests to {@code url} go through this proxy: not when its host matches one of {@link
   * #nonProxyHosts()} ({@code |} or {@code ,} between patterns, {@code *} for any characters,
   * letter case ignored), as Maven decides.
   */
  public boolean appliesTo(String url) {
    if (nonProxyHosts == null || nonProxyHosts.isBlank()) {
      return true;
    }
    String host = URI.create(url).getHost();
    if (host == null) {
      return true;
    }
    for (String pattern : nonProxyHosts.split("[|,]")) {
      String glob = pattern.strip();
      if (!glob.isEmpty()
          && Pattern.compile(
                  Pattern.quote(glob).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE)
              .matcher(host)
              .matches()) {
        return false;
      }
    }
    return true;
  }

  /** Whether the proxy asks for a user and password. */
  public boolean authenticates() {
    return username != null && !username.isBlank();
  }

  @Override
  public String toString() {
    return protocol + "://" + host + ":" + port + " (" + source + ")";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
