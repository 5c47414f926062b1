package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImportPlanTest {

  private static final String G1 = "3b9c2a4e-0000-4000-8000-000000000001";
  private static final String G2 = "3b9c2a4e-0000-4000-8000-000000000002";
  private static final String G3 = "3b9c2a4e-0000-4000-8000-000000000003";

  private static Finding finding(FindingKind kind, String address, String divisionId, boolean blocking) {
    return new Finding(kind, address, "Name", divisionId, blocking, "main.tf", 1, "message", "remedy");
  }

  @Test
  void importsConflictsAndBlockingStaleStateOnly() {
    List<Finding> findings = List.of(
        finding(FindingKind.CONFLICT, "genesyscloud_auth_division.a", G1, true),
        finding(FindingKind.CREATE, "genesyscloud_auth_division.b", null, false),
        finding(FindingKind.DRIFT, "genesyscloud_auth_division.c", G2, false),
        finding(FindingKind.DUPLICATE, "genesyscloud_auth_division.d", null, true),
        finding(FindingKind.HOME, "genesyscloud_auth_division.e", G2, false),
        finding(FindingKind.HOME_NAME, "genesyscloud_auth_division.f", G2, true),
        finding(FindingKind.MANAGED, "genesyscloud_auth_division.g", G3, false),
        finding(FindingKind.RENAME_CONFLICT, "genesyscloud_auth_division.h", G3, true),
        finding(FindingKind.STALE_STATE, "genesyscloud_auth_division.i", null, false),
        finding(FindingKind.STALE_STATE, "genesyscloud_auth_division.j", G3, true),
        finding(FindingKind.UNRESOLVED, "genesyscloud_auth_division.k", null, true),
        finding(FindingKind.CONFLICT, "module.m[\"x\"].genesyscloud_auth_division.l", G2, true));

    ImportPlan plan = ImportPlan.of(findings);

    assertEquals(
        List.of(
            new ImportPlan.Step("genesyscloud_auth_division.a", G1, false),
            new ImportPlan.Step("genesyscloud_auth_division.j", G3, true),
            new ImportPlan.Step("module.m[\"x\"].genesyscloud_auth_division.l", G2, false)),
        plan.steps());
    assertFalse(plan.isEmpty());
  }

  @Test
  void isEmptyWithoutImports() {
    ImportPlan plan = ImportPlan.of(List.of(
        finding(FindingKind.CREATE, "genesyscloud_auth_division.a", null, false),
        finding(FindingKind.STALE_STATE, "genesyscloud_auth_division.b", null, false)));

    assertEquals(List.of(), plan.steps());
    assertTrue(plan.isEmpty());
    assertTrue(ImportPlan.of(List.of()).isEmpty());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {
      "",
      "eng",
      "3b9c2a4e-0000-4000-8000-00000000000",
      "3b9c2a4e-0000-4000-8000-000000000001 ",
      "3b9c2a4e-0000-4000-8000-000000000001; touch pwned",
      "$(touch pwned)",
      "3b9c2a4e-0000-4000-8000-00000000'$()",
      "3b9c2a4e-0000-4000-8000-00000000000\u0661",
      "3b9c2a4e-0000-4000-8000-00000000000\u0967",
      "\uFF13b9c2a4e-0000-4000-8000-000000000001",
      "3b9c2a4e-0000-4000-8000-00000000000\u00B9",
  })
  void refusesToImportAnIdThatIsNotAGuid(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ImportPlan.Step("genesyscloud_auth_division.eng", id, false));

    assertEquals("Refusing to import genesyscloud_auth_division.eng: the division id is not a GUID",
        e.getMessage());
  }

  @Test
  void refusesToPlanAConflictWhoseIdIsNotAGuid() {
    Finding conflict = finding(FindingKind.CONFLICT, "genesyscloud_auth_division.x[\"k\"]",
        "3b9c2a4e-0000-4000-8000-00000000000\u0661", true);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ImportPlan.of(List.of(conflict)));

    assertEquals("Refusing to import genesyscloud_auth_division.x[\"k\"]: the division id is not a GUID",
        e.getMessage());
  }

  @Test
  void resolvesByImportOnlyBlockingConflictsAndStaleStateWithADivision() {
    assertTrue(ImportPlan.resolvesByImport(finding(FindingKind.CONFLICT, "a", G1, true)));
    assertTrue(ImportPlan.resolvesByImport(finding(FindingKind.STALE_STATE, "a", G1, true)));
    assertFalse(ImportPlan.resolvesByImport(finding(FindingKind.CONFLICT, "a", G1, false)));
    assertFalse(ImportPlan.resolvesByImport(finding(FindingKind.CONFLICT, "a", null, true)));
    assertFalse(ImportPlan.resolvesByImport(finding(FindingKind.STALE_STATE, "a", null, false)));
    assertFalse(ImportPlan.resolvesByImport(finding(FindingKind.RENAME_CONFLICT, "a", G1, true)));
    assertFalse(ImportPlan.resolvesByImport(finding(FindingKind.HOME_NAME, "a", G1, true)));
  }
}
