package io.github.genesysdivisions.check;

import io.github.genesysdivisions.state.StatePuller;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to check.
 *
 * @param terraformDirectory the root module
 * @param stateFile the state file given by the user, or {@code null} for the default
 *     {@code terraform.tfstate} beside the .tf files, read when it exists
 * @param statePuller reads the state with {@code terraform state pull} instead, or {@code null}
 * @param options how to compare and what blocks
 * @param varFiles extra {@code -var-file}s, applied in order after the automatic tfvars files;
 *     relative ones are read against {@code terraformDirectory}
 * @param variables {@code -var name=value}s, applied last
 * @param readTfVarEnv whether {@code TF_VAR_<name>} environment variables are read
 * @param environment the environment Terraform would see ({@code TF_VAR_*}, {@code TF_WORKSPACE})
 */
public record CheckRequest(
    Path terraformDirectory,
    Path stateFile,
    StatePuller statePuller,
    CheckOptions options,
    List<Path> varFiles,
    Map<String, String> variables,
    boolean readTfVarEnv,
    Map<String, String> environment) {

  public CheckRequest {
    Objects.requireNonNull(terraformDirectory, "terraformDirectory");
    Objects.requireNonNull(options, "options");
    if (stateFile != null && statePuller != null) {
      throw new IllegalArgumentException(
          "Give -Dgenesys.divisions.stateFile or -Dgenesys.divisions.pullState=true, not both.");
    }
    varFiles = List.copyOf(varFiles);
    variables = Map.copyOf(variables);
    environment = Map.copyOf(environment);
  }

  /** A request that reads the state from a file, or the default file, with no variables given. */
  public CheckRequest(Path terraformDirectory, Path stateFile, CheckOptions options) {
    this(terraformDirectory, stateFile, null, options, List.of(), Map.of(), false, Map.of());
  }
}
