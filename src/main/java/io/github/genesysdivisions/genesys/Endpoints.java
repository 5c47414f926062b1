package io.github.genesysdivisions.genesys;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the org's API and its OAuth login server are.
 *
 * @param apiUrl the API base URL, such as {@code https://api.mypurecloud.ie}, without a trailing
 *     slash
 * @param loginUrl the OAuth base URL, such as {@code https://login.mypurecloud.ie}, without a
 *     trailing slash; {@code null} when it was not given and cannot be derived from {@code apiUrl}
 *     (it is only needed to exchange client credentials for a token)
 */
public record Endpoints(String apiUrl, String loginUrl) {

  private static final Pattern USER_INFO = Pattern.compile("^([^:/?#]+://)[^/?#@]*@");

  public Endpoints {
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /**
   * Works out the endpoints from the plugin's parameters and the environment.
   *
   * <p>The API URL is {@code apiUrlParam} when given. Otherwise: the URL of {@code regionParam}
   * when given; else {@code GENESYSCLOUD_API_REGION} when it holds an http(s) URL (as Genesys
   * blueprints use it); else the URL of the region in {@code GENESYSCLOUD_REGION}; else that of
   * {@code us-east-1}. An explicit region parameter thus beats every environment variable. The
   * login URL is {@code loginUrlParam} when given, else derived from the API URL (see {@link
   * Regions#loginUrlFor(String)}). Blank values count as absent.
   *
   * @param regionParam {@code -Dgenesys.divisions.region}, or {@code null}
   * @param apiUrlParam {@code -Dgenesys.divisions.apiUrl}, or {@code null}
   * @param loginUrlParam {@code -Dgenesys.divisions.loginUrl}, or {@code null}
   * @param env the environment variables
   * @return the endpoints
   * @throws GenesysException for an unknown region or a URL that is not an absolute http(s) URL;
   *     the message names the parameter or variable at fault
   */
  public static Endpoints resolve(
      String regionParam, String apiUrlParam, String loginUrlParam, Map<String, String> env)
      throws GenesysException {
    String apiUrl = apiUrl(regionParam, apiUrlParam, env);
    String loginUrl =
        present(loginUrlParam)
            ? checkedUrl(loginUrlParam, Parameters.LOGIN_URL)
            : Regions.loginUrlFor(apiUrl).orElse(null);
    return new Endpoints(apiUrl, loginUrl);
  }

  private static String apiUrl(String regionParam, String apiUrlParam, Map<String, String> env)
      throws GenesysException {
    if (present(apiUrlParam)) {
      return checkedUrl(apiUrlParam, Parameters.API_URL);
    }
    if (present(regionParam)) {
      return Regions.apiUrl(regionParam);
    }
    String apiRegion = env.get(Parameters.ENV_API_REGION);
    if (isHttpUrl(apiRegion)) {
      return checkedUrl(apiRegion, "the environment variable " + Parameters.ENV_API_REGION);
    }
    String envRegion = env.get(Parameters.ENV_REGION);
    return Regions.apiUrl(present(envRegion) ? envRegion : Regions.DEFAULT_REGION);
  }

  /**
   * The login URL, for the token request.
   *
   * @return {@link #loginUrl()}
   * @throws GenesysException when there is none; the message says how to give one
   */
  public String requireLoginUrl() throws GenesysException {
    if (loginUrl == null) {
      throw new GenesysException(
          "Cannot tell the OAuth login URL from the API URL "
              + apiUrl
              + ": its host does not start with \"api.\". Set "
              + Parameters.LOGIN_URL
              + " to the OAuth base URL (for example https://login.mypurecloud.com), or give an"
              + " access token in the environment variable "
              + Parameters.ENV_ACCESS_TOKEN
              + ".");
    }
    return loginUrl;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean isHttpUrl(String value) {
    if (value == null) {
      return false;
    }
    String lower = value.trim().toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static String checkedUrl(String value, String origin) throws GenesysException {
    String url = value.trim();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    String problem = problemWith(url);
    if (problem != null) {
      throw new GenesysException(
          origin
              + " \""
              + USER_INFO.matcher(url).replaceFirst("$1****@")
              + "\" is not a usable URL: "
              + problem
              + ". Give a base URL such as https://api.mypurecloud.com (API) or"
              + " https://login.mypurecloud.com (login).");
    }
    return url;
  }

  private static String problemWith(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return e.getReason() + " at index " + e.getIndex();
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return "it must start with https:// or http://";
    }
    if (uri.getHost() == null) {
      return "it has no host name";
    }
    if (uri.getRawUserInfo() != null) {
      return "it must not hold a user name or password (give credentials in settings.xml or the"
          + " environment)";
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "it must not have a query (?) or fragment (#)";
    }
    return null;
  }
}
