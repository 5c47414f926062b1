package io.github.genesysdivisions.maven;

import io.github.genesysdivisions.check.CheckException;
import io.github.genesysdivisions.check.CheckOptions;
import io.github.genesysdivisions.check.CheckRequest;
import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.DivisionCheck;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.OnConflict;
import io.github.genesysdivisions.genesys.ApiDivisionSource;
import io.github.genesysdivisions.genesys.Credentials;
import io.github.genesysdivisions.genesys.DivisionSourceOpener;
import io.github.genesysdivisions.genesys.Endpoints;
import io.github.genesysdivisions.genesys.GenesysException;
import io.github.genesysdivisions.genesys.ProxySettings;
import io.github.genesysdivisions.genesys.ServerCredentials;
import io.github.genesysdivisions.genesys.SnapshotSource;
import io.github.genesysdivisions.report.ConsoleLine;
import io.github.genesysdivisions.report.ConsoleReport;
import io.github.genesysdivisions.report.OutputWriter;
import io.github.genesysdivisions.state.StatePuller;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Checks, before {@code terraform apply}, that the {@code genesyscloud_auth_division} resources of
 * a Terraform configuration can be created: it reads the configuration and its state, asks the
 * Genesys Cloud org (or a snapshot of it) which divisions exist, and reports every division that
 * would make the apply fail with 409 Conflict, writing an import script that brings the existing
 * ones under management.
 *
 * @since 0.1.0
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public class CheckMojo extends AbstractMojo {

  /**
   * The Terraform root module to read: every {@code .tf} file directly in it.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TERRAFORM_DIRECTORY, defaultValue = "${project.basedir}/terraform")
  private File terraformDirectory;

  /**
   * Extra variable files, as Terraform's {@code -var-file}: comma-separated, applied in order after
   * the automatic ones ({@code terraform.tfvars}, {@code terraform.tfvars.json},
   * {@code *.auto.tfvars}, {@code *.auto.tfvars.json}). Relative paths are resolved against the
   * project base directory.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.VAR_FILES)
  private List<String> varFiles;

  /**
   * Variable values, as Terraform's {@code -var name=value}, applied last. A variable of a complex
   * type (list, map, object, ...) takes an HCL expression, such as {@code ["a", "b"]}. POM only.
   *
   * @since 0.1.0
   */
  @Parameter
  private Map<String, String> variables;

  /**
   * Read {@code TF_VAR_<name>} environment variables, as Terraform does (the lowest precedence).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.READ_TF_VAR_ENV, defaultValue = "true")
  private boolean readTfVarEnv;

  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  private File baseDirectory;

  /**
   * A Terraform state file (format version 4) or the output of {@code terraform show -json}.
   * Default: {@code terraform.tfstate} in the Terraform directory, when it exists; without a state
   * every instance is checked as new.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.STATE_FILE)
  private File stateFile;

  /**
   * Read the state by running {@code <terraformExecutable> state pull} in the Terraform directory
   * (for a remote backend, with the backend's own credentials), within {@code timeoutSeconds},
   * instead of reading a state file.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.PULL_STATE, defaultValue = "false")
  private boolean pullState;

  /**
   * The Terraform binary the import script runs by default (the script's {@code TERRAFORM}
   * environment variable overrides it); {@code tofu} works.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TERRAFORM_EXECUTABLE, defaultValue = "terraform")
  private String terraformExecutable;

  /**
   * The Genesys Cloud region, as the provider names it ({@code us-east-1}, {@code eu-west-1}, ...).
   * Default: the environment variable {@code GENESYSCLOUD_REGION}, else {@code us-east-1}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REGION)
  private String region;

  /**
   * The API base URL. Default: {@code https://api.<domain of the region>}, or the environment
   * variable {@code GENESYSCLOUD_API_REGION} when it holds a URL.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.API_URL)
  private String apiUrl;

  /**
   * The OAuth base URL. Default: derived from the API URL by replacing its leading {@code api} host
   * label with {@code login} ({@code https://api.mypurecloud.ie} gives
   * {@code https://login.mypurecloud.ie}).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.LOGIN_URL)
  private String loginUrl;

  /**
   * The {@code <server>} of settings.xml holding the OAuth client: username = client id, password =
   * client secret (encrypted passwords are decrypted as Maven does). When there is no such server,
   * the environment variable {@code GENESYSCLOUD_ACCESS_TOKEN}, else
   * {@code GENESYSCLOUD_OAUTHCLIENT_ID} and {@code GENESYSCLOUD_OAUTHCLIENT_SECRET}, are used, as
   * the provider reads them.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SERVER_ID, defaultValue = "genesyscloud")
  private String serverId;

  /**
   * Read the org's divisions from this JSON file instead of the API: a division listing as the API
   * returns it, or a JSON array of divisions.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SNAPSHOT)
  private File snapshot;

  /**
   * What blocking findings do: {@code fail} fails the build; {@code script} lets conflicts that
   * the import script resolves pass (other blocking findings still fail); {@code warn} never fails.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ON_CONFLICT, defaultValue = "fail")
  private String onConflict;

  /**
   * Where {@code report.json}, {@code TEST-genesys-divisions.xml}, {@code import.sh} and
   * {@code imports.tf} are written.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/genesys-divisions")
  private File outputDirectory;

  /**
   * When false, names that differ only in letter case collide.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CASE_SENSITIVE_NAMES, defaultValue = "false")
  private boolean caseSensitiveNames;

  /**
   * Fail the build when a division's name cannot be known before apply.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FAIL_ON_UNRESOLVED, defaultValue = "false")
  private boolean failOnUnresolved;

  /**
   * Check that the names of {@code data "genesyscloud_auth_division"} lookups exist in the org.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CHECK_DATA_SOURCES, defaultValue = "true")
  private boolean checkDataSources;

  /**
   * A bound, in seconds, on all the work with the API (retries included), and on
   * {@code state pull}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TIMEOUT_SECONDS, defaultValue = "60")
  private int timeoutSeconds;

  /**
   * Do nothing.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  private final SettingsDecrypter settingsDecrypter;

  @Inject
  public CheckMojo(SettingsDecrypter settingsDecrypter) {
    this.settingsDecrypter = settingsDecrypter;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("Skipping the Genesys Cloud division check (" + PropertyNames.SKIP + "=true).");
      return;
    }
    OnConflict mode = onConflictMode();
    if (timeoutSeconds <= 0) {
      throw new MojoExecutionException(
          "-D" + PropertyNames.TIMEOUT_SECONDS + "=" + timeoutSeconds + " must be a positive number of seconds.");
    }
    if (pullState && stateFile != null) {
      throw new MojoExecutionException("Give -D" + PropertyNames.STATE_FILE + " or -D"
          + PropertyNames.PULL_STATE + "=true, not both.");
    }
    Path terraformPath = withoutProject(terraformDirectory, "terraform");
    Path outputPath = withoutProject(outputDirectory, "target/genesys-divisions");
    CheckRequest request = new CheckRequest(
        terraformPath,
        stateFile == null ? null : stateFile.toPath(),
        pullState ? new StatePuller(terraformExecutable, Duration.ofSeconds(timeoutSeconds)) : null,
        new CheckOptions(caseSensitiveNames, failOnUnresolved, checkDataSources),
        varFilePaths(),
        variableValues(),
        readTfVarEnv,
        System.getenv());
    CheckResult result;
    List<Path> written;
    try {
      result = new DivisionCheck().run(request, divisionSource());
      written = new OutputWriter(outputPath, terraformExecutable, pluginVersion()).write(result);
    } catch (CheckException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the reports to " + outputPath + ": " + e.getMessage()
              + ". Check -D" + PropertyNames.OUTPUT_DIRECTORY + ".", e);
    }
    for (ConsoleLine line : ConsoleReport.lines(result, written, outputPath)) {
      switch (line.level()) {
        case ERROR -> log.error(line.text());
        case WARNING -> log.warn(line.text());
        case INFO -> log.info(line.text());
        case DEBUG -> log.debug(line.text());
      }
    }
    List<Finding> failing = result.findings().stream().filter(mode::failsBuild).toList();
    if (!failing.isEmpty()) {
      throw new MojoFailureException(failureMessage(failing, result, outputPath));
    }
  }

  /** The variables, an empty element being the empty string. */
  private Map<String, String> variableValues() {
    Map<String, String> values = new TreeMap<>();
    if (variables != null) {
      variables.forEach((name, value) -> values.put(name, value == null ? "" : value));
    }
    return values;
  }

  /** The varFiles, split at commas and resolved against the project base directory. */
  private List<Path> varFilePaths() {
    List<Path> paths = new ArrayList<>();
    if (varFiles != null) {
      Path base = baseDirectory == null ? Path.of("") : baseDirectory.toPath();
      for (String entry : varFiles) {
        for (String part : entry.split(",")) {
          if (!part.isBlank()) {
            paths.add(base.resolve(part.strip()));
          }
        }
      }
    }
    return paths;
  }

  private OnConflict onConflictMode() throws MojoExecutionException {
    try {
      return OnConflict.parse(onConflict);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private Optional<DivisionSourceOpener> divisionSource() {
    if (snapshot != null) {
      return Optional.of(() -> {
        getLog().info("Reading the org's divisions from the snapshot " + snapshot + ".");
        return new SnapshotSource(snapshot.toPath());
      });
    }
    if (session != null && session.isOffline()) {
      getLog().warn("Offline (-o) and no -D" + PropertyNames.SNAPSHOT + ": the org was not asked, so"
          + " CREATE, MANAGED, HOME, CONFLICT, HOME_NAME, STALE_STATE, RENAME_CONFLICT, DRIFT,"
          + " MISSING_LOOKUP and LIMIT_EXCEEDED were not checked; DUPLICATE, UNRESOLVED and"
          + " UNSUPPORTED_ARGUMENT were.");
      return Optional.empty();
    }
    return Optional.of(this::apiSource);
  }

  /** The API source: endpoints and credentials are resolved only when the org is asked. */
  private ApiDivisionSource apiSource() throws GenesysException {
    Map<String, String> environment = System.getenv();
    Endpoints endpoints = Endpoints.resolve(region, apiUrl, loginUrl, environment);
    Credentials credentials = Credentials.resolve(serverCredentials(), environment);
    getLog().info("Asking " + endpoints.apiUrl() + " for the org's divisions, authenticating with "
        + credentials.source() + ".");
    Optional<ProxySettings> proxy =
        ProxySettings.resolve(settingsProxies(), environment, endpoints.apiUrl());
    proxy.ifPresent(p -> getLog().info("Reaching Genesys Cloud through the proxy " + p + "."));
    return new ApiDivisionSource(endpoints, credentials, proxy, Duration.ofSeconds(timeoutSeconds));
  }

  /** The active proxies of settings.xml, passwords decrypted, for the core to choose from. */
  private List<ProxySettings> settingsProxies() throws GenesysException {
    List<ProxySettings> proxies = new ArrayList<>();
    for (Proxy proxy : settings == null ? List.<Proxy>of() : settings.getProxies()) {
      if (!proxy.isActive()) {
        continue;
      }
      Proxy plain = decrypted(new DefaultSettingsDecryptionRequest(proxy),
          "proxy \"" + proxy.getId() + "\"").getProxy();
      proxies.add(new ProxySettings(plain.getProtocol(), plain.getHost(), plain.getPort(),
          plain.getUsername(), plain.getPassword(), plain.getNonProxyHosts(),
          "settings.xml proxy \"" + plain.getId() + "\""));
    }
    return proxies;
  }

  private ServerCredentials serverCredentials() throws GenesysException {
    if (settings == null || serverId == null || serverId.isBlank()) {
      return null;
    }
    Server server = settings.getServer(serverId);
    if (server == null) {
      return null;
    }
    Server plain = decrypted(new DefaultSettingsDecryptionRequest(server),
        "server \"" + serverId + "\"").getServer();
    return new ServerCredentials(serverId, plain.getUsername(), plain.getPassword());
  }

  /** Decrypts a settings.xml server or proxy as Maven does; a failure names it. */
  private SettingsDecryptionResult decrypted(DefaultSettingsDecryptionRequest request, String what)
      throws GenesysException {
    SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(request);
    for (SettingsProblem problem : decrypted.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new GenesysException("Cannot decrypt the password of the settings.xml " + what + ": "
            + problem.getMessage()
            + ". Check ~/.m2/settings-security.xml, or encrypt it again with mvn --encrypt-password.");
      }
    }
    return decrypted;
  }

  /**
   * A default that refers to the project, when Maven runs without one ({@code requiresProject =
   * false} on a bare folder of .tf files), is left unresolved: it is then taken relative to the
   * directory Maven runs in.
   */
  private Path withoutProject(File configured, String relative) {
    if (!configured.getPath().contains("${")) {
      return configured.toPath();
    }
    String root = session == null ? null : session.getExecutionRootDirectory();
    return (root == null ? Path.of("").toAbsolutePath() : Path.of(root)).resolve(relative);
  }

  private static String failureMessage(List<Finding> failing, CheckResult result, Path outputPath) {
    StringBuilder message = new StringBuilder()
        .append(failing.size())
        .append(" Genesys Cloud division finding(s) would make terraform apply fail; see the [ERROR]")
        .append(" lines above and ").append(outputPath.resolve(OutputWriter.REPORT_JSON))
        .append('.');
    if (!result.importPlan().isEmpty()) {
      message.append(" Review and run ").append(outputPath.resolve(OutputWriter.IMPORT_SH))
          .append(" to import the divisions that already exist, or set -D")
          .append(PropertyNames.ON_CONFLICT).append("=script to let such conflicts pass.");
    }
    return message.toString();
  }

  private static String pluginVersion() {
    Properties properties = new Properties();
    try (InputStream in = CheckMojo.class.getResourceAsStream("/io/github/genesysdivisions/plugin.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
