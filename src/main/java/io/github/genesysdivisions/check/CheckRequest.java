package io.github.genesysdivisions.check;

import io.github.genesysdivisions.state.StatePuller;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to check.
 *
 * @param terraformDirectory the root module
 * @param stateFile the state file given by the user, or {@code null} for the default
 *     {@code terraform.tfstate} beside the .tf files, read when it exists
 * @param statePuller reads the state with {@code terraform state pull} instead, or {@code null}
 * @param options how to compare and what blocks
 */
public record CheckRequest(
    Path terraformDirectory, Path stateFile, StatePuller statePuller, CheckOptions options) {

  public CheckRequest {
    Objects.requireNonNull(terraformDirectory, "terraformDirectory");
    Objects.requireNonNull(options, "options");
    if (stateFile != null && statePuller != null) {
      throw new IllegalArgumentException(
          "Give -Dgenesys.divisions.stateFile or -Dgenesys.divisions.pullState=true, not both.");
    }
  }

  /** A request that reads the state from a file, or from the default file. */
  public CheckRequest(Path terraformDirectory, Path stateFile, CheckOptions options) {
    this(terraformDirectory, stateFile, null, options);
  }
}
