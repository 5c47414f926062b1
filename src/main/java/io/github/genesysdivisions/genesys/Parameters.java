package io.github.genesysdivisions.genesys;

/** The user properties and environment variables that messages of this package point at. */
final class Parameters {

  static final String REGION = "-Dgenesys.divisions.region";
  static final String API_URL = "-Dgenesys.divisions.apiUrl";
  static final String LOGIN_URL = "-Dgenesys.divisions.loginUrl";
  static final String SERVER_ID = "-Dgenesys.divisions.serverId";
  static final String SNAPSHOT = "-Dgenesys.divisions.snapshot";
  static final String TIMEOUT_SECONDS = "-Dgenesys.divisions.timeoutSeconds";

  static final String ENV_REGION = "GENESYSCLOUD_REGION";
  static final String ENV_API_REGION = "GENESYSCLOUD_API_REGION";
  static final String ENV_CLIENT_ID = "GENESYSCLOUD_OAUTHCLIENT_ID";
  static final String ENV_CLIENT_SECRET = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
  static final String ENV_ACCESS_TOKEN = "GENESYSCLOUD_ACCESS_TOKEN";

  private Parameters() {}
}
