package io.github.genesysdivisions.terraform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inputs Terraform takes besides the configuration files, as the plugin is given them.
 *
 * @param varFiles {@code -var-file}s, applied in order after the automatic tfvars files
 * @param variables {@code -var name=value}s, applied last
 * @param environment the environment ({@code TF_VAR_<name>}, {@code TF_WORKSPACE})
 * @param readTfVarEnv whether {@code TF_VAR_<name>} variables are read
 */
public record TerraformInputs(
    List<Path> varFiles, Map<String, String> variables, Map<String, String> environment, boolean readTfVarEnv) {

  /** No inputs: variables take their defaults, the workspace is {@code default}. */
  public static final TerraformInputs NONE = new TerraformInputs(List.of(), Map.of(), Map.of(), false);

  public TerraformInputs {
    varFiles = List.copyOf(varFiles);
    variables = Map.copyOf(variables);
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }
}
