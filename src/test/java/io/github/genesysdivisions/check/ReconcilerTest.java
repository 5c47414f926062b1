package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.genesys.OrgDivision;
import io.github.genesysdivisions.state.StateEntry;
import io.github.genesysdivisions.state.TerraformState;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReconcilerTest {

  static final String ENG_ID = "3b9c2a4e-0000-4000-8000-000000000001";
  static final String HOME_ID = "3b9c2a4e-0000-4000-8000-000000000002";
  static final String SALES_ID = "3b9c2a4e-0000-4000-8000-000000000003";
  static final String OPS_ID = "3b9c2a4e-0000-4000-8000-000000000004";
  static final String GONE_ID = "3b9c2a4e-0000-4000-8000-000000000099";

  static final OrgDivision ENG = new OrgDivision(ENG_ID, "Engineering", "Builds things", false);
  static final OrgDivision HOME = new OrgDivision(HOME_ID, "Home", null, true);
  static final OrgDivision SALES = new OrgDivision(SALES_ID, "Sales", null, false);
  static final OrgDivision OPS = new OrgDivision(OPS_ID, "Ops", null, false);

  static final List<OrgDivision> ORG = List.of(ENG, HOME, SALES, OPS);

  static final String A = "genesyscloud_auth_division.a";
  static final String EXPECT_409 = ": terraform apply would fail with 409 Conflict.";

  static final CheckOptions DEFAULTS = CheckOptions.defaults();
  static final CheckOptions CASE_SENSITIVE = new CheckOptions(true, false, true);
  static final CheckOptions FAIL_ON_UNRESOLVED = new CheckOptions(false, true, true);
  static final CheckOptions NO_DATA_SOURCES = new CheckOptions(false, false, false);

  // ---------------------------------------------------------------- builders

  static DivisionInstance resource(String address, String name) {
    return new DivisionInstance(address, DeclarationMode.RESOURCE, name, null, false, "main.tf", 3);
  }

  static DivisionInstance resource(String address, String name, String file, int line) {
    return new DivisionInstance(address, DeclarationMode.RESOURCE, name, null, false, file, line);
  }

  static DivisionInstance home(String address, String name) {
    return new DivisionInstance(address, DeclarationMode.RESOURCE, name, null, true, "main.tf", 3);
  }

  static DivisionInstance unresolved(String address, DeclarationMode mode, String reason) {
    return new DivisionInstance(address, mode, null, reason, false, "main.tf", 3);
  }

  static DivisionInstance lookup(String address, String name) {
    return new DivisionInstance(address, DeclarationMode.DATA, name, null, false, "data.tf", 7);
  }

  static StateEntry entry(String address, String id, String name) {
    return new StateEntry(address, id, name, false);
  }

  static Finding finding(FindingKind kind, String address, String name, String divisionId,
      boolean blocking, String message, String remedy) {
    return new Finding(kind, address, name, divisionId, blocking, "main.tf", 3, message, remedy);
  }

  /** One scenario: what is configured, in state and in the org, and the options. */
  record Scenario(
      List<DivisionInstance> resources,
      List<DivisionInstance> dataSources,
      List<StateEntry> state,
      Optional<List<OrgDivision>> org,
      CheckOptions options) {

    static Scenario of(DivisionInstance... resources) {
      return new Scenario(List.of(resources), List.of(), List.of(), Optional.of(ORG), DEFAULTS);
    }

    Scenario lookups(DivisionInstance... lookups) {
      return new Scenario(resources, List.of(lookups), state, org, options);
    }

    Scenario state(StateEntry... entries) {
      return new Scenario(resources, dataSources, List.of(entries), org, options);
    }

    Scenario org(OrgDivision... divisions) {
      return new Scenario(resources, dataSources, state, Optional.of(List.of(divisions)), options);
    }

    Scenario offline() {
      return new Scenario(resources, dataSources, state, Optional.empty(), options);
    }

    Scenario options(CheckOptions newOptions) {
      return new Scenario(resources, dataSources, state, org, newOptions);
    }

    List<Finding> reconcile() {
      return new Reconciler(options).reconcile(
          new TerraformConfiguration(resources, dataSources),
          new TerraformState("terraform.tfstate", state),
          org.map(OrgDivisions::new));
    }
  }

  // ---------------------------------------------------------------- one finding per rule

  static Stream<Arguments> singleFindings() {
    return Stream.of(
        Arguments.of("CREATE: not in state, name free",
            Scenario.of(resource(A, "Marketing")),
            finding(FindingKind.CREATE, A, "Marketing", null, false,
                "No division named \"Marketing\" exists in the org: apply creates it.", null)),
        Arguments.of("MANAGED: in state, id exists",
            Scenario.of(resource(A, "Engineering")).state(entry(A, ENG_ID, "Engineering")),
            finding(FindingKind.MANAGED, A, "Engineering", ENG_ID, false,
                "The state's division " + ENG_ID + " exists in the org.", null)),
        Arguments.of("MANAGED: the state's id in upper case",
            Scenario.of(resource(A, "Engineering")).state(entry(A, ENG_ID.toUpperCase(), "Engineering")),
            finding(FindingKind.MANAGED, A, "Engineering", ENG_ID, false,
                "The state's division " + ENG_ID + " exists in the org.", null)),
        Arguments.of("MANAGED: the configuration renames it, the new name is free",
            Scenario.of(resource(A, "Operations")).state(entry(A, OPS_ID, "Ops")),
            finding(FindingKind.MANAGED, A, "Operations", OPS_ID, false,
                "The state's division " + OPS_ID + " exists in the org.", null)),
        Arguments.of("HOME: with a home division in the org",
            Scenario.of(home(A, "Headquarters")),
            finding(FindingKind.HOME, A, "Headquarters", HOME_ID, false,
                "home = true: the provider adopts the org's home division \"Home\" (" + HOME_ID
                    + ") and sets its name; it never creates a division.", null)),
        Arguments.of("HOME: no home division in the listing",
            Scenario.of(home(A, "Headquarters")).org(ENG, SALES),
            finding(FindingKind.HOME, A, "Headquarters", null, false,
                "home = true: the provider adopts the org's home division and sets its name; it never"
                    + " creates a division.", null)),
        Arguments.of("HOME: named like another division, never a conflict",
            Scenario.of(home(A, "Sales")),
            finding(FindingKind.HOME, A, "Sales", HOME_ID, false,
                "home = true: the provider adopts the org's home division \"Home\" (" + HOME_ID
                    + ") and sets its name; it never creates a division.", null)),
        Arguments.of("CONFLICT: exact match",
            Scenario.of(resource(A, "Engineering")),
            finding(FindingKind.CONFLICT, A, "Engineering", ENG_ID, true,
                "The org already has a division named \"Engineering\" (" + ENG_ID
                    + ") that the state does not hold" + EXPECT_409,
                "terraform import 'genesyscloud_auth_division.a' " + ENG_ID)),
        Arguments.of("CONFLICT: case-only match",
            Scenario.of(resource(A, "ENGINEERING")),
            finding(FindingKind.CONFLICT, A, "ENGINEERING", ENG_ID, true,
                "The org already has a division named \"Engineering\" (" + ENG_ID
                    + ") that the state does not hold (it differs from \"ENGINEERING\" only in letter"
                    + " case; names that differ only in case collide unless"
                    + " -Dgenesys.divisions.caseSensitiveNames=true)" + EXPECT_409,
                "terraform import 'genesyscloud_auth_division.a' " + ENG_ID)),
        Arguments.of("CREATE: case-only match with caseSensitiveNames=true",
            Scenario.of(resource(A, "ENGINEERING")).options(CASE_SENSITIVE),
            finding(FindingKind.CREATE, A, "ENGINEERING", null, false,
                "No division named \"ENGINEERING\" exists in the org: apply creates it.", null)),
        Arguments.of("CONFLICT: exact match with caseSensitiveNames=true",
            Scenario.of(resource(A, "Engineering")).options(CASE_SENSITIVE),
            finding(FindingKind.CONFLICT, A, "Engineering", ENG_ID, true,
                "The org already has a division named \"Engineering\" (" + ENG_ID
                    + ") that the state does not hold" + EXPECT_409,
                "terraform import 'genesyscloud_auth_division.a' " + ENG_ID)),
        Arguments.of("CONFLICT: remedy quotes an address with a string key",
            Scenario.of(resource("genesyscloud_auth_division.by_key[\"it's\"]", "Engineering")),
            new Finding(FindingKind.CONFLICT, "genesyscloud_auth_division.by_key[\"it's\"]", "Engineering",
                ENG_ID, true, "main.tf", 3,
                "The org already has a division named \"Engineering\" (" + ENG_ID
                    + ") that the state does not hold" + EXPECT_409,
                "terraform import 'genesyscloud_auth_division.by_key[\"it'\\''s\"]' " + ENG_ID)),
        Arguments.of("HOME_NAME: the home division's name without home = true",
            Scenario.of(resource(A, "Home")),
            finding(FindingKind.HOME_NAME, A, "Home", HOME_ID, true,
                "\"Home\" is the name of the org's home division (" + HOME_ID + ")" + EXPECT_409,
                "set home = true on genesyscloud_auth_division.a so the provider adopts the home division")),
        Arguments.of("HOME_NAME: case-only",
            Scenario.of(resource(A, "HOME")),
            finding(FindingKind.HOME_NAME, A, "HOME", HOME_ID, true,
                "\"Home\" is the name of the org's home division (" + HOME_ID + ") (it differs from"
                    + " \"HOME\" only in letter case; names that differ only in case collide unless"
                    + " -Dgenesys.divisions.caseSensitiveNames=true)" + EXPECT_409,
                "set home = true on genesyscloud_auth_division.a so the provider adopts the home division")),
        Arguments.of("HOME_NAME: id gone, name now the home division's (not an import)",
            Scenario.of(resource(A, "Home")).state(entry(A, GONE_ID, "Home")),
            finding(FindingKind.HOME_NAME, A, "Home", HOME_ID, true,
                "\"Home\" is the name of the org's home division (" + HOME_ID + ")" + EXPECT_409,
                "set home = true on genesyscloud_auth_division.a so the provider adopts the home division")),
        Arguments.of("STALE_STATE: id gone, name free: not blocking",
            Scenario.of(resource(A, "Marketing")).state(entry(A, GONE_ID, "Marketing")),
            finding(FindingKind.STALE_STATE, A, "Marketing", null, false,
                "The state holds division " + GONE_ID + ", which no longer exists in the org: apply will"
                    + " create \"Marketing\" again.", null)),
        Arguments.of("STALE_STATE: id gone, name now held by another division: blocking",
            Scenario.of(resource(A, "Sales")).state(entry(A, GONE_ID, "Sales")),
            finding(FindingKind.STALE_STATE, A, "Sales", SALES_ID, true,
                "The state holds division " + GONE_ID + ", which no longer exists in the org, and"
                    + " \"Sales\" is now held by division " + SALES_ID + EXPECT_409,
                "terraform state rm 'genesyscloud_auth_division.a' && terraform import"
                    + " 'genesyscloud_auth_division.a' " + SALES_ID)),
        Arguments.of("RENAME_CONFLICT: in state, configured name held by another division",
            Scenario.of(resource(A, "Sales")).state(entry(A, ENG_ID, "Engineering")),
            finding(FindingKind.RENAME_CONFLICT, A, "Sales", SALES_ID, true,
                "The state's division " + ENG_ID + " is named \"Engineering\", and the configured name"
                    + " \"Sales\" is held by another division (" + SALES_ID + ")" + EXPECT_409,
                "choose another name, or rename or delete division " + SALES_ID + " by hand")),
        Arguments.of("RENAME_CONFLICT: case-only",
            Scenario.of(resource(A, "SALES")).state(entry(A, ENG_ID, "Engineering")),
            finding(FindingKind.RENAME_CONFLICT, A, "SALES", SALES_ID, true,
                "The state's division " + ENG_ID + " is named \"Engineering\", and the configured name"
                    + " \"SALES\" is held by another division (" + SALES_ID + ") (it differs from"
                    + " \"SALES\" only in letter case; names that differ only in case collide unless"
                    + " -Dgenesys.divisions.caseSensitiveNames=true)" + EXPECT_409,
                "choose another name, or rename or delete division " + SALES_ID + " by hand")),
        Arguments.of("MANAGED: case-only rename of another division's name with caseSensitiveNames=true",
            Scenario.of(resource(A, "SALES")).state(entry(A, ENG_ID, "Engineering")).options(CASE_SENSITIVE),
            finding(FindingKind.MANAGED, A, "SALES", ENG_ID, false,
                "The state's division " + ENG_ID + " exists in the org.", null)),
        Arguments.of("DRIFT: renamed in the org outside Terraform",
            Scenario.of(resource(A, "Operations")).state(entry(A, OPS_ID, "Operations")),
            finding(FindingKind.DRIFT, A, "Operations", OPS_ID, false,
                "Division " + OPS_ID + " was renamed outside Terraform from \"Operations\" to \"Ops\".",
                "plan will rename it back to \"Operations\"")),
        Arguments.of("UNRESOLVED: not blocking by default",
            Scenario.of(unresolved(A, DeclarationMode.RESOURCE, "it depends on random_pet.suffix.id")),
            new Finding(FindingKind.UNRESOLVED, A, null, null, false, "main.tf", 3,
                "The name cannot be known before apply: it depends on random_pet.suffix.id.", null)),
        Arguments.of("UNRESOLVED: blocking with failOnUnresolved",
            Scenario.of(unresolved(A, DeclarationMode.RESOURCE, "it depends on random_pet.suffix.id"))
                .options(FAIL_ON_UNRESOLVED),
            new Finding(FindingKind.UNRESOLVED, A, null, null, true, "main.tf", 3,
                "The name cannot be known before apply: it depends on random_pet.suffix.id.", null)),
        Arguments.of("MISSING_LOOKUP: a data source names a division the org does not have",
            Scenario.of().lookups(lookup("data.genesyscloud_auth_division.legacy", "Legacy")),
            new Finding(FindingKind.MISSING_LOOKUP, "data.genesyscloud_auth_division.legacy", "Legacy",
                null, true, "data.tf", 7,
                "The org has no division named \"Legacy\": terraform plan would fail.",
                "create the division in the org, or fix the name")),
        Arguments.of("UNRESOLVED: a data source, blocking with failOnUnresolved",
            Scenario.of()
                .lookups(unresolved("data.genesyscloud_auth_division.x[\"k\"]", DeclarationMode.DATA,
                    "it reads var.names, which has no value"))
                .options(FAIL_ON_UNRESOLVED),
            new Finding(FindingKind.UNRESOLVED, "data.genesyscloud_auth_division.x[\"k\"]", null, null,
                true, "main.tf", 3,
                "The name cannot be known before apply: it reads var.names, which has no value.", null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleFindings")
  void decidesOneFindingPerRule(String description, Scenario scenario, Finding expected) {
    assertEquals(List.of(expected), scenario.reconcile());
  }

  // ---------------------------------------------------------------- no finding

  static Stream<Arguments> noFindings() {
    return Stream.of(
        Arguments.of("a data source that matches exactly",
            Scenario.of().lookups(lookup("data.genesyscloud_auth_division.eng", "Engineering"))),
        Arguments.of("a data source that matches only in case (the provider lower-cases)",
            Scenario.of().lookups(lookup("data.genesyscloud_auth_division.eng", "engineering"))),
        Arguments.of("a data source that matches only in case, caseSensitiveNames=true",
            Scenario.of().lookups(lookup("data.genesyscloud_auth_division.eng", "ENGINEERING"))
                .options(CASE_SENSITIVE)),
        Arguments.of("checkDataSources=false: a missing and an unresolved data source",
            Scenario.of()
                .lookups(lookup("data.genesyscloud_auth_division.legacy", "Legacy"),
                    unresolved("data.genesyscloud_auth_division.x", DeclarationMode.DATA, "unknown"))
                .options(new CheckOptions(false, true, false))),
        Arguments.of("offline: would-be CONFLICT, CREATE, HOME_NAME, HOME and a missing lookup",
            Scenario.of(resource(A, "Engineering"), resource("genesyscloud_auth_division.b", "Marketing"),
                    resource("genesyscloud_auth_division.c", "Home"), home("genesyscloud_auth_division.d", "HQ"))
                .state(entry("genesyscloud_auth_division.b", GONE_ID, "Marketing"))
                .lookups(lookup("data.genesyscloud_auth_division.legacy", "Legacy"))
                .offline()),
        Arguments.of("nothing configured", Scenario.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noFindings")
  void findsNothingWhenThereIsNothingToSay(String description, Scenario scenario) {
    assertEquals(List.of(), scenario.reconcile());
  }

  // ---------------------------------------------------------------- DUPLICATE

  @Test
  void reportsDuplicatesOnAllButTheFirstInAddressOrderNamingTheFirst() {
    DivisionInstance first = resource("genesyscloud_auth_division.a", "Marketing", "a.tf", 1);
    DivisionInstance second = resource("genesyscloud_auth_division.b", "Marketing", "b.tf", 2);
    DivisionInstance third = resource("genesyscloud_auth_division.c", "Marketing", "c.tf", 3);

    List<Finding> findings = Scenario.of(third, first, second).reconcile();

    String message = "\"Marketing\" is also the name of genesyscloud_auth_division.a (a.tf:1): the second"
        + " create would fail with 409 Conflict.";
    assertEquals(
        List.of(
            new Finding(FindingKind.CREATE, "genesyscloud_auth_division.a", "Marketing", null, false,
                "a.tf", 1, "No division named \"Marketing\" exists in the org: apply creates it.", null),
            new Finding(FindingKind.DUPLICATE, "genesyscloud_auth_division.b", "Marketing", null, true,
                "b.tf", 2, message, "rename one of them"),
            new Finding(FindingKind.DUPLICATE, "genesyscloud_auth_division.c", "Marketing", null, true,
                "c.tf", 3, message, "rename one of them")),
        findings);
  }

  @Test
  void theFirstOfADuplicateGroupGetsItsOwnKind() {
    List<Finding> findings = Scenario.of(
            resource("genesyscloud_auth_division.y", "Engineering"),
            resource("genesyscloud_auth_division.x", "Engineering"))
        .reconcile();

    assertEquals(List.of(FindingKind.CONFLICT, FindingKind.DUPLICATE),
        findings.stream().map(Finding::kind).toList());
    assertEquals(List.of("genesyscloud_auth_division.x", "genesyscloud_auth_division.y"),
        findings.stream().map(Finding::address).toList());
    assertEquals(ENG_ID, findings.get(0).divisionId());
  }

  @Test
  void reportsCountInstancesThatCollide() {
    List<Finding> findings = Scenario.of(
            resource("genesyscloud_auth_division.x[1]", "Team"),
            resource("genesyscloud_auth_division.x[0]", "Team"))
        .reconcile();

    assertEquals(
        List.of(
            finding(FindingKind.CREATE, "genesyscloud_auth_division.x[0]", "Team", null, false,
                "No division named \"Team\" exists in the org: apply creates it.", null),
            finding(FindingKind.DUPLICATE, "genesyscloud_auth_division.x[1]", "Team", null, true,
                "\"Team\" is also the name of genesyscloud_auth_division.x[0] (main.tf:3): the second"
                    + " create would fail with 409 Conflict.", "rename one of them")),
        findings);
  }

  @Test
  void namesThatDifferOnlyInCaseAreDuplicates() {
    List<Finding> findings = Scenario.of(
            resource("genesyscloud_auth_division.a", "Marketing"),
            resource("genesyscloud_auth_division.b", "MARKETING"))
        .reconcile();

    assertEquals(
        finding(FindingKind.DUPLICATE, "genesyscloud_auth_division.b", "MARKETING", null, true,
            "\"MARKETING\" is also the name of genesyscloud_auth_division.a (main.tf:3) (the names differ"
                + " only in letter case): the second create would fail with 409 Conflict.",
            "rename one of them"),
        findings.get(1));
    assertEquals(2, findings.size());
  }

  @Test
  void namesThatDifferOnlyInCaseAreNotDuplicatesWhenCaseSensitive() {
    List<Finding> findings = Scenario.of(
            resource("genesyscloud_auth_division.a", "Marketing"),
            resource("genesyscloud_auth_division.b", "MARKETING"))
        .options(CASE_SENSITIVE)
        .reconcile();

    assertEquals(List.of(FindingKind.CREATE, FindingKind.CREATE),
        findings.stream().map(Finding::kind).toList());
  }

  @Test
  void unresolvedInstancesAreNeverDuplicates() {
    List<Finding> findings = Scenario.of(
            unresolved("genesyscloud_auth_division.a", DeclarationMode.RESOURCE, "unknown"),
            unresolved("genesyscloud_auth_division.b", DeclarationMode.RESOURCE, "unknown"))
        .reconcile();

    assertEquals(List.of(FindingKind.UNRESOLVED, FindingKind.UNRESOLVED),
        findings.stream().map(Finding::kind).toList());
  }

  // ---------------------------------------------------------------- offline, options, order

  @Test
  void offlineReportsOnlyDuplicatesAndUnresolved() {
    List<Finding> findings = Scenario.of(
            resource("genesyscloud_auth_division.a", "Engineering"),
            resource("genesyscloud_auth_division.b", "engineering"),
            resource("genesyscloud_auth_division.c", "Home"),
            home("genesyscloud_auth_division.d", "HQ"),
            unresolved("genesyscloud_auth_division.e", DeclarationMode.RESOURCE, "unknown"))
        .state(entry("genesyscloud_auth_division.c", GONE_ID, "Home"))
        .lookups(lookup("data.genesyscloud_auth_division.legacy", "Legacy"),
            unresolved("data.genesyscloud_auth_division.x", DeclarationMode.DATA, "unknown"))
        .offline()
        .reconcile();

    assertEquals(
        List.of("data.genesyscloud_auth_division.x UNRESOLVED false",
            "genesyscloud_auth_division.b DUPLICATE true",
            "genesyscloud_auth_division.e UNRESOLVED false"),
        findings.stream().map(f -> f.address() + " " + f.kind() + " " + f.blocking()).toList());
  }

  @Test
  void sortsFindingsByAddress() {
    List<DivisionInstance> resources = new ArrayList<>(List.of(
        resource("module.region[\"emea\"].genesyscloud_auth_division.this", "EMEA"),
        resource("genesyscloud_auth_division.z", "Zeta"),
        resource("genesyscloud_auth_division.by_key[\"b\"]", "Beta"),
        resource("genesyscloud_auth_division.by_key[\"a\"]", "Alpha"),
        resource("module.region[\"apac\"].genesyscloud_auth_division.this", "APAC")));
    Scenario scenario = new Scenario(resources,
        List.of(lookup("data.genesyscloud_auth_division.legacy", "Legacy"),
            lookup("data.genesyscloud_auth_division.a", "Nope")),
        List.of(), Optional.of(ORG), DEFAULTS);

    assertEquals(
        List.of("data.genesyscloud_auth_division.a",
            "data.genesyscloud_auth_division.legacy",
            "genesyscloud_auth_division.by_key[\"a\"]",
            "genesyscloud_auth_division.by_key[\"b\"]",
            "genesyscloud_auth_division.z",
            "module.region[\"apac\"].genesyscloud_auth_division.this",
            "module.region[\"emea\"].genesyscloud_auth_division.this"),
        scenario.reconcile().stream().map(Finding::address).toList());
  }

  @Test
  void checksEveryInstanceAgainstTheStateAndTheOrgTogether() {
    List<Finding> findings = Scenario.of(
            resource("genesyscloud_auth_division.eng", "Engineering"),
            resource("genesyscloud_auth_division.ops", "Operations"),
            resource("genesyscloud_auth_division.sales", "Sales"),
            resource("genesyscloud_auth_division.mkt", "Marketing"),
            home("genesyscloud_auth_division.home", "Home"))
        .state(entry("genesyscloud_auth_division.ops", OPS_ID, "Operations"),
            entry("genesyscloud_auth_division.sales", GONE_ID, "Sales"))
        .options(NO_DATA_SOURCES)
        .lookups(lookup("data.genesyscloud_auth_division.legacy", "Legacy"))
        .reconcile();

    assertEquals(
        List.of("genesyscloud_auth_division.eng CONFLICT true " + ENG_ID,
            "genesyscloud_auth_division.home HOME false " + HOME_ID,
            "genesyscloud_auth_division.mkt CREATE false null",
            "genesyscloud_auth_division.ops DRIFT false " + OPS_ID,
            "genesyscloud_auth_division.sales STALE_STATE true " + SALES_ID),
        findings.stream()
            .map(f -> f.address() + " " + f.kind() + " " + f.blocking() + " " + f.divisionId())
            .toList());
    Finding stale = findings.get(4);
    assertTrue(stale.remedy().indexOf("terraform state rm ") == 0
            && stale.remedy().indexOf("terraform import ") > stale.remedy().indexOf("terraform state rm "),
        stale.remedy());
  }

  @Test
  void aTaintedInstanceIsManagedAndSaysItWillBeReplaced() {
    List<Finding> findings = new Reconciler(DEFAULTS).reconcile(
        new TerraformConfiguration(List.of(resource(A, "Engineering")), List.of()),
        new TerraformState("state", List.of(new StateEntry(A, ENG_ID, "Engineering", true))),
        Optional.of(new OrgDivisions(ORG)));

    assertEquals(List.of(finding(FindingKind.MANAGED, A, "Engineering", ENG_ID, false,
        "The state's division " + ENG_ID + " exists in the org. It is tainted: apply will delete it"
            + " and create \"Engineering\" again (with create_before_destroy the create comes first"
            + " and fails with 409 Conflict).", null)), findings);
  }

  @Test
  void aNameHeldByADivisionThisStateManagesElsewhereWantsAMoveNotAnImport() {
    String old = "module.legacy.genesyscloud_auth_division.old";
    List<Finding> findings = new Reconciler(DEFAULTS).reconcile(
        new TerraformConfiguration(List.of(resource(A, "Sales")), List.of()),
        new TerraformState("state", List.of(new StateEntry(old, SALES_ID, "Sales", false))),
        Optional.of(new OrgDivisions(ORG)));

    assertEquals(List.of(finding(FindingKind.CONFLICT, A, "Sales", SALES_ID, true,
        "The org already has a division named \"Sales\" (" + SALES_ID + "), and this state manages"
            + " it as " + old + EXPECT_409,
        "terraform state mv '" + old + "' '" + A + "' (or a moved block) if " + old + " is to go,"
            + " rather than an import; else choose another name")), findings);
    assertTrue(ImportPlan.of(findings).isEmpty());
    // the contract: with onConflict=script, no CONFLICT fails the build
    assertFalse(OnConflict.SCRIPT.failsBuild(findings.get(0)));
  }
}
