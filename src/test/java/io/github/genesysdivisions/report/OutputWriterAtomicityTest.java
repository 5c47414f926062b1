package io.github.genesysdivisions.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose writing fails midway leaves each output of the earlier run whole (byte-identical) or
 * replaced whole by the new one, never half written, and leaves no temporary file behind. The
 * failures are ones that can be provoked as root: a file size limit ({@code ulimit -f}) in a
 * process of its own, and a directory standing where an output goes.
 */
class OutputWriterAtomicityTest {

  private static final List<String> OUTPUTS =
      List.of("TEST-genesys-divisions.xml", "import.sh", "imports.tf", "report.json");

  @TempDir
  Path temp;

  private Path out;
  private Map<String, byte[]> earlier;

  /** The earlier run: the small result, with every output. */
  @BeforeEach
  void writeEarlierRun() throws IOException {
    out = temp.resolve("out");
    new OutputWriter(out, "terraform", "0.1.0").write(ReportFixtures.small());
    earlier = contents();
    assertEquals(OUTPUTS, List.copyOf(earlier.keySet()));
  }

  @Test
  void aFileSizeLimitHitWhileWritingLeavesEveryEarlierOutputAsItWas() throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "/bin/sh is needed to set a file size limit");
    // 4 blocks of 512 bytes: the new import.sh and imports.tf fit, the JUnit XML and report do not
    ProcessBuilder builder = new ProcessBuilder(sh.toString(), "-c", "ulimit -f 4 && exec \"$@\"", "sh",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), WriteOutputsMain.class.getName(), out.toString())
        .redirectErrorStream(true);
    Process process = builder.start();
    process.getOutputStream().close();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the writer did not finish");

    assertEquals(1, process.exitValue(), printed);
    assertTrue(printed.contains("File too large"), printed);
    assertSameContents(earlier, contents());
  }

  @Test
  void theNewOutputsReallyDifferAndFitUnderTheLimitOnlyPartly() throws IOException {
    Path fresh = temp.resolve("fresh");
    new OutputWriter(fresh, "terraform", "0.2.0").write(large());

    for (String name : OUTPUTS) {
      assertFalse(Files.mismatch(out.resolve(name), fresh.resolve(name)) == -1, name + " is the same in both runs");
    }
    assertTrue(Files.size(fresh.resolve("import.sh")) < 2048);
    assertTrue(Files.size(fresh.resolve("imports.tf")) < 2048);
    assertTrue(Files.size(fresh.resolve("TEST-genesys-divisions.xml")) > 2048);
  }

  @Test
  void aDirectoryWhereTheFirstOutputGoesLeavesEveryOtherOutputAsItWas() throws IOException {
    replaceWithDirectory("import.sh");

    assertThrows(IOException.class, () -> new OutputWriter(out, "terraform", "0.2.0").write(large()));

    Map<String, byte[]> expected = new LinkedHashMap<>(earlier);
    expected.remove("import.sh");
    assertSameContents(expected, contents());
  }

  @Test
  void aDirectoryWhereTheLastOutputGoesLeavesTheOthersWholeAndNew() throws IOException {
    replaceWithDirectory("report.json");
    Path fresh = temp.resolve("fresh");
    new OutputWriter(fresh, "terraform", "0.2.0").write(large());

    assertThrows(IOException.class, () -> new OutputWriter(out, "terraform", "0.2.0").write(large()));

    Map<String, byte[]> expected = new LinkedHashMap<>();
    for (String name : List.of("TEST-genesys-divisions.xml", "import.sh", "imports.tf")) {
      expected.put(name, Files.readAllBytes(fresh.resolve(name)));
    }
    assertSameContents(expected, contents());
  }

  @Test
  void aDirectoryWhereAnOldImportScriptWasLeavesEveryOutputAsItWas() throws IOException {
    replaceWithDirectory("import.sh");

    assertThrows(DirectoryNotEmptyException.class,
        () -> new OutputWriter(out, "terraform", "0.2.0").write(ReportFixtures.nothingToImport()));

    Map<String, byte[]> expected = new LinkedHashMap<>(earlier);
    expected.remove("import.sh");
    assertSameContents(expected, contents());
  }

  @Test
  void aFileWhereTheOutputDirectoryGoesWritesNothing() throws IOException {
    Path file = Files.writeString(temp.resolve("file"), "not a directory");

    assertThrows(IOException.class, () -> new OutputWriter(file.resolve("out"), "terraform", "0.2.0").write(large()));

    assertEquals("not a directory", Files.readString(file));
    assertEquals(List.of("file", "out"), listing(temp));
  }

  /** One CONFLICT and forty CREATEs: short import files, long reports. */
  static CheckResult large() {
    List<DivisionInstance> instances = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    instances.add(ReportFixtures.resource(ReportFixtures.ENG, "Engineering", "main.tf", 3));
    findings.add(ReportFixtures.conflict(ReportFixtures.ENG, "Engineering", ReportFixtures.G2, "main.tf", 3));
    for (int i = 0; i < 40; i++) {
      String address = "genesyscloud_auth_division.team[" + i + "]";
      instances.add(ReportFixtures.resource(address, "Team " + i, "teams.tf", 1));
      findings.add(new Finding(FindingKind.CREATE, address, "Team " + i, null, false, "teams.tf", 1,
          "No division named \"Team " + i + "\" exists in the org: apply creates it.", null));
    }
    return new CheckResult(Path.of("/work/infra/next"), "api", new TerraformConfiguration(instances, List.of()),
        findings, List.of());
  }

  private void replaceWithDirectory(String name) throws IOException {
    Files.delete(out.resolve(name));
    Files.writeString(Files.createDirectories(out.resolve(name)).resolve("kept"), "kept");
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The regular files of the output directory, by name: temporary files would show here too. */
  private Map<String, byte[]> contents() throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        contents.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return contents;
  }

  private static void assertSameContents(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
  }
}
