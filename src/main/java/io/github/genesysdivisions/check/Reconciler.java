package io.github.genesysdivisions.check;

import io.github.genesysdivisions.genesys.DivisionCapacity;
import io.github.genesysdivisions.genesys.OrgDivision;
import io.github.genesysdivisions.state.StateEntry;
import io.github.genesysdivisions.state.TerraformState;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import io.github.genesysdivisions.terraform.UnsupportedArgument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the configuration with the state and the org, and decides one finding per resource
 * instance and per data source that needs one. Each kind is decided by one method of
 * {@link Rules}.
 */
public final class Reconciler {

  private final CheckOptions options;
  private final Rules rules;

  public Reconciler(CheckOptions options) {
    this.options = options;
    this.rules = new Rules(options);
  }

  /**
   * Reconciles.
   *
   * @param config the declared instances
   * @param state the state
   * @param org the org's divisions, or empty when they could not be asked (offline): then only the
   *     checks that need no org are made
   * @return the findings, sorted by address
   */
  public List<Finding> reconcile(
      TerraformConfiguration config, TerraformState state, Optional<OrgDivisions> org) {
    List<Finding> findings = new ArrayList<>();
    Map<String, DivisionInstance> firstHolders = firstHoldersOfNames(config.resources());
    for (DivisionInstance instance : config.resources()) {
      resourceFinding(instance, firstHolders, state, org).ifPresent(findings::add);
    }
    if (options.checkDataSources()) {
      for (DivisionInstance lookup : config.dataSources()) {
        dataSourceFinding(lookup, org).ifPresent(findings::add);
      }
    }
    for (UnsupportedArgument argument : config.unsupportedArguments()) {
      findings.add(rules.unsupportedArgument(argument));
    }
    findings.sort(Comparator.comparing(Finding::address));
    return List.copyOf(findings);
  }

  /**
   * Turns the creates that do not fit in the org's division limit into {@code LIMIT_EXCEEDED}: the
   * first ones in address order fit, as many as the org has room for.
   *
   * @param findings the findings of {@link #reconcile}, sorted by address
   * @param capacity the org's division count and limit
   * @return the findings, still sorted by address
   */
  public List<Finding> applyCapacity(List<Finding> findings, DivisionCapacity capacity) {
    long creates = findings.stream().filter(f -> f.kind() == FindingKind.CREATE).count();
    int room = capacity.free();
    List<Finding> result = new ArrayList<>(findings.size());
    int seen = 0;
    for (Finding finding : findings) {
      if (finding.kind() == FindingKind.CREATE && ++seen > room) {
        result.add(rules.limitExceeded(finding, capacity, creates));
      } else {
        result.add(finding);
      }
    }
    return List.copyOf(result);
  }

  private Optional<Finding> resourceFinding(
      DivisionInstance instance,
      Map<String, DivisionInstance> firstHolders,
      TerraformState state,
      Optional<OrgDivisions> org) {
    if (!instance.resolved()) {
      return Optional.of(rules.unresolved(instance));
    }
    DivisionInstance first = firstHolders.get(key(instance.name()));
    if (first != instance) {
      return Optional.of(rules.duplicate(instance, first));
    }
    if (org.isEmpty()) {
      return Optional.empty();
    }
    OrgDivisions divisions = org.get();
    if (instance.home()) {
      return Optional.of(rules.home(instance, divisions.home()));
    }
    Optional<OrgDivisions.NameMatch> holder =
        divisions.holding(instance.name(), options.caseSensitiveNames());
    Optional<StateEntry> entry = state.at(instance.address());
    if (entry.isPresent()) {
      Optional<OrgDivision> managed = divisions.byId(entry.get().id());
      if (managed.isEmpty()) {
        // Importing the home division into a resource without home = true would plan its
        // replacement, and the new create collides again: the fix is home = true, as when not in state.
        if (holder.isPresent() && holder.get().division().home()) {
          return Optional.of(rules.homeName(instance, holder.get()));
        }
        return Optional.of(rules.staleState(instance, entry.get(), holder));
      }
      if (holder.isPresent() && !holder.get().division().id().equalsIgnoreCase(managed.get().id())) {
        return Optional.of(rules.renameConflict(instance, managed.get(), holder.get()));
      }
      if (entry.get().name() != null && !entry.get().name().equals(managed.get().name())
          && !instance.name().equals(managed.get().name())) {
        return Optional.of(rules.drift(instance, entry.get(), managed.get()));
      }
      return Optional.of(rules.managed(instance, managed.get(), entry.get().tainted()));
    }
    if (holder.isEmpty()) {
      return Optional.of(rules.create(instance));
    }
    if (holder.get().division().home()) {
      return Optional.of(rules.homeName(instance, holder.get()));
    }
    List<StateEntry> elsewhere = state.holding(holder.get().division().id());
    if (!elsewhere.isEmpty()) {
      return Optional.of(rules.conflictManagedElsewhere(instance, holder.get(), elsewhere.get(0)));
    }
    return Optional.of(rules.conflict(instance, holder.get()));
  }

  private Optional<Finding> dataSourceFinding(DivisionInstance lookup, Optional<OrgDivisions> org) {
    if (!lookup.resolved()) {
      return Optional.of(rules.unresolved(lookup));
    }
    if (org.isEmpty()) {
      return Optional.empty();
    }
    // The provider's lookup lower-cases names, so a division differing only in case is found.
    if (org.get().holding(lookup.name(), false).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(rules.missingLookup(lookup));
  }

  private Map<String, DivisionInstance> firstHoldersOfNames(List<DivisionInstance> resources) {
    Map<String, DivisionInstance> first = new HashMap<>();
    resources.stream()
        .filter(DivisionInstance::resolved)
        .sorted(Comparator.comparing(DivisionInstance::address))
        .forEach(instance -> first.putIfAbsent(key(instance.name()), instance));
    return first;
  }

  private String key(String name) {
    return options.caseSensitiveNames() ? name : OrgDivisions.fold(name);
  }
}
