package io.github.genesysdivisions.genesys;

import java.util.Map;
import java.util.Objects;

/**
 * How the plugin authenticates with Genesys Cloud: OAuth client credentials, exchanged for a token,
 * or an access token given as is. {@link Object#toString()} never shows a secret or a token.
 */
public sealed interface Credentials permits Credentials.ClientCredentials, Credentials.AccessToken {

  /**
   * Where the credentials came from, for messages, such as {@code settings.xml server
   * "genesyscloud"} or {@code environment GENESYSCLOUD_ACCESS_TOKEN}.
   *
   * @return a short description, free of secrets
   */
  String source();

  /**
   * Finds the credentials, as the Terraform provider would plus Maven's settings.xml: a
   * settings.xml server wins; then the environment variable {@code GENESYSCLOUD_ACCESS_TOKEN}
   * (which the provider uses instead of client credentials when it is set); then {@code
   * GENESYSCLOUD_OAUTHCLIENT_ID} with {@code GENESYSCLOUD_OAUTHCLIENT_SECRET}. Blank values count
   * as absent.
   *
   * @param fromSettings the settings.xml server named by {@code serverId}, or {@code null} when
   *     there is none
   * @param env the environment variables
   * @return the credentials to use
   * @throws GenesysException when there are none, or they are incomplete; the message shows every
   *     way to give them
   */
  static Credentials resolve(ServerCredentials fromSettings, Map<String, String> env)
      throws GenesysException {
    if (fromSettings != null) {
      return fromSettings(fromSettings);
    }
    String token = env.get(Parameters.ENV_ACCESS_TOKEN);
    if (present(token)) {
      return new AccessToken(token.trim(), "environment " + Parameters.ENV_ACCESS_TOKEN);
    }
    String clientId = env.get(Parameters.ENV_CLIENT_ID);
    String clientSecret = env.get(Parameters.ENV_CLIENT_SECRET);
    if (present(clientId) && present(clientSecret)) {
      return new ClientCredentials(
          clientId.trim(),
          clientSecret.trim(),
          "environment " + Parameters.ENV_CLIENT_ID + "/_SECRET");
    }
    if (present(clientId) || present(clientSecret)) {
      String set = present(clientId) ? Parameters.ENV_CLIENT_ID : Parameters.ENV_CLIENT_SECRET;
      String unset = present(clientId) ? Parameters.ENV_CLIENT_SECRET : Parameters.ENV_CLIENT_ID;
      throw new GenesysException(
          "The environment variable "
              + set
              + " is set but "
              + unset
              + " is not: set both (the OAuth client id and its secret), or neither. "
              + waysToAuthenticate());
    }
    throw new GenesysException("No Genesys Cloud credentials found. " + waysToAuthenticate());
  }

  private static ClientCredentials fromSettings(ServerCredentials server) throws GenesysException {
    String missing =
        !present(server.username())
            ? "<username> (the OAuth client id)"
            : !present(server.password()) ? "<password> (the OAuth client secret)" : null;
    if (missing != null) {
      throw new GenesysException(
          server
              + " has no "
              + missing
              + ": give the OAuth client id as <username> and its secret as <password>.");
    }
    return new ClientCredentials(
        server.username().trim(), server.password().trim(), server.toString());
  }

  private static String waysToAuthenticate() {
    return "Give them in one of these ways:\n"
        + "  1. a <server> in ~/.m2/settings.xml with <id>genesyscloud</id> (or the id set by "
        + Parameters.SERVER_ID
        + "), the OAuth client id as <username> and its secret as <password>"
        + " (encrypted with mvn --encrypt-password if you like);\n"
        + "  2. the environment variables "
        + Parameters.ENV_CLIENT_ID
        + " and "
        + Parameters.ENV_CLIENT_SECRET
        + ";\n"
        + "  3. an access token in the environment variable "
        + Parameters.ENV_ACCESS_TOKEN
        + ".\n"
        + "Or check against a saved list of divisions with "
        + Parameters.SNAPSHOT
        + "=<file.json>.";
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * OAuth client credentials, exchanged for a token at the login URL.
   *
   * @param clientId the OAuth client id
   * @param clientSecret the client secret; never shown by {@link #toString()}
   * @param source where they came from
   */
  record ClientCredentials(String clientId, String clientSecret, String source)
      implements Credentials {

    public ClientCredentials {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(clientSecret, "clientSecret");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
      return "OAuth client credentials from " + source;
    }
  }

  /**
   * An access token, used as is.
   *
   * @param token the token; never shown by {@link #toString()}
   * @param source where it came from
   */
  record AccessToken(String token, String source) implements Credentials {

    public AccessToken {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
      return "access token from " + source;
    }
  }
}
