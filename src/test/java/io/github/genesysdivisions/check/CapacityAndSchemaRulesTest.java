package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.genesys.DivisionCapacity;
import io.github.genesysdivisions.genesys.OrgDivision;
import io.github.genesysdivisions.state.TerraformState;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import io.github.genesysdivisions.terraform.UnsupportedArgument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIMIT_EXCEEDED and UNSUPPORTED_ARGUMENT. */
class CapacityAndSchemaRulesTest {

  private static final String HOME_ID = "3b9c2a4e-0000-4000-8000-000000000002";
  private static final List<OrgDivision> ORG = List.of(new OrgDivision(HOME_ID, "Home", null, true));
  private final Reconciler reconciler = new Reconciler(CheckOptions.defaults());

  private static DivisionInstance resource(String label, String name) {
    return new DivisionInstance("genesyscloud_auth_division." + label, DeclarationMode.RESOURCE,
        name, null, false, "main.tf", 1);
  }

  private List<Finding> reconcile(List<DivisionInstance> resources, List<UnsupportedArgument> arguments) {
    return reconciler.reconcile(new TerraformConfiguration(resources, List.of(), arguments),
        TerraformState.empty("none"), Optional.of(new OrgDivisions(ORG)));
  }

  @ParameterizedTest(name = "{0} of {1} used, 3 creates: {2} fit")
  @CsvSource({"1, 10, 3", "8, 10, 2", "10, 10, 0", "12, 10, 0", "0, 3, 3"})
  void createsBeyondTheLimitAreBlockingInAddressOrder(int count, int limit, int fitting) {
    List<Finding> findings = reconciler.applyCapacity(
        reconcile(List.of(resource("c", "C"), resource("a", "A"), resource("b", "B")), List.of()),
        new DivisionCapacity(count, limit));

    List<String> expectedKinds = List.of("CREATE", "CREATE", "CREATE", "LIMIT_EXCEEDED",
        "LIMIT_EXCEEDED", "LIMIT_EXCEEDED").subList(3 - fitting, 6 - fitting);
    assertEquals(expectedKinds, findings.stream().map(f -> f.kind().name()).toList());
    assertEquals(List.of("genesyscloud_auth_division.a", "genesyscloud_auth_division.b",
        "genesyscloud_auth_division.c"), findings.stream().map(Finding::address).toList());
  }

  @Test
  void aLimitFindingSaysHowFullTheOrgIs() {
    Finding finding = reconciler.applyCapacity(
        reconcile(List.of(resource("a", "A"), resource("b", "B")), List.of()),
        new DivisionCapacity(9, 10)).get(1);

    assertEquals(new Finding(FindingKind.LIMIT_EXCEEDED, "genesyscloud_auth_division.b", "B", null,
        true, "main.tf", 1,
        "The org has 9 divisions and may have 10: only 1 of the 2 creates fit, and this one would"
            + " fail.",
        "ask Genesys Cloud for a higher division limit, or create fewer divisions"), finding);
  }

  @Test
  void externalIdIsExplainedWithItsLine() {
    List<Finding> findings = reconcile(List.of(resource("eng", "Engineering")), List.of(
        new UnsupportedArgument("genesyscloud_auth_division.eng", "external_id", false, "main.tf", 4)));

    assertEquals(new Finding(FindingKind.UNSUPPORTED_ARGUMENT, "genesyscloud_auth_division.eng",
        null, null, true, "main.tf", 4,
        "genesyscloud_auth_division has no argument \"external_id\": terraform plan would fail with"
            + " \"Unsupported argument\". The resource takes only name, description and home."
            + " Divisions have no external id: they are matched by name.",
        "remove external_id from genesyscloud_auth_division.eng"), findings.get(1));
    assertEquals(FindingKind.CREATE, findings.get(0).kind());
  }

  @Test
  void parentIdAndNestedBlocksAreExplained() {
    List<Finding> findings = reconcile(List.of(), List.of(
        new UnsupportedArgument("genesyscloud_auth_division.eng", "parent_id", false, "main.tf", 5),
        new UnsupportedArgument("data.genesyscloud_auth_division.x", "settings", true, "data.tf", 9)));

    assertEquals(List.of(
        "genesyscloud_auth_division has no nested block \"settings\": terraform plan would fail"
            + " with \"Unsupported block type\". The data source takes only name.",
        "genesyscloud_auth_division has no argument \"parent_id\": terraform plan would fail with"
            + " \"Unsupported argument\". The resource takes only name, description and home."
            + " Divisions are flat in a Genesys Cloud org: there is no parent or hierarchy."),
        findings.stream().map(Finding::message).toList());
  }
}
