package io.github.genesysdivisions.report;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.ImportPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every output of a check into the output directory, each file atomically, and removes the
 * import files of an earlier run when there is nothing to import now.
 */
public final class OutputWriter {

  public static final String REPORT_JSON = "report.json";
  public static final String IMPORT_SH = "import.sh";
  public static final String IMPORTS_TF = "imports.tf";
  public static final String JUNIT_XML = "TEST-" + JUnitReport.SUITE + ".xml";

  private final Path outputDirectory;
  private final String terraformExecutable;
  private final String version;

  /**
   * @param outputDirectory where the outputs go
   * @param terraformExecutable the import script's default Terraform binary
   * @param version the plugin's version, for the report
   */
  public OutputWriter(Path outputDirectory, String terraformExecutable, String version) {
    this.outputDirectory = outputDirectory;
    this.terraformExecutable = terraformExecutable;
    this.version = version;
  }

  /**
   * Writes the outputs and returns the files written, in the order written. Every output is written
   * in full before any replaces its earlier version (see {@link AtomicFiles.Batch}): a failure
   * while writing leaves the outputs of the earlier run as they were.
   */
  public List<Path> write(CheckResult result) throws IOException {
    Files.createDirectories(outputDirectory);
    ImportPlan plan = result.importPlan();
    Path script = outputDirectory.resolve(IMPORT_SH);
    Path blocks = outputDirectory.resolve(IMPORTS_TF);
    Path junit = outputDirectory.resolve(JUNIT_XML);
    Path report = outputDirectory.resolve(REPORT_JSON);
    List<Path> written = new ArrayList<>();
    try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
      if (!plan.isEmpty()) {
        batch.add(script, utf8(
            ImportScripts.shell(plan, result.terraformDirectory().toAbsolutePath(), terraformExecutable)), true);
        written.add(script);
        batch.add(blocks, utf8(ImportScripts.terraform(plan)), false);
        written.add(blocks);
      }
      batch.add(junit, JUnitReport.render(result), false);
      written.add(junit);
      batch.add(report, ReportJson.render(result, version), false);
      written.add(report);
      if (plan.isEmpty()) {
        Files.deleteIfExists(script);
        Files.deleteIfExists(blocks);
      }
      batch.commit();
    }
    return List.copyOf(written);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
