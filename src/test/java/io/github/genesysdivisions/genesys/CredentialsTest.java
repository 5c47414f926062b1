package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private static final ServerCredentials SERVER =
      new ServerCredentials("genesyscloud", "settings-id", "settings-secret");
  private static final Map<String, String> ENV_CLIENT =
      Map.of(
          "GENESYSCLOUD_OAUTHCLIENT_ID", "env-id",
          "GENESYSCLOUD_OAUTHCLIENT_SECRET", "env-secret");
  private static final Map<String, String> ENV_ALL =
      Map.of(
          "GENESYSCLOUD_OAUTHCLIENT_ID", "env-id",
          "GENESYSCLOUD_OAUTHCLIENT_SECRET", "env-secret",
          "GENESYSCLOUD_ACCESS_TOKEN", "env-token");

  private static final String WAYS =
      "Give them in one of these ways:\n"
          + "  1. a <server> in ~/.m2/settings.xml with <id>genesyscloud</id> (or the id set by"
          + " -Dgenesys.divisions.serverId), the OAuth client id as <username> and its secret as"
          + " <password> (encrypted with mvn --encrypt-password if you like);\n"
          + "  2. the environment variables GENESYSCLOUD_OAUTHCLIENT_ID and"
          + " GENESYSCLOUD_OAUTHCLIENT_SECRET;\n"
          + "  3. an access token in the environment variable GENESYSCLOUD_ACCESS_TOKEN.\n"
          + "Or check against a saved list of divisions with"
          + " -Dgenesys.divisions.snapshot=<file.json>.";

  @Test
  void settingsXmlWinsOverTheEnvironment() throws GenesysException {
    assertEquals(
        new Credentials.ClientCredentials(
            "settings-id", "settings-secret", "settings.xml server \"genesyscloud\""),
        Credentials.resolve(SERVER, ENV_ALL));
  }

  @Test
  void anAccessTokenWinsOverEnvironmentClientCredentialsAsInTheProvider() throws GenesysException {
    assertEquals(
        new Credentials.AccessToken("env-token", "environment GENESYSCLOUD_ACCESS_TOKEN"),
        Credentials.resolve(null, ENV_ALL));
  }

  @Test
  void environmentClientCredentials() throws GenesysException {
    assertEquals(
        new Credentials.ClientCredentials(
            "env-id", "env-secret", "environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET"),
        Credentials.resolve(null, ENV_CLIENT));
  }

  @Test
  void blankValuesCountAsAbsent() throws GenesysException {
    Map<String, String> env =
        Map.of(
            "GENESYSCLOUD_ACCESS_TOKEN", " ",
            "GENESYSCLOUD_OAUTHCLIENT_ID", "env-id",
            "GENESYSCLOUD_OAUTHCLIENT_SECRET", "env-secret");

    assertEquals(
        new Credentials.ClientCredentials(
            "env-id", "env-secret", "environment GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET"),
        Credentials.resolve(null, env));
  }

  @Test
  void aClientIdWithoutSecretIsAnError() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () -> Credentials.resolve(null, Map.of("GENESYSCLOUD_OAUTHCLIENT_ID", "env-id")));

    assertEquals(
        "The environment variable GENESYSCLOUD_OAUTHCLIENT_ID is set but"
            + " GENESYSCLOUD_OAUTHCLIENT_SECRET is not: set both (the OAuth client id and its"
            + " secret), or neither. "
            + WAYS,
        e.getMessage());
  }

  @Test
  void aSecretWithoutClientIdIsAnErrorThatDoesNotShowIt() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                Credentials.resolve(null, Map.of("GENESYSCLOUD_OAUTHCLIENT_SECRET", "env-secret")));

    assertEquals(
        "The environment variable GENESYSCLOUD_OAUTHCLIENT_SECRET is set but"
            + " GENESYSCLOUD_OAUTHCLIENT_ID is not: set both (the OAuth client id and its"
            + " secret), or neither. "
            + WAYS,
        e.getMessage());
  }

  @Test
  void noCredentialsShowsTheThreeWays() {
    GenesysException e =
        assertThrows(GenesysException.class, () -> Credentials.resolve(null, Map.of()));

    assertEquals("No Genesys Cloud credentials found. " + WAYS, e.getMessage());
  }

  @Test
  void aSettingsServerWithoutPasswordIsAnError() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                Credentials.resolve(
                    new ServerCredentials("genesys-prod", "settings-id", null), ENV_ALL));

    assertEquals(
        "settings.xml server \"genesys-prod\" has no <password> (the OAuth client secret): give"
            + " the OAuth client id as <username> and its secret as <password>.",
        e.getMessage());
  }

  @Test
  void aSettingsServerWithoutUsernameIsAnError() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () -> Credentials.resolve(new ServerCredentials("genesyscloud", " ", "pw"), Map.of()));

    assertEquals(
        "settings.xml server \"genesyscloud\" has no <username> (the OAuth client id): give the"
            + " OAuth client id as <username> and its secret as <password>.",
        e.getMessage());
  }

  @Test
  void toStringNeverShowsASecretOrToken() throws GenesysException {
    Credentials client = Credentials.resolve(SERVER, Map.of());
    Credentials token = Credentials.resolve(null, ENV_ALL);

    assertEquals(
        "OAuth client credentials from settings.xml server \"genesyscloud\"", client.toString());
    assertEquals("access token from environment GENESYSCLOUD_ACCESS_TOKEN", token.toString());
    assertEquals("settings.xml server \"genesyscloud\"", SERVER.toString());
    assertFalse(client.toString().contains("settings-secret"));
    assertFalse(token.toString().contains("env-token"));
    assertFalse(SERVER.toString().contains("settings-secret"));
  }
}
