package io.github.genesysdivisions.maven;

/** Every user property of the plugin: one prefix, {@code genesys.divisions.}. */
public final class PropertyNames {

  public static final String PREFIX = "genesys.divisions.";

  public static final String TERRAFORM_DIRECTORY = PREFIX + "terraformDirectory";
  public static final String VAR_FILES = PREFIX + "varFiles";
  public static final String READ_TF_VAR_ENV = PREFIX + "readTfVarEnv";
  public static final String STATE_FILE = PREFIX + "stateFile";
  public static final String PULL_STATE = PREFIX + "pullState";
  public static final String TERRAFORM_EXECUTABLE = PREFIX + "terraformExecutable";
  public static final String REGION = PREFIX + "region";
  public static final String API_URL = PREFIX + "apiUrl";
  public static final String LOGIN_URL = PREFIX + "loginUrl";
  public static final String SERVER_ID = PREFIX + "serverId";
  public static final String SNAPSHOT = PREFIX + "snapshot";
  public static final String ON_CONFLICT = PREFIX + "onConflict";
  public static final String OUTPUT_DIRECTORY = PREFIX + "outputDirectory";
  public static final String CASE_SENSITIVE_NAMES = PREFIX + "caseSensitiveNames";
  public static final String FAIL_ON_UNRESOLVED = PREFIX + "failOnUnresolved";
  public static final String CHECK_DATA_SOURCES = PREFIX + "checkDataSources";
  public static final String TIMEOUT_SECONDS = PREFIX + "timeoutSeconds";
  public static final String SKIP = PREFIX + "skip";

  private PropertyNames() {}
}
