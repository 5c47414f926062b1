package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.genesys.OrgDivision;
import io.github.genesysdivisions.hostile.HostileText;
import io.github.genesysdivisions.report.ConsoleLine;
import io.github.genesysdivisions.report.ConsoleReport;
import io.github.genesysdivisions.state.StateEntry;
import io.github.genesysdivisions.state.TerraformState;
import io.github.genesysdivisions.terraform.Addresses;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property-based: division names from {@link HostileText} (newlines, U+2028, terminal escapes,
 * quotes, lone surrogates) in the configuration and in the org go through every rule that quotes
 * a name; every console line must stay one line with no control or format character, and quote
 * each name as Terraform would.
 */
class FindingLinesPropertyTest {

  private static final long SEED = 20261206L;
  private static final int CASES = 1_500;

  private static final String HOME_ID = "3b9c2a4e-0000-4000-8000-000000000001";
  private static final String TAKEN_ID = "3b9c2a4e-0000-4000-8000-000000000002";
  private static final String DRIFTED_ID = "3b9c2a4e-0000-4000-8000-000000000003";
  private static final String HOLDER_ID = "3b9c2a4e-0000-4000-8000-000000000004";
  private static final String GONE_ID = "3b9c2a4e-0000-4000-8000-000000000099";

  @Test
  void everyConsoleLineStaysOneLineAndQuotesNamesAsTerraformDoes() {
    Random random = new Random(SEED);
    Set<FindingKind> seen = EnumSet.noneOf(FindingKind.class);
    for (int i = 0; i < CASES; i++) {
      String prefix = "n" + i + " ";
      String taken = prefix + "taken " + HostileText.next(random);
      String home = prefix + "home " + HostileText.next(random);
      String drifted = prefix + "drifted " + HostileText.next(random);
      String held = prefix + "held " + HostileText.next(random);
      String twice = prefix + "twice " + HostileText.next(random);
      String missing = prefix + "missing " + HostileText.next(random);
      List<DivisionInstance> resources = List.of(
          resource("a_conflict", taken), resource("b_home_name", home), resource("c_drift", prefix + "configured"),
          resource("d_stale", held), resource("e_duplicate", twice), resource("f_duplicate", twice));
      List<DivisionInstance> lookups = List.of(
          new DivisionInstance("data.genesyscloud_auth_division.g", DeclarationMode.DATA, missing, null, false, "data.tf", 1));
      TerraformState state = new TerraformState("terraform.tfstate", List.of(
          new StateEntry(address("c_drift"), DRIFTED_ID, prefix + "configured", false),
          new StateEntry(address("d_stale"), GONE_ID, held, false)));
      OrgDivisions org = new OrgDivisions(List.of(
          new OrgDivision(HOME_ID, home, null, true), new OrgDivision(TAKEN_ID, taken, null, false),
          new OrgDivision(DRIFTED_ID, drifted, null, false), new OrgDivision(HOLDER_ID, held, null, false)));

      List<Finding> findings = new Reconciler(CheckOptions.defaults())
          .reconcile(new TerraformConfiguration(resources, lookups), state, Optional.of(org));
      CheckResult result = new CheckResult(Path.of("/infra"), "api", new TerraformConfiguration(resources, lookups),
          findings, List.of());

      for (ConsoleLine line : ConsoleReport.lines(result, List.of(), Path.of("/infra/out"))) {
        String text = line.text();
        assertTrue(text.codePoints().allMatch(FindingLinesPropertyTest::harmless),
            () -> "seed " + SEED + ": a character that breaks or forges a line in " + text);
      }
      for (Finding finding : findings) {
        seen.add(finding.kind());
        if (finding.name() != null && finding.kind() != FindingKind.MANAGED && finding.kind() != FindingKind.CREATE) {
          String name = finding.name();
          assertTrue(finding.message().contains(Addresses.quote(name)),
              () -> finding.kind() + " does not quote " + Addresses.quote(name) + ": " + finding.message());
        }
      }
    }
    assertEquals(EnumSet.of(FindingKind.CONFLICT, FindingKind.HOME_NAME, FindingKind.DRIFT, FindingKind.STALE_STATE,
        FindingKind.DUPLICATE, FindingKind.MISSING_LOOKUP), EnumSet.copyOf(seen.stream()
            .filter(k -> k != FindingKind.LIMIT_EXCEEDED && k != FindingKind.CREATE).toList()));
  }

  private static DivisionInstance resource(String label, String name) {
    return new DivisionInstance(address(label), DeclarationMode.RESOURCE, name, null, false, "main.tf", 1);
  }

  private static String address(String label) {
    return Addresses.DIVISION_TYPE + "." + label;
  }

  private static boolean harmless(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> false;
      default -> true;
    };
  }
}
