package io.github.genesysdivisions.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StateReaderTest {

  private static final String GUID = "3b9c2a4e-0000-4000-8000-0000000000";

  private static final String POINT_AT_STATE = " Point -Dgenesys.divisions.stateFile at a terraform.tfstate"
      + " file or at the output of 'terraform show -json'.";

  private final StateReader reader = new StateReader();

  @Test
  void readsFormat4StateWithRootAndModuleInstances(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("terraform.tfstate");
    Files.writeString(file, resource("format4.tfstate"));

    TerraformState state = reader.read(file);

    assertEquals(file.toString(), state.description());
    assertEquals(
        List.of(
            new StateEntry("genesyscloud_auth_division.by_key[\"$${var.region}\"]", GUID + "06", "Regional", false),
            new StateEntry("genesyscloud_auth_division.by_key[\"Sales Team\"]", GUID + "04", "Sales Team", false),
            new StateEntry("genesyscloud_auth_division.by_key[\"say \\\"hi\\\"\"]", GUID + "05", "Greeters", false),
            new StateEntry("genesyscloud_auth_division.counted[0]", GUID + "02", "Team 0", false),
            new StateEntry("genesyscloud_auth_division.counted[1]", GUID + "03", "Team 1", true),
            new StateEntry("genesyscloud_auth_division.eng", GUID + "01", "Engineering", false),
            new StateEntry("genesyscloud_auth_division.unnamed", GUID + "09", null, false),
            new StateEntry("module.region[\"emea\"].genesyscloud_auth_division.this", GUID + "07", "EMEA", false)),
        state.entries());
  }

  @Test
  void looksEntriesUpByAddress() throws Exception {
    TerraformState state = reader.parse(resource("format4.tfstate"), "terraform.tfstate");

    assertEquals(
        Optional.of(new StateEntry("module.region[\"emea\"].genesyscloud_auth_division.this", GUID + "07", "EMEA", false)),
        state.at("module.region[\"emea\"].genesyscloud_auth_division.this"));
    assertEquals(Optional.empty(), state.at("data.genesyscloud_auth_division.legacy"));
    assertEquals(Optional.empty(), state.at("genesyscloud_user.alice"));
    assertEquals(Optional.empty(), state.at("genesyscloud_auth_division_home.home"));
  }

  @Test
  void readsShowJsonWithNestedChildModulesSkippingDeposedObjects() throws Exception {
    TerraformState state = reader.parse(resource("show.json"), "show.json");

    assertEquals("show.json", state.description());
    assertEquals(
        List.of(
            new StateEntry("genesyscloud_auth_division.eng", GUID + "01", "Engineering", false),
            new StateEntry("genesyscloud_auth_division.replaced", GUID + "02", "Replaced", true),
            new StateEntry("module.region[\"apac\"].genesyscloud_auth_division.this", GUID + "05", "APAC", false),
            new StateEntry("module.region[\"emea\"].genesyscloud_auth_division.this", GUID + "07", "EMEA", false),
            new StateEntry(
                "module.region[\"emea\"].module.team[0].genesyscloud_auth_division.by_key[\"Sales Team\"]",
                GUID + "04", "Sales Team", false)),
        state.entries());
    assertEquals(
        Optional.of(GUID + "07"),
        state.at("module.region[\"emea\"].genesyscloud_auth_division.this").map(StateEntry::id));
  }

  static Stream<Arguments> emptyStates() {
    return Stream.of(
        Arguments.of("show -json of an empty state", "{\"format_version\":\"1.0\"}"),
        Arguments.of("show -json with a version", "{\"format_version\":\"1.0\",\"terraform_version\":\"1.9.8\"}"),
        Arguments.of("show -json with no resources", "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{}}}"),
        Arguments.of("format 4 with no resources", "{\"version\":4,\"serial\":1,\"resources\":[]}"),
        Arguments.of("format 4 without a resources field", "{\"version\":4,\"serial\":0}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyStates")
  void readsStatesWithoutDivisionsAsEmpty(String description, String text) throws Exception {
    TerraformState state = reader.parse(text, "state.json");

    assertEquals(List.of(), state.entries());
    assertEquals("state.json", state.description());
  }

  static Stream<Arguments> badStates() {
    return Stream.of(
        Arguments.of("not JSON", "{\"version\": 4,\n  \"serial\": 1,\n}",
            "The state bad.json is not JSON at line 3, column 1 (Unexpected character ('}' (code 125)):"
                + " was expecting double-quote to start field name)." + POINT_AT_STATE),
        Arguments.of("a JSON array", "[{\"version\": 4}]",
            "The state bad.json is not a JSON object." + POINT_AT_STATE),
        Arguments.of("a JSON string", "\"terraform.tfstate\"",
            "The state bad.json is not a JSON object." + POINT_AT_STATE),
        Arguments.of("empty", "",
            "The state bad.json is not a JSON object." + POINT_AT_STATE),
        Arguments.of("no version", "{\"serial\": 3, \"resources\": []}",
            "The state bad.json has no \"version\": it is neither a Terraform state file nor the output"
                + " of 'terraform show -json'."),
        Arguments.of("a version that is a string", "{\"version\": \"4\", \"resources\": []}",
            "The state bad.json has no \"version\": it is neither a Terraform state file nor the output"
                + " of 'terraform show -json'."),
        Arguments.of("version 3", "{\"version\": 3, \"serial\": 1, \"modules\": []}",
            "The state bad.json has format version 3; the plugin reads version 4 (Terraform 0.12 and"
                + " newer). Run 'terraform show -json' with your Terraform and pass its output as"
                + " -Dgenesys.divisions.stateFile."),
        Arguments.of("encrypted OpenTofu state",
            "{\"serial\": 2, \"lineage\": \"x\", \"meta\": {\"key_provider.pbkdf2.main\": \"e30=\"},"
                + " \"encrypted_data\": \"aGVsbG8=\", \"encryption_version\": \"v0\"}",
            "The state bad.json is encrypted (OpenTofu state encryption). The plugin cannot decrypt it:"
                + " run 'tofu show -json > state.json' and pass -Dgenesys.divisions.stateFile=state.json."),
        Arguments.of("format 4 without an id",
            "{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\": \"genesyscloud_auth_division\","
                + " \"name\": \"eng\", \"instances\": [{\"attributes\": {\"name\": \"Engineering\"}}]}]}",
            "The state bad.json has no id for genesyscloud_auth_division.eng. Run 'terraform refresh' or"
                + " remove the entry with 'terraform state rm'."),
        Arguments.of("format 4 with an empty id in a module",
            "{\"version\": 4, \"resources\": [{\"module\": \"module.region[\\\"emea\\\"]\", \"mode\": \"managed\","
                + " \"type\": \"genesyscloud_auth_division\", \"name\": \"this\", \"instances\":"
                + " [{\"index_key\": 2, \"attributes\": {\"id\": \"\", \"name\": \"EMEA\"}}]}]}",
            "The state bad.json has no id for module.region[\"emea\"].genesyscloud_auth_division.this[2]."
                + " Run 'terraform refresh' or remove the entry with 'terraform state rm'."),
        Arguments.of("show -json without an id",
            "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {\"child_modules\": [{\"address\":"
                + " \"module.m\", \"resources\": [{\"address\": \"module.m.genesyscloud_auth_division.x\","
                + " \"mode\": \"managed\", \"type\": \"genesyscloud_auth_division\", \"name\": \"x\","
                + " \"values\": {\"id\": null, \"name\": \"X\"}}]}]}}}",
            "The state bad.json has no id for module.m.genesyscloud_auth_division.x. Run 'terraform"
                + " refresh' or remove the entry with 'terraform state rm'."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStates")
  void rejectsBadStatesWithMessagesThatSayWhatToDo(String description, String text, String message) {
    StateException e = assertThrows(StateException.class, () -> reader.parse(text, "bad.json"));

    assertEquals(message, e.getMessage());
  }

  @Test
  void namesTheFileThatCannotBeRead(@TempDir Path dir) {
    Path missing = dir.resolve("missing.tfstate");

    StateException e = assertThrows(StateException.class, () -> reader.read(missing));

    assertEquals(
        "Cannot read the state file " + missing + ": " + missing + ". Check -Dgenesys.divisions.stateFile.",
        e.getMessage());
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StateReaderTest.class.getResourceAsStream("/state/" + name)) {
      if (in == null) {
        throw new IOException("test resource /state/" + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
