package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotReaderTest {

  private static final String HOME = "0a3f6c1e-5b7d-4e2a-9c8b-1d2e3f4a5b6c";
  private static final String HOME_UPPER = "0A3F6C1E-5B7D-4E2A-9C8B-1D2E3F4A5B6C";
  private static final String ENGINEERING = "7c9d2e4f-1a3b-4c5d-8e6f-0a1b2c3d4e5f";
  private static final String FIX =
      ". Fix the file, or leave out -Dgenesys.divisions.snapshot to ask the Genesys Cloud API.";

  @TempDir Path dir;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SnapshotReaderTest.class.getResource("/genesys/" + name).toURI());
  }

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve("divisions.json"), json);
  }

  @Test
  void readsTheApiListingShape() throws Exception {
    assertEquals(
        List.of(
            new OrgDivision(HOME, "Home", "The org's home division", true),
            new OrgDivision(ENGINEERING, "Engineering", null, false),
            new OrgDivision("E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B", "Sales Team", null, false)),
        SnapshotReader.read(resource("snapshot-listing.json")));
  }

  @Test
  void readsAPlainArray() throws Exception {
    assertEquals(
        List.of(
            new OrgDivision(HOME, "Home", null, true),
            new OrgDivision(ENGINEERING, "Engineering", "Builds things", false)),
        SnapshotReader.read(resource("snapshot-array.json")));
  }

  @Test
  void theSourceIsNamedSnapshotAndReadsTheFile() throws Exception {
    SnapshotSource source = new SnapshotSource(resource("snapshot-array.json"));

    assertEquals("snapshot", source.sourceName());
    assertEquals(2, source.find(Set.of(), Set.of()).size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"entities\": [}"
            + " | :1:15: not valid JSON: Unexpected close marker '}': expected ']' (for Array"
            + " starting at [line: 1, column: 14])",
        "[{\"id\": \""
            + HOME
            + "\", \"name\": \"A\"}] {}"
            + " | :1:63: more JSON after the end of the first value",
        "{\"divisions\": []} | : expected a JSON array of divisions, or a division listing as GET"
            + " /api/v2/authorization/divisions returns it ({\"entities\": [...]}), but found an"
            + " object",
        "\"x\""
            + " | : expected a JSON array of divisions, or a division listing as GET"
            + " /api/v2/authorization/divisions returns it ({\"entities\": [...]}), but found the"
            + " string \"x\"",
        "'' | : the file is empty",
        "[{\"name\": \"A\"}] | : [0] has no \"id\"",
        "[{\"id\": \"" + HOME + "\"}] | : [0] has no \"name\"",
        "{\"entities\": [{\"id\": \""
            + HOME
            + "\", \"name\": \"A\"}, {\"id\": \"eng\", \"name\": \"B\"}]}"
            + " | : entities[1].id \"eng\" is not a division GUID",
        "[{\"id\": 42, \"name\": \"A\"}] | : [0].id must be a string, not the number 42",
        "[{\"id\": \"" + HOME + "\", \"name\": \"  \"}] | : [0].name is empty",
        "[{\"id\": \""
            + HOME
            + "\", \"name\": \"A\", \"description\": []}]"
            + " | : [0].description must be a string, not an array",
        "[{\"id\": \""
            + HOME
            + "\", \"name\": \"A\", \"homeDivision\": \"yes\"}]"
            + " | : [0].homeDivision must be true or false, not the string \"yes\"",
        "[{\"id\": \""
            + HOME
            + "\", \"name\": \"A\"}, 7] | : [1] is the number 7, not a division object",
        "[{\"id\": \""
            + HOME
            + "\", \"name\": \"A\"}, {\"id\": \""
            + ENGINEERING
            + "\", \"name\": \"B\"},"
            + " {\"id\": \""
            + HOME_UPPER
            + "\", \"name\": \"C\"}]"
            + " | : [2].id \""
            + HOME_UPPER
            + "\" is also the id of [0]",
        "[{\"id\": \""
            + HOME
            + "\", \"name\": \"A\", \"homeDivision\": true},"
            + " {\"id\": \""
            + ENGINEERING
            + "\", \"name\": \"B\", \"homeDivision\": true}]"
            + " | : [0] and [1] both have \"homeDivision\": true, but an org has one home division",
        "{\"entities\": [{\"id\": \""
            + HOME
            + "\", \"name\": \"A\"}], \"pageSize\": 1, \"total\": 2,"
            + " \"pageCount\": 2}"
            + " | : the listing holds 1 of the org's 2 divisions (\"total\"): it is one page of"
            + " several. Save every page's entities in one file"
      })
  void rejectsBadInputNamingFileEntryAndField(String json, String problem) throws IOException {
    Path file = write(json);

    GenesysException e = assertThrows(GenesysException.class, () -> SnapshotReader.read(file));

    assertEquals(file + problem + FIX, e.getMessage());
  }

  @Test
  void aMissingFileNamesTheParameter() {
    Path file = dir.resolve("nope.json");

    GenesysException e = assertThrows(GenesysException.class, () -> SnapshotReader.read(file));

    assertEquals(
        "The snapshot file " + file + " does not exist. Check -Dgenesys.divisions.snapshot.",
        e.getMessage());
  }

  @Test
  void anEmptyArrayIsAnOrgWithoutDivisions() throws Exception {
    assertEquals(List.of(), SnapshotReader.read(write("[]")));
  }
}
