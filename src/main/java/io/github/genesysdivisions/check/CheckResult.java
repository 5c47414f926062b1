package io.github.genesysdivisions.check;

import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The outcome of a check.
 *
 * @param terraformDirectory the root module that was read
 * @param source where the org's divisions came from: {@code api}, {@code snapshot} or
 *     {@code offline}
 * @param configuration the instances that were checked
 * @param findings the findings, sorted by address
 * @param warnings things the user should know that are not findings (no state, offline)
 */
public record CheckResult(
    Path terraformDirectory,
    String source,
    TerraformConfiguration configuration,
    List<Finding> findings,
    List<String> warnings) {

  public CheckResult {
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  /** Every resource instance and data source that was checked, sorted by address. */
  public List<DivisionInstance> subjects() {
    return Stream.concat(configuration.resources().stream(), configuration.dataSources().stream())
        .sorted(Comparator.comparing(DivisionInstance::address))
        .toList();
  }

  /** Finding counts by kind, in the kinds' declared order. */
  public Map<FindingKind, Long> countsByKind() {
    return findings.stream()
        .collect(Collectors.groupingBy(Finding::kind, TreeMap::new, Collectors.counting()));
  }

  /** The blocking findings. */
  public List<Finding> blocking() {
    return findings.stream().filter(Finding::blocking).toList();
  }

  /** The imports that resolve this result's conflicts. */
  public ImportPlan importPlan() {
    return ImportPlan.of(findings);
  }
}
