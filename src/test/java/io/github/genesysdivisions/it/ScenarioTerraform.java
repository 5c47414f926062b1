package io.github.genesysdivisions.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a shared Terraform configuration into an invoker scenario, for the scenarios that differ
 * only in what the API answers, the state holds or how the plugin is configured. The
 * configurations are test resources under {@code it-terraform/<name>/}; a scenario's
 * {@code setup.groovy} names the one it uses.
 */
public final class ScenarioTerraform {

  private ScenarioTerraform() {}

  /**
   * Copies {@code it-terraform/<name>/main.tf} to {@code <scenario>/terraform/main.tf}, next to
   * any state file the scenario keeps there.
   */
  public static void write(String name, File scenarioDirectory) {
    String resource = "/it-terraform/" + name + "/main.tf";
    Path target = scenarioDirectory.toPath().resolve("terraform").resolve("main.tf");
    try (InputStream in = ScenarioTerraform.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
