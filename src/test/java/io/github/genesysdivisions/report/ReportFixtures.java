package io.github.genesysdivisions.report;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.nio.file.Path;
import java.util.List;

/** Small check results built from records, for the writers' tests. */
final class ReportFixtures {

  static final String G1 = "3b9c2a4e-0000-4000-8000-000000000001";
  static final String G2 = "3b9c2a4e-0000-4000-8000-000000000002";
  static final String G3 = "3b9c2a4e-0000-4000-8000-000000000003";

  static final Path TERRAFORM_DIRECTORY = Path.of("/work/infra/terraform");

  static final String ENG = "genesyscloud_auth_division.eng";
  static final String MKT = "genesyscloud_auth_division.mkt";
  static final String EMEA = "module.region[\"emea\"].genesyscloud_auth_division.this";
  static final String LEGACY = "data.genesyscloud_auth_division.legacy";

  private ReportFixtures() {}

  static DivisionInstance resource(String address, String name, String file, int line) {
    return new DivisionInstance(address, DeclarationMode.RESOURCE, name, null, false, file, line);
  }

  static DivisionInstance lookup(String address, String name, String file, int line) {
    return new DivisionInstance(address, DeclarationMode.DATA, name, null, false, file, line);
  }

  static Finding conflict(String address, String name, String id, String file, int line) {
    return new Finding(FindingKind.CONFLICT, address, name, id, true, file, line,
        "The org already has a division named \"" + name + "\" (" + id + ") that the state does not hold.",
        "terraform import '" + address + "' " + id);
  }

  static Finding staleBlocking(String address, String name, String id, String file, int line) {
    return new Finding(FindingKind.STALE_STATE, address, name, id, true, file, line,
        "The state holds a division that no longer exists, and \"" + name + "\" is now held by " + id + ".",
        "terraform state rm '" + address + "' && terraform import '" + address + "' " + id);
  }

  /**
   * Three resources and a data source: a CONFLICT, a CREATE, a blocking STALE_STATE in a module,
   * and a data source with no finding.
   */
  static CheckResult small() {
    TerraformConfiguration configuration = new TerraformConfiguration(
        List.of(
            resource(ENG, "Engineering", "main.tf", 3),
            resource(MKT, "Marketing", "main.tf", 8),
            resource(EMEA, "EMEA", "modules/region/main.tf", 1)),
        List.of(lookup(LEGACY, "Legacy", "data.tf", 2)));
    List<Finding> findings = List.of(
        conflict(ENG, "Engineering", G1, "main.tf", 3),
        new Finding(FindingKind.CREATE, MKT, "Marketing", null, false, "main.tf", 8,
            "No division named \"Marketing\" exists in the org: apply creates it.", null),
        staleBlocking(EMEA, "EMEA", G3, "modules/region/main.tf", 1));
    return new CheckResult(TERRAFORM_DIRECTORY, "api", configuration, findings, List.of());
  }

  /** A result with nothing to import: one CREATE. */
  static CheckResult nothingToImport() {
    TerraformConfiguration configuration = new TerraformConfiguration(
        List.of(resource(MKT, "Marketing", "main.tf", 8)), List.of());
    List<Finding> findings = List.of(
        new Finding(FindingKind.CREATE, MKT, "Marketing", null, false, "main.tf", 8,
            "No division named \"Marketing\" exists in the org: apply creates it.", null));
    return new CheckResult(TERRAFORM_DIRECTORY, "snapshot", configuration, findings, List.of());
  }
}
