package io.github.genesysdivisions.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader collects what the real schema does not have, and nothing it does. */
class UnsupportedArgumentsReaderTest {

  @TempDir Path directory;

  @Test
  void tutorialArgumentsAndUnknownBlocksAreCollectedWithTheirLines() throws Exception {
    Files.writeString(directory.resolve("main.tf"), """
        resource "genesyscloud_auth_division" "eng" {
          name        = "Engineering"
          description = "Builds things"
          external_id = "ENG-001"
          parent_id   = genesyscloud_auth_division.home.id
          home        = false
          count       = 1
          provider    = genesyscloud.emea
          depends_on  = []
          lifecycle {
            prevent_destroy = true
          }
          settings {
            x = 1
          }
        }

        data "genesyscloud_auth_division" "legacy" {
          name        = "Legacy"
          description = "data sources take only name"
        }

        resource "genesyscloud_user" "other" {
          external_id = "not ours to judge"
        }
        """);

    assertEquals(List.of(
        new UnsupportedArgument("data.genesyscloud_auth_division.legacy", "description", false, "main.tf", 20),
        new UnsupportedArgument("genesyscloud_auth_division.eng", "external_id", false, "main.tf", 4),
        new UnsupportedArgument("genesyscloud_auth_division.eng", "parent_id", false, "main.tf", 5),
        new UnsupportedArgument("genesyscloud_auth_division.eng", "settings", true, "main.tf", 13)),
        new TerraformReader().read(directory).unsupportedArguments());
  }
}
