package io.github.genesysdivisions.check;

import io.github.genesysdivisions.genesys.DivisionSource;
import io.github.genesysdivisions.genesys.GenesysException;
import io.github.genesysdivisions.state.StateException;
import io.github.genesysdivisions.state.StateReader;
import io.github.genesysdivisions.state.TerraformState;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import io.github.genesysdivisions.terraform.TerraformReader;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The check, end to end: reads the configuration, the state and the org, and reconciles them. It
 * only reads; writing the outputs is the caller's next step.
 */
public final class DivisionCheck {

  /** The state file Terraform's local backend writes beside the configuration. */
  public static final String DEFAULT_STATE_FILE = "terraform.tfstate";

  /**
   * Runs the check.
   *
   * @param request what to check
   * @param org where the org's divisions come from, or empty to check offline (only what needs no
   *     org)
   */
  public CheckResult run(CheckRequest request, Optional<DivisionSource> org) throws CheckException {
    List<String> warnings = new ArrayList<>();
    TerraformConfiguration configuration = readConfiguration(request.terraformDirectory());
    TerraformState state = readState(request, warnings);
    Optional<OrgDivisions> divisions = Optional.empty();
    String source = "offline";
    if (org.isPresent()) {
      try {
        divisions = Optional.of(new OrgDivisions(org.get().listDivisions()));
      } catch (GenesysException e) {
        throw new CheckException(e.getMessage(), e);
      }
      source = org.get().sourceName();
    }
    List<Finding> findings =
        new Reconciler(request.options()).reconcile(configuration, state, divisions);
    return new CheckResult(request.terraformDirectory(), source, configuration, findings, warnings);
  }

  private static TerraformConfiguration readConfiguration(Path directory) throws CheckException {
    try {
      return new TerraformReader().read(directory);
    } catch (TerraformSyntaxException e) {
      throw new CheckException(
          directory.resolve(e.position().file()) + ":" + e.position().line() + ":"
              + e.position().column() + ": " + problem(e) + " Fix the Terraform syntax; 'terraform"
              + " validate' reports the same place.", e);
    } catch (IOException e) {
      throw new CheckException(
          "Cannot read the Terraform configuration: " + e.getMessage()
              + ". Set -Dgenesys.divisions.terraformDirectory to the directory of the root module.", e);
    }
  }

  private static String problem(TerraformSyntaxException e) {
    String message = e.getMessage();
    String prefix = e.position() + ": ";
    String text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return text.endsWith(".") ? text : text + ".";
  }

  private static TerraformState readState(CheckRequest request, List<String> warnings)
      throws CheckException {
    Path file = request.stateFile();
    if (file == null) {
      file = request.terraformDirectory().resolve(DEFAULT_STATE_FILE);
      if (!Files.exists(file)) {
        warnings.add("No state at " + file + ": every instance is checked as new. If the state is"
            + " remote, run 'terraform state pull > state.json' and pass"
            + " -Dgenesys.divisions.stateFile=state.json.");
        return TerraformState.empty(file.toString());
      }
    } else if (!Files.exists(file)) {
      throw new CheckException("The state file " + file + " does not exist. Fix"
          + " -Dgenesys.divisions.stateFile, or leave it out to use " + DEFAULT_STATE_FILE
          + " beside the .tf files.", null);
    }
    try {
      return new StateReader().read(file);
    } catch (StateException e) {
      throw new CheckException(e.getMessage(), e);
    }
  }
}
