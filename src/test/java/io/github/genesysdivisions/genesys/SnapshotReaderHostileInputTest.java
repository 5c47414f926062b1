package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.hostile.MutationCampaign;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile snapshots: mutants of real snapshots must give divisions or a {@link GenesysException}
 * whose message names the file, never another exception, an error or a hang; pathological nesting
 * and strings meet the JSON reader's limits with a clear message.
 */
class SnapshotReaderHostileInputTest {

  private static final long SEED = 20261205L;
  private static final int CASES = 12_000;
  private static final String GUID = "0a3f6c1e-5b7d-4e2a-9c8b-1d2e3f4a5b6c";
  private static final String FIX =
      " Fix the file, or leave out -Dgenesys.divisions.snapshot to ask the Genesys Cloud API.";

  @TempDir
  Path dir;

  @Test
  void everyMutantIsReadOrRefusedWithAMessageNamingTheFile() throws Exception {
    List<byte[]> seeds = List.of(resource("snapshot-array.json"), resource("snapshot-listing.json"));

    MutationCampaign.Tally tally = assertTimeoutPreemptively(Duration.ofMinutes(3),
        () -> MutationCampaign.run(SEED, seeds, CASES, dir, SnapshotReader::read, GenesysException.class));

    assertEquals(List.of(), tally.problems().subList(0, Math.min(5, tally.problems().size())),
        () -> tally.problems().size() + " of " + CASES + " cases went wrong");
    assertEquals(CASES, tally.cases());
    assertTrue(tally.results() > CASES / 20, () -> "too few mutants were still snapshots: " + tally);
    assertTrue(tally.refusals() > CASES / 4, () -> "too few mutants were refused: " + tally);
  }

  @Test
  void nestingOneHundredThousandDeepIsAClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("deep.json"),
        "{\"entities\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

    GenesysException refused = assertThrows(GenesysException.class, () -> SnapshotReader.read(file));

    assertEquals(file + ":1:1014: goes beyond what the plugin reads (Document nesting depth (1001) exceeds the"
        + " maximum allowed (1000)): no division listing does." + FIX, refused.getMessage());
  }

  @Test
  void readsAMultiMegabyteDescription() throws Exception {
    String description = "Describes ".repeat(800_000);
    Path file = Files.writeString(dir.resolve("big.json"), snapshot(description));

    assertEquals(List.of(new OrgDivision(GUID, "Home", description, true)), SnapshotReader.read(file));
  }

  @Test
  void aStringPastTheReadersLimitIsAClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("huge.json"), snapshot("x".repeat(20_000_001)));

    GenesysException refused = assertThrows(GenesysException.class, () -> SnapshotReader.read(file));

    assertTrue(refused.getMessage().startsWith(file + ":1:"), refused.getMessage());
    assertTrue(refused.getMessage().endsWith(": goes beyond what the plugin reads (String value length"
        + " (20000001) exceeds the maximum allowed (20000000)): no division listing does." + FIX),
        refused.getMessage());
  }

  @Test
  void namesTheByteThatIsNotUtf8() throws IOException {
    byte[] bytes = snapshot("caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.json"), bytes);

    GenesysException refused = assertThrows(GenesysException.class, () -> SnapshotReader.read(file));

    assertTrue(refused.getMessage().startsWith(file + ":1:"), refused.getMessage());
    assertTrue(refused.getMessage().contains("not valid JSON: Invalid UTF-8"), refused.getMessage());
  }

  private static String snapshot(String description) {
    return "[{\"id\": \"" + GUID + "\", \"name\": \"Home\", \"homeDivision\": true, \"description\": \""
        + description + "\"}]";
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = SnapshotReaderHostileInputTest.class.getResourceAsStream("/genesys/" + name)) {
      return in.readAllBytes();
    }
  }
}
