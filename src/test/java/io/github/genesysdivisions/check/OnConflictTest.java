package io.github.genesysdivisions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OnConflictTest {

  private static final String GUID = "3b9c2a4e-0000-4000-8000-000000000001";

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "fail    | FAIL",
      "FAIL    | FAIL",
      "script  | SCRIPT",
      "Script  | SCRIPT",
      "warn    | WARN",
      "'  wArN ' | WARN",
      "'\twarn ' | WARN",
  })
  void parsesModesCaseInsensitively(String value, OnConflict mode) {
    assertEquals(mode, OnConflict.parse(value));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "abort", "fails", "warning", "ignore", "fail,warn", "scrip"})
  void rejectsOtherValuesNamingTheParameterAndTheChoices(String value) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OnConflict.parse(value));

    assertEquals(
        "-Dgenesys.divisions.onConflict=" + value + " is not one of fail, script, warn", e.getMessage());
  }

  static Stream<Arguments> findings() {
    return Stream.of(
        // kind, blocking, divisionId, fails with fail, fails with script, fails with warn
        Arguments.of(FindingKind.CREATE, false, null, false, false, false),
        Arguments.of(FindingKind.MANAGED, false, GUID, false, false, false),
        Arguments.of(FindingKind.HOME, false, GUID, false, false, false),
        Arguments.of(FindingKind.CONFLICT, true, GUID, true, false, false),
        Arguments.of(FindingKind.STALE_STATE, true, GUID, true, false, false),
        Arguments.of(FindingKind.STALE_STATE, false, null, false, false, false),
        Arguments.of(FindingKind.RENAME_CONFLICT, true, GUID, true, true, false),
        Arguments.of(FindingKind.DUPLICATE, true, null, true, true, false),
        Arguments.of(FindingKind.HOME_NAME, true, GUID, true, true, false),
        Arguments.of(FindingKind.DRIFT, false, GUID, false, false, false),
        Arguments.of(FindingKind.MISSING_LOOKUP, true, null, true, true, false),
        Arguments.of(FindingKind.UNRESOLVED, false, null, false, false, false),
        Arguments.of(FindingKind.UNRESOLVED, true, null, true, true, false),
        Arguments.of(FindingKind.UNSUPPORTED_ARGUMENT, true, null, true, true, false),
        Arguments.of(FindingKind.LIMIT_EXCEEDED, true, null, true, true, false));
  }

  @ParameterizedTest(name = "{0} blocking={1}: fail={3} script={4} warn={5}")
  @MethodSource("findings")
  void decidesWhichFindingsFailTheBuild(FindingKind kind, boolean blocking, String divisionId,
      boolean failsWithFail, boolean failsWithScript, boolean failsWithWarn) {
    Finding finding = new Finding(kind, "genesyscloud_auth_division.eng", "Engineering", divisionId,
        blocking, "main.tf", 1, "message", null);

    assertEquals(failsWithFail, OnConflict.FAIL.failsBuild(finding), "fail");
    assertEquals(failsWithScript, OnConflict.SCRIPT.failsBuild(finding), "script");
    assertEquals(failsWithWarn, OnConflict.WARN.failsBuild(finding), "warn");
  }
}
