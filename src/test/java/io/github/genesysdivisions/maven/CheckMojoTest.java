package io.github.genesysdivisions.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mojo, configured as Maven configures it, on a snapshot (no network). */
@MojoTest
class CheckMojoTest {

  private static final String POM = "src/test/resources/unit/check/pom.xml";
  private static final Path OUTPUT = Path.of("target/unit/check/genesys-divisions");

  private final RecordingLog log = new RecordingLog();

  @BeforeEach
  void cleanOutputs() throws Exception {
    MojoFixtures.emptyOutputs(OUTPUT);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "skip", value = "true")
  void skipDoesNothingAndSaysSoInOneLine(CheckMojo mojo) throws Exception {
    mojo.setLog(log);
    mojo.execute();
    assertEquals(
        List.of("INFO Skipping the Genesys Cloud division check (genesys.divisions.skip=true)."),
        log.lines());
    assertFalse(Files.exists(OUTPUT.resolve("report.json")));
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void conflictFailsTheBuildAfterWritingEveryOutput(CheckMojo mojo) throws Exception {
    mojo.setLog(log);
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(failure.getMessage().startsWith(
        "1 Genesys Cloud division finding(s) would make terraform apply fail"), failure.getMessage());
    assertEquals(
        "ERROR CONFLICT genesyscloud_auth_division.engineering (main.tf:1): The org already has a"
            + " division named \"Engineering\" (5e1b8a2c-3d4f-4a6b-8c9d-0000000000e1) that the state"
            + " does not hold: terraform apply would fail with 409 Conflict. Fix: terraform import"
            + " 'genesyscloud_auth_division.engineering' 5e1b8a2c-3d4f-4a6b-8c9d-0000000000e1",
        log.lines().stream().filter(l -> l.startsWith("ERROR")).findFirst().orElseThrow());
    for (String file : List.of("report.json", "import.sh", "imports.tf", "TEST-genesys-divisions.xml")) {
      assertTrue(Files.isRegularFile(OUTPUT.resolve(file)), file);
    }
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "onConflict", value = "script")
  void scriptModeLetsTheConflictPass(CheckMojo mojo) throws Exception {
    mojo.setLog(log);
    mojo.execute();
    assertTrue(Files.readString(OUTPUT.resolve("import.sh"))
        .contains(" import 'genesyscloud_auth_division.engineering' '5e1b8a2c-3d4f-4a6b-8c9d-0000000000e1'\n"));
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "onConflict", value = "sometimes")
  void aBadOnConflictIsAnErrorNamingTheProperty(CheckMojo mojo) {
    mojo.setLog(log);
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    assertEquals(
        "-Dgenesys.divisions.onConflict=sometimes is not one of fail, script, warn", error.getMessage());
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "timeoutSeconds", value = "0")
  void aTimeoutMustBePositive(CheckMojo mojo) {
    mojo.setLog(log);
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    assertEquals(
        "-Dgenesys.divisions.timeoutSeconds=0 must be a positive number of seconds.", error.getMessage());
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "terraformDirectory", value = "src/test/resources/unit/check/no-such-folder")
  void aMissingTerraformDirectoryIsAnErrorNamingIt(CheckMojo mojo) {
    mojo.setLog(log);
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    assertTrue(error.getMessage().startsWith("Cannot read the Terraform configuration: "), error.getMessage());
    assertTrue(error.getMessage().endsWith("no-such-folder: no such directory. Set"
        + " -Dgenesys.divisions.terraformDirectory to the directory of the root module."),
        error.getMessage());
    assertFalse(Files.exists(OUTPUT.resolve("report.json")));
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  @MojoParameter(name = "pullState", value = "true")
  @MojoParameter(name = "stateFile", value = "src/test/resources/unit/check/terraform.tfstate")
  void aStateFileAndAPullAreNotBothTaken(CheckMojo mojo) {
    mojo.setLog(log);
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    assertEquals("Give -Dgenesys.divisions.stateFile or -Dgenesys.divisions.pullState=true, not both.",
        error.getMessage());
  }
}
