package io.github.genesysdivisions.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.genesysdivisions.hostile.MutationCampaign;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile state files: mutants of real states must give a state or a {@link StateException} whose
 * message names the file, never another exception, an error or a hang; pathological nesting and
 * strings meet the JSON reader's limits with a clear message.
 */
class StateReaderHostileInputTest {

  private static final long SEED = 20261204L;
  private static final int CASES = 12_000;
  private static final String GUID = "3b9c2a4e-0000-4000-8000-000000000001";
  private static final String POINT_AT_STATE = " Point -Dgenesys.divisions.stateFile at a terraform.tfstate"
      + " file or at the output of 'terraform show -json'.";

  @TempDir
  Path dir;

  @Test
  void everyMutantIsReadOrRefusedWithAMessageNamingTheFile() throws Exception {
    List<byte[]> seeds = List.of(resource("format4.tfstate"), resource("show.json"));
    StateReader reader = new StateReader();

    MutationCampaign.Tally tally = assertTimeoutPreemptively(Duration.ofMinutes(3),
        () -> MutationCampaign.run(SEED, seeds, CASES, dir, (bytes, file) -> reader.parse(bytes, file.toString()), StateException.class));

    assertEquals(List.of(), tally.problems().subList(0, Math.min(5, tally.problems().size())),
        () -> tally.problems().size() + " of " + CASES + " cases went wrong");
    assertEquals(CASES, tally.cases());
    assertTrue(tally.results() > CASES / 20, () -> "too few mutants were still states: " + tally);
    assertTrue(tally.refusals() > CASES / 4, () -> "too few mutants were refused: " + tally);
  }

  @Test
  void nestingOneHundredThousandDeepIsAClearError() throws IOException {
    Path file = dir.resolve("deep.tfstate");
    Files.writeString(file, "{\"version\": 4, \"resources\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

    StateException refused = assertThrows(StateException.class, () -> new StateReader().read(file));

    assertEquals("The state " + file + " at line 1, column 1029 goes beyond what the plugin reads (Document"
        + " nesting depth (1001) exceeds the maximum allowed (1000)): no Terraform state does." + POINT_AT_STATE,
        refused.getMessage());
  }

  @Test
  void deepNestingInsideAnAttributeIsAClearErrorToo() throws IOException {
    Path file = dir.resolve("deep-attribute.tfstate");
    Files.writeString(file, "{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\":"
        + " \"genesyscloud_auth_division\", \"name\": \"eng\", \"instances\": [{\"attributes\": {\"id\": \""
        + GUID + "\", \"name\": " + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}}]}]}");

    StateException refused = assertThrows(StateException.class, () -> new StateReader().read(file));

    assertTrue(refused.getMessage().startsWith("The state " + file + " at line 1, column "), refused.getMessage());
    assertTrue(refused.getMessage().endsWith(" goes beyond what the plugin reads (Document nesting depth (1001)"
        + " exceeds the maximum allowed (1000)): no Terraform state does." + POINT_AT_STATE), refused.getMessage());
  }

  @Test
  void readsAMultiMegabyteName() throws Exception {
    String name = "Division ".repeat(1_000_000);
    Path file = dir.resolve("big.tfstate");
    Files.writeString(file, state(name));

    TerraformState state = new StateReader().read(file);

    assertEquals(List.of(new StateEntry("genesyscloud_auth_division.eng", GUID, name, false)), state.entries());
  }

  @Test
  void aStringPastTheReadersLimitIsAClearError() throws IOException {
    Path file = dir.resolve("huge.tfstate");
    Files.writeString(file, state("x".repeat(20_000_001)));

    StateException refused = assertThrows(StateException.class, () -> new StateReader().read(file));

    assertTrue(refused.getMessage().startsWith("The state " + file + " at line 1, column "), refused.getMessage());
    assertTrue(refused.getMessage().endsWith(" goes beyond what the plugin reads (String value length (20000001)"
        + " exceeds the maximum allowed (20000000)): no Terraform state does." + POINT_AT_STATE), refused.getMessage());
  }

  @Test
  void refusesIndexKeysTerraformNeverWrites() throws IOException {
    for (String key : List.of("1e999999999", "-1", "0.5", "true", "{}", "[0]")) {
      Path file = dir.resolve("key.tfstate");
      Files.writeString(file, "{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\":"
          + " \"genesyscloud_auth_division\", \"name\": \"counted\", \"module\": \"module.m[0]\", \"instances\":"
          + " [{\"index_key\": " + key + ", \"attributes\": {\"id\": \"" + GUID + "\"}}]}]}");

      StateException refused = assertThrows(StateException.class, () -> new StateReader().read(file), key);

      assertEquals("The state " + file + " has the index_key " + (key.equals("1e999999999") ? "Infinity" : key)
          + " for module.m[0].genesyscloud_auth_division.counted, which is neither a count index (a whole number,"
          + " 0 or more) nor a for_each key (a string): Terraform did not write it. Point"
          + " -Dgenesys.divisions.stateFile at the state Terraform wrote, or the output of 'terraform state pull'.",
          refused.getMessage());
    }
  }

  @Test
  void refusesIdsThatAreNotGuidsSoThatNoneReachesAMessage() throws IOException {
    for (String id : List.of("x\n[INFO] BUILD SUCCESS", "\u001b[2K" + GUID, GUID + " ", "$(touch pwned)", "not-a-guid")) {
      Path file = dir.resolve("id.tfstate");
      Files.writeString(file, "{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\":"
          + " \"genesyscloud_auth_division\", \"name\": \"eng\", \"instances\": [{\"attributes\": {\"id\": "
          + new ObjectMapper().writeValueAsString(id) + ", \"name\": \"Engineering\"}}]}]}");

      StateException refused = assertThrows(StateException.class, () -> new StateReader().read(file), id);

      assertEquals("The state " + file + " has an id for genesyscloud_auth_division.eng that is not a division"
          + " GUID: the genesyscloud provider never writes one. Remove the entry with 'terraform state rm' and"
          + " import the division again.", refused.getMessage());
    }
  }

  private static String state(String name) {
    return "{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\": \"genesyscloud_auth_division\","
        + " \"name\": \"eng\", \"instances\": [{\"attributes\": {\"id\": \"" + GUID + "\", \"name\": \""
        + name + "\"}}]}]}";
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = StateReaderHostileInputTest.class.getResourceAsStream("/state/" + name)) {
      return in.readAllBytes();
    }
  }
}
