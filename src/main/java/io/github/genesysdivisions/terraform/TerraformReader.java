package io.github.genesysdivisions.terraform;

import io.github.genesysdivisions.terraform.hcl.Body;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the {@code genesyscloud_auth_division} resources and data sources of a Terraform
 * configuration as Terraform would see them at plan time: every {@code .tf} and {@code .tf.json}
 * file of the root module (override files merged), the variables from tfvars files, varFiles,
 * variables and {@code TF_VAR_} environment variables, locals, functions, {@code count} and
 * {@code for_each}, and the modules the root module calls (local ones, and remote ones that
 * {@code .terraform/modules/modules.json} locates). A name that Terraform could know only during
 * apply is reported as unresolved, with the reason and the place; nothing is ever fetched from the
 * network.
 */
public final class TerraformReader {

  /** Reads a root module with no variables given (defaults only, workspace {@code default}). */
  public TerraformConfiguration read(Path terraformDirectory)
      throws IOException, TerraformSyntaxException, TerraformEvaluationException {
    return read(terraformDirectory, TerraformInputs.NONE);
  }

  /**
   * Reads the division declarations of a root module and the modules it calls.
   *
   * @param terraformDirectory the directory holding the root module's files
   * @param inputs the variables and environment Terraform would be run with
   * @return the instances, each list sorted by address, and the warnings
   * @throws IOException when the directory or a file cannot be read; a missing directory is a
   *     {@link NoSuchFileException}
   * @throws TerraformSyntaxException at the first syntax error, or at a block Terraform would
   *     reject (wrong labels, an address declared twice)
   * @throws TerraformEvaluationException at the first expression Terraform would fail to evaluate
   */
  public TerraformConfiguration read(Path terraformDirectory, TerraformInputs inputs)
      throws IOException, TerraformSyntaxException, TerraformEvaluationException {
    return new ConfigurationLoader(terraformDirectory, inputs).read();
  }

  /**
   * Parses one configuration file ({@code .tf} or {@code .tf.json}) into its syntax tree.
   *
   * @param file the file, read as UTF-8
   * @param relativeName the name positions carry: relative to the Terraform directory, with
   *     {@code /}
   */
  public static Body parseFile(Path file, String relativeName)
      throws IOException, TerraformSyntaxException {
    return ModuleSource.parse(file, relativeName);
  }
}
