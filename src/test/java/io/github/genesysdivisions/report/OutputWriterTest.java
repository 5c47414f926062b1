package io.github.genesysdivisions.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.genesysdivisions.check.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  @TempDir
  Path temp;

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesEveryOutputIntoANewDirectory() throws IOException {
    Path out = temp.resolve("target/genesys-divisions");
    CheckResult result = ReportFixtures.small();

    List<Path> written = new OutputWriter(out, "tofu", "0.1.0").write(result);

    assertEquals(
        List.of(out.resolve("import.sh"), out.resolve("imports.tf"),
            out.resolve("TEST-genesys-divisions.xml"), out.resolve("report.json")),
        written);
    assertEquals(List.of("TEST-genesys-divisions.xml", "import.sh", "imports.tf", "report.json"), listing(out));
    assertEquals(
        ImportScripts.shell(result.importPlan(), ReportFixtures.TERRAFORM_DIRECTORY, "tofu"),
        Files.readString(out.resolve("import.sh"), StandardCharsets.UTF_8));
    assertEquals(ImportScripts.terraform(result.importPlan()),
        Files.readString(out.resolve("imports.tf"), StandardCharsets.UTF_8));
    assertArrayEquals(JUnitReport.render(result), Files.readAllBytes(out.resolve("TEST-genesys-divisions.xml")));
    assertArrayEquals(ReportJson.render(result, "0.1.0"), Files.readAllBytes(out.resolve("report.json")));
  }

  @Test
  void makesTheImportScriptExecutable() throws IOException {
    new OutputWriter(temp, "terraform", "0.1.0").write(ReportFixtures.small());

    Path script = temp.resolve("import.sh");
    assertTrue(Files.isExecutable(script));
    assertTrue(Files.getPosixFilePermissions(script).contains(PosixFilePermission.OWNER_EXECUTE));
    assertFalse(Files.isExecutable(temp.resolve("report.json")));
  }

  @Test
  void givesTheOutputsThePermissionsOfANewFile() throws IOException {
    Path probe = Files.createFile(temp.resolve("probe"));
    Set<PosixFilePermission> newFile = Files.getPosixFilePermissions(probe);
    Files.delete(probe);
    Set<PosixFilePermission> script = EnumSet.copyOf(newFile);
    script.add(PosixFilePermission.OWNER_EXECUTE);
    if (newFile.contains(PosixFilePermission.GROUP_READ)) {
      script.add(PosixFilePermission.GROUP_EXECUTE);
    }
    if (newFile.contains(PosixFilePermission.OTHERS_READ)) {
      script.add(PosixFilePermission.OTHERS_EXECUTE);
    }

    new OutputWriter(temp, "terraform", "0.1.0").write(ReportFixtures.small());

    assertEquals(newFile, Files.getPosixFilePermissions(temp.resolve("report.json")));
    assertEquals(newFile, Files.getPosixFilePermissions(temp.resolve("imports.tf")));
    assertEquals(newFile, Files.getPosixFilePermissions(temp.resolve("TEST-genesys-divisions.xml")));
    assertEquals(script, Files.getPosixFilePermissions(temp.resolve("import.sh")));
  }

  @Test
  void writesTheScriptWithAnAbsoluteTerraformDirectory() throws IOException {
    Path relative = Path.of("relative/terraform");
    CheckResult small = ReportFixtures.small();
    CheckResult result = new CheckResult(relative, small.source(), small.configuration(), small.findings(),
        small.warnings());

    new OutputWriter(temp, "terraform", "0.1.0").write(result);

    String chdir = "'-chdir=" + relative.toAbsolutePath() + "'";
    assertTrue(Files.readString(temp.resolve("import.sh")).contains(
        "\"${TERRAFORM:-terraform}\" " + chdir + " import 'genesyscloud_auth_division.eng' '"
            + ReportFixtures.G1 + "'\n"));
  }

  @Test
  void removesTheImportFilesOfAnEarlierRunWhenThereIsNothingToImport() throws IOException {
    OutputWriter writer = new OutputWriter(temp, "terraform", "0.1.0");
    writer.write(ReportFixtures.small());
    assertEquals(List.of("TEST-genesys-divisions.xml", "import.sh", "imports.tf", "report.json"), listing(temp));

    CheckResult next = ReportFixtures.nothingToImport();
    List<Path> written = writer.write(next);

    assertEquals(List.of(temp.resolve("TEST-genesys-divisions.xml"), temp.resolve("report.json")), written);
    assertEquals(List.of("TEST-genesys-divisions.xml", "report.json"), listing(temp));
    assertArrayEquals(ReportJson.render(next, "0.1.0"), Files.readAllBytes(temp.resolve("report.json")));
    assertArrayEquals(JUnitReport.render(next), Files.readAllBytes(temp.resolve("TEST-genesys-divisions.xml")));
  }

  @Test
  void replacesTheFilesOfAnEarlierRunAndLeavesNoTemporaryFiles() throws IOException {
    Files.writeString(temp.resolve("report.json"), "old report, much longer than the new one would ever be"
        .repeat(200));
    Files.writeString(temp.resolve("import.sh"), "old script");
    Files.writeString(temp.resolve("unrelated.txt"), "kept");

    new OutputWriter(temp, "terraform", "0.1.0").write(ReportFixtures.small());
    new OutputWriter(temp, "terraform", "0.1.0").write(ReportFixtures.small());

    assertEquals(
        List.of("TEST-genesys-divisions.xml", "import.sh", "imports.tf", "report.json", "unrelated.txt"),
        listing(temp));
    assertArrayEquals(ReportJson.render(ReportFixtures.small(), "0.1.0"),
        Files.readAllBytes(temp.resolve("report.json")));
    assertEquals("kept", Files.readString(temp.resolve("unrelated.txt")));
  }

  @Test
  void atomicFilesWriteWholeContentWithoutLeftovers() throws IOException {
    Path target = temp.resolve("nested/dir/file.txt");

    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      batch.add(target, "first".getBytes(StandardCharsets.UTF_8), false);
      batch.commit();
    }
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      batch.add(target, "second".getBytes(StandardCharsets.UTF_8), true);
      batch.commit();
    }

    assertEquals("second", Files.readString(target));
    assertTrue(Files.isExecutable(target));
    assertEquals(List.of("file.txt"), listing(target.getParent()));
  }
}
