package io.github.genesysdivisions.check;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check.
 *
 * @param terraformDirectory the root module
 * @param stateFile the state file given by the user, or {@code null} for the default
 *     {@code terraform.tfstate} beside the .tf files, read when it exists
 * @param options how to compare and what blocks
 */
public record CheckRequest(Path terraformDirectory, Path stateFile, CheckOptions options) {

  public CheckRequest {
    Objects.requireNonNull(terraformDirectory, "terraformDirectory");
    Objects.requireNonNull(options, "options");
  }
}
