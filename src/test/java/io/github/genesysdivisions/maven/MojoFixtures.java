package io.github.genesysdivisions.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/** What the Mojo tests set up the same way. */
final class MojoFixtures {

  private MojoFixtures() {}

  /** Deletes the files an earlier test wrote into an output directory. */
  static void emptyOutputs(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
    }
  }

  /**
   * Points the Mojo at a stub API and login server, with the OAuth client in a settings.xml server
   * {@code genesyscloud}, as Maven would inject it.
   */
  static void useStub(CheckMojo mojo, String baseUrl, String clientId, String secret)
      throws IllegalAccessException {
    Server genesys = new Server();
    genesys.setId("genesyscloud");
    genesys.setUsername(clientId);
    genesys.setPassword(secret);
    Settings settings = new Settings();
    settings.addServer(genesys);
    MojoExtension.setVariableValueToObject(mojo, "settings", settings);
    MojoExtension.setVariableValueToObject(mojo, "apiUrl", baseUrl);
    MojoExtension.setVariableValueToObject(mojo, "loginUrl", baseUrl);
  }
}
