package io.github.genesysdivisions.report;

import static io.github.genesysdivisions.report.ReportFixtures.G1;
import static io.github.genesysdivisions.report.ReportFixtures.TERRAFORM_DIRECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsoleReportTest {

  private static final Path OUT = Path.of("/work/project/target/genesys-divisions");

  static Stream<Arguments> levels() {
    return Stream.of(
        Arguments.of(FindingKind.CONFLICT, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.RENAME_CONFLICT, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.STALE_STATE, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.DUPLICATE, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.HOME_NAME, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.MISSING_LOOKUP, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.UNRESOLVED, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.UNSUPPORTED_ARGUMENT, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.LIMIT_EXCEEDED, true, ConsoleLine.Level.ERROR),
        Arguments.of(FindingKind.DRIFT, false, ConsoleLine.Level.WARNING),
        Arguments.of(FindingKind.UNRESOLVED, false, ConsoleLine.Level.WARNING),
        Arguments.of(FindingKind.STALE_STATE, false, ConsoleLine.Level.WARNING),
        Arguments.of(FindingKind.CREATE, false, ConsoleLine.Level.DEBUG),
        Arguments.of(FindingKind.MANAGED, false, ConsoleLine.Level.DEBUG),
        Arguments.of(FindingKind.HOME, false, ConsoleLine.Level.DEBUG));
  }

  @ParameterizedTest(name = "{0} blocking={1} -> {2}")
  @MethodSource("levels")
  void logsEachFindingAtItsLevel(FindingKind kind, boolean blocking, ConsoleLine.Level level) {
    Finding finding = new Finding(kind, "genesyscloud_auth_division.eng", "Engineering", null, blocking,
        "main.tf", 3, "Something about it.", null);
    CheckResult result = new CheckResult(TERRAFORM_DIRECTORY, "api",
        new TerraformConfiguration(
            List.of(ReportFixtures.resource("genesyscloud_auth_division.eng", "Engineering", "main.tf", 3)),
            List.of()),
        List.of(finding), List.of());

    List<ConsoleLine> lines = ConsoleReport.lines(result, List.of(), OUT);

    assertEquals(new ConsoleLine(level,
            kind + " genesyscloud_auth_division.eng (main.tf:3): Something about it."),
        lines.get(0));
    assertEquals(2, lines.size());
    assertEquals(ConsoleLine.Level.INFO, lines.get(1).level());
  }

  @Test
  void logsWarningsThenFindingsThenOneSummaryLine() {
    CheckResult small = ReportFixtures.small();
    CheckResult result = new CheckResult(small.terraformDirectory(), small.source(), small.configuration(),
        small.findings(), List.of("No state at /work/infra/terraform/terraform.tfstate."));
    List<Path> outputs = List.of(OUT.resolve("import.sh"), OUT.resolve("imports.tf"),
        OUT.resolve("TEST-genesys-divisions.xml"), OUT.resolve("report.json"));

    List<ConsoleLine> lines = ConsoleReport.lines(result, outputs, OUT);

    assertEquals(
        List.of(
            new ConsoleLine(ConsoleLine.Level.WARNING, "No state at /work/infra/terraform/terraform.tfstate."),
            new ConsoleLine(ConsoleLine.Level.ERROR,
                "CONFLICT genesyscloud_auth_division.eng (main.tf:3): The org already has a division named"
                    + " \"Engineering\" (" + G1 + ") that the state does not hold. Fix: terraform import"
                    + " 'genesyscloud_auth_division.eng' " + G1),
            new ConsoleLine(ConsoleLine.Level.DEBUG,
                "CREATE genesyscloud_auth_division.mkt (main.tf:8): No division named \"Marketing\" exists in"
                    + " the org: apply creates it."),
            new ConsoleLine(ConsoleLine.Level.ERROR,
                "STALE_STATE module.region[\"emea\"].genesyscloud_auth_division.this (modules/region/main.tf:1):"
                    + " The state holds a division that no longer exists, and \"EMEA\" is now held by "
                    + ReportFixtures.G3 + ". Fix: terraform state rm"
                    + " 'module.region[\"emea\"].genesyscloud_auth_division.this' && terraform import"
                    + " 'module.region[\"emea\"].genesyscloud_auth_division.this' " + ReportFixtures.G3),
            new ConsoleLine(ConsoleLine.Level.INFO,
                "Checked 4 division instance(s) against the org (api): CREATE 1, CONFLICT 1, STALE_STATE 1;"
                    + " 2 blocking. Wrote import.sh, imports.tf, TEST-genesys-divisions.xml, report.json to "
                    + OUT)),
        lines);
  }

  @Test
  void summarisesAResultWithoutFindings() {
    CheckResult result = new CheckResult(TERRAFORM_DIRECTORY, "offline",
        new TerraformConfiguration(List.of(), List.of()), List.of(), List.of());

    List<ConsoleLine> lines = ConsoleReport.lines(result,
        List.of(OUT.resolve("TEST-genesys-divisions.xml"), OUT.resolve("report.json")), OUT);

    assertEquals(
        List.of(new ConsoleLine(ConsoleLine.Level.INFO,
            "Checked 0 division instance(s) against the org (offline): no findings; 0 blocking. Wrote"
                + " TEST-genesys-divisions.xml, report.json to " + OUT)),
        lines);
  }
}
