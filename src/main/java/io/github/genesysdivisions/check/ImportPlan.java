package io.github.genesysdivisions.check;

import io.github.genesysdivisions.genesys.DivisionIds;
import java.util.List;

/**
 * The imports that bring existing divisions under management: the remedy of every {@code CONFLICT}
 * and of every blocking {@code STALE_STATE}.
 *
 * @param steps one step per instance, sorted by address
 */
public record ImportPlan(List<Step> steps) {

  public ImportPlan {
    steps = List.copyOf(steps);
  }

  /**
   * One instance to import.
   *
   * @param address the instance address
   * @param divisionId the GUID of the org division to import
   * @param removeFromStateFirst whether the state holds a stale id that must be removed first
   */
  public record Step(String address, String divisionId, boolean removeFromStateFirst) {

    public Step {
      if (!DivisionIds.isGuid(divisionId)) {
        throw new IllegalArgumentException(
            "Refusing to import " + address + ": the division id is not a GUID");
      }
    }
  }

  /**
   * Whether a finding's remedy is an import that the plan carries: a blocking {@code CONFLICT} or
   * {@code STALE_STATE} whose remedy imports the division (not one that this state already manages
   * at another address, which wants a move).
   */
  public static boolean resolvesByImport(Finding finding) {
    return finding.blocking()
        && finding.divisionId() != null
        && (finding.kind() == FindingKind.CONFLICT || finding.kind() == FindingKind.STALE_STATE)
        && (finding.remedy() == null || !finding.remedy().startsWith(Rules.STATE_MV));
  }

  /** The plan for a list of findings. */
  public static ImportPlan of(List<Finding> findings) {
    return new ImportPlan(
        findings.stream()
            .filter(ImportPlan::resolvesByImport)
            .map(f -> new Step(f.address(), f.divisionId(), f.kind() == FindingKind.STALE_STATE))
            .toList());
  }

  /** Whether there is nothing to import. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }
}
