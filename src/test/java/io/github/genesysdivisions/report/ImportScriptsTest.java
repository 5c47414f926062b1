package io.github.genesysdivisions.report;

import static io.github.genesysdivisions.report.ReportFixtures.EMEA;
import static io.github.genesysdivisions.report.ReportFixtures.ENG;
import static io.github.genesysdivisions.report.ReportFixtures.G1;
import static io.github.genesysdivisions.report.ReportFixtures.G3;
import static io.github.genesysdivisions.report.ReportFixtures.TERRAFORM_DIRECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.check.ImportPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportScriptsTest {

  private static final String HEADER = """
      #!/bin/sh
      # Written by genesys-divisions-maven-plugin: imports the Genesys Cloud divisions
      # that already exist in the org, so that terraform apply does not fail with 409 Conflict.
      # Review it, then run it before terraform apply. Set TERRAFORM to choose the binary.
      set -eu
      """;

  @Test
  void writesTheImportScriptForAConflictAndAStaleEntry() {
    ImportPlan plan = ReportFixtures.small().importPlan();

    assertEquals(HEADER + """
        "${TERRAFORM:-terraform}" '-chdir=/work/infra/terraform' import 'genesyscloud_auth_division.eng' '%1$s'
        "${TERRAFORM:-terraform}" '-chdir=/work/infra/terraform' state rm 'module.region["emea"].genesyscloud_auth_division.this'
        "${TERRAFORM:-terraform}" '-chdir=/work/infra/terraform' import 'module.region["emea"].genesyscloud_auth_division.this' '%2$s'
        """.formatted(G1, G3),
        ImportScripts.shell(plan, TERRAFORM_DIRECTORY, "terraform"));
  }

  @Test
  void writesTheImportBlocksForAConflictAndAStaleEntry() {
    ImportPlan plan = ReportFixtures.small().importPlan();

    assertEquals("""
        # Written by genesys-divisions-maven-plugin: copy into the root module and run
        # terraform plan to import the Genesys Cloud divisions that already exist (Terraform 1.5+).

        import {
          to = genesyscloud_auth_division.eng
          id = "%1$s"
        }

        # The state holds a division that no longer exists: first run
        #   terraform state rm 'module.region["emea"].genesyscloud_auth_division.this'
        import {
          to = module.region["emea"].genesyscloud_auth_division.this
          id = "%2$s"
        }
        """.formatted(G1, G3),
        ImportScripts.terraform(plan));
  }

  @Test
  void quotesAddressesAndTheDirectoryAsSingleWords() {
    ImportPlan plan = new ImportPlan(List.of(
        new ImportPlan.Step("genesyscloud_auth_division.by_key[\"it's $(touch pwned)\"]", G1, true)));

    assertEquals(HEADER + """
        "${TERRAFORM:-terraform}" '-chdir=/srv/it'\\''s infra' state rm 'genesyscloud_auth_division.by_key["it'\\''s $(touch pwned)"]'
        "${TERRAFORM:-terraform}" '-chdir=/srv/it'\\''s infra' import 'genesyscloud_auth_division.by_key["it'\\''s $(touch pwned)"]' '%s'
        """.formatted(G1),
        ImportScripts.shell(plan, Path.of("/srv/it's infra"), "terraform"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
      "tofu                        | \"${TERRAFORM:-tofu}\"",
      "/opt/my tools/terraform     | \"${TERRAFORM:-/opt/my tools/terraform}\"",
      "/opt/$HOME/`id`/terraform   | \"${TERRAFORM:-/opt/\\$HOME/\\`id\\`/terraform}\"",
      "C:\\tools\\\"tf\"}.exe         | \"${TERRAFORM:-C:\\\\tools\\\\\\\"tf\\\"\\}.exe}\"",
  })
  void escapesTheDefaultExecutableInsideDoubleQuotes(String executable, String word) {
    ImportPlan plan = new ImportPlan(List.of(new ImportPlan.Step(ENG, G1, false)));

    assertEquals(HEADER + word + " '-chdir=/work/infra/terraform' import 'genesyscloud_auth_division.eng' '"
        + G1 + "'\n", ImportScripts.shell(plan, TERRAFORM_DIRECTORY, executable));
  }

  @Test
  void writesOnlyTheHeaderForAnEmptyPlan() {
    ImportPlan empty = new ImportPlan(List.of());

    assertEquals(HEADER, ImportScripts.shell(empty, TERRAFORM_DIRECTORY, "terraform"));
    assertEquals("""
        # Written by genesys-divisions-maven-plugin: copy into the root module and run
        # terraform plan to import the Genesys Cloud divisions that already exist (Terraform 1.5+).
        """, ImportScripts.terraform(empty));
  }

  @Test
  void keepsTerraformQuotingOfKeysInImportBlocks() {
    ImportPlan plan = new ImportPlan(List.of(
        new ImportPlan.Step("genesyscloud_auth_division.by_key[\"say \\\"hi\\\" $${x}\"]", G1, false),
        new ImportPlan.Step(EMEA, G3, false)));

    assertEquals("""
        # Written by genesys-divisions-maven-plugin: copy into the root module and run
        # terraform plan to import the Genesys Cloud divisions that already exist (Terraform 1.5+).

        import {
          to = genesyscloud_auth_division.by_key["say \\"hi\\" $${x}"]
          id = "%1$s"
        }

        import {
          to = module.region["emea"].genesyscloud_auth_division.this
          id = "%2$s"
        }
        """.formatted(G1, G3),
        ImportScripts.terraform(plan));
  }
}
