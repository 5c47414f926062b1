package io.github.genesysdivisions.check;

import io.github.genesysdivisions.genesys.DivisionCapacity;
import io.github.genesysdivisions.genesys.DivisionSource;
import io.github.genesysdivisions.genesys.DivisionSourceOpener;
import io.github.genesysdivisions.genesys.GenesysException;
import io.github.genesysdivisions.state.StateEntry;
import io.github.genesysdivisions.state.StateException;
import io.github.genesysdivisions.state.StateReader;
import io.github.genesysdivisions.state.TerraformState;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.SourcePosition;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import io.github.genesysdivisions.terraform.TerraformEvaluationException;
import io.github.genesysdivisions.terraform.TerraformInputs;
import io.github.genesysdivisions.terraform.TerraformReader;
import io.github.genesysdivisions.terraform.TerraformSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
   * @param org opens the source of the org's divisions once the configuration and the state are
   *     read; empty to check offline (only what needs no org)
   */
  public CheckResult run(CheckRequest request, Optional<DivisionSourceOpener> org)
      throws CheckException {
    List<String> warnings = new ArrayList<>();
    TerraformConfiguration configuration = readConfiguration(request);
    warnings.addAll(configuration.warnings());
    TerraformState state = readState(request, warnings);
    Reconciler reconciler = new Reconciler(request.options());
    if (org.isEmpty()) {
      List<Finding> findings = reconciler.reconcile(configuration, state, Optional.empty());
      return new CheckResult(request.terraformDirectory(), "offline", configuration, findings, warnings);
    }
    try (DivisionSource source = org.get().open()) {
      OrgDivisions divisions = new OrgDivisions(
          source.find(namesOf(configuration), idsOf(state)),
          configuration.resources().stream().anyMatch(DivisionInstance::home)
              ? source.home()
              : Optional.empty());
      List<Finding> findings = reconciler.reconcile(configuration, state, Optional.of(divisions));
      if (findings.stream().anyMatch(f -> f.kind() == FindingKind.CREATE)) {
        Optional<DivisionCapacity> capacity = source.capacity();
        if (capacity.isPresent()) {
          findings = reconciler.applyCapacity(findings, capacity.get());
        }
      }
      return new CheckResult(
          request.terraformDirectory(), source.sourceName(), configuration, findings, warnings);
    } catch (GenesysException e) {
      throw new CheckException(e.getMessage(), e);
    }
  }

  private static Set<String> namesOf(TerraformConfiguration configuration) {
    Set<String> names = new TreeSet<>();
    for (DivisionInstance instance : configuration.resources()) {
      if (instance.resolved()) {
        names.add(instance.name());
      }
    }
    for (DivisionInstance lookup : configuration.dataSources()) {
      if (lookup.resolved()) {
        names.add(lookup.name());
      }
    }
    return names;
  }

  private static Set<String> idsOf(TerraformState state) {
    Set<String> ids = new TreeSet<>();
    for (StateEntry entry : state.entries()) {
      ids.add(entry.id());
    }
    return ids;
  }

  private static TerraformConfiguration readConfiguration(CheckRequest request) throws CheckException {
    Path directory = request.terraformDirectory();
    TerraformInputs inputs = new TerraformInputs(request.varFiles(), request.variables(),
        request.environment(), request.readTfVarEnv());
    try {
      return new TerraformReader().read(directory, inputs);
    } catch (TerraformEvaluationException e) {
      if (e.position() == null) {
        throw new CheckException(e.getMessage(), e);
      }
      throw new CheckException(
          directory.resolve(e.position().file()) + ":" + e.position().line() + ":"
              + e.position().column() + ": " + problem(e.getMessage(), e.position()) + " Terraform would"
              + " fail here too ('terraform validate' or 'terraform plan' reports it); fix the"
              + " configuration or the variables given to it.", e);
    } catch (TerraformSyntaxException e) {
      throw new CheckException(
          directory.resolve(e.position().file()) + ":" + e.position().line() + ":"
              + e.position().column() + ": " + problem(e.getMessage(), e.position()) + " Fix the Terraform syntax; 'terraform"
              + " validate' reports the same place.", e);
    } catch (IOException e) {
      throw new CheckException(
          "Cannot read the Terraform configuration: " + e.getMessage()
              + ". Set -Dgenesys.divisions.terraformDirectory to the directory of the root module.", e);
    }
  }

  private static String problem(String message, SourcePosition position) {
    String prefix = position + ": ";
    String text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return text.endsWith(".") ? text : text + ".";
  }

  private static TerraformState readState(CheckRequest request, List<String> warnings)
      throws CheckException {
    if (request.statePuller() != null) {
      try {
        TerraformState pulled = request.statePuller().pull(request.terraformDirectory());
        if (pulled.entries().isEmpty()) {
          warnings.add("'state pull' returned no division instances: every instance is checked"
              + " as new.");
        }
        return pulled;
      } catch (StateException e) {
        throw new CheckException(e.getMessage(), e);
      }
    }
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
