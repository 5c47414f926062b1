package io.github.genesysdivisions.it;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Looks for secrets in what a scenario's build left: every line of {@code build.log} and every
 * file under {@code target/}. Called from the secrets scenarios' {@code verify.groovy}.
 */
public final class SecretScan {

  private SecretScan() {}

  /**
   * The forms a secret can leak in: as it is, Base64 (alone and as an HTTP Basic {@code id:secret}
   * pair), and form-encoded, as a token request body would carry it.
   *
   * @param clientId the OAuth client id the secret goes with, or {@code null} for a token
   * @param secret the secret or token
   */
  public static Set<String> forms(String clientId, String secret) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(secret);
    forms.add(base64(secret));
    forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    if (clientId != null) {
      forms.add(base64(clientId + ":" + secret));
    }
    return forms;
  }

  /**
   * Every place a form occurs, as {@code file:line: form}; empty when nothing leaked.
   *
   * @param scenario the scenario's directory, holding {@code build.log} and {@code target/}
   * @param forms what to look for
   */
  public static List<String> leaks(File scenario, Set<String> forms) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(scenario.toPath().resolve("build.log"));
    Path target = scenario.toPath().resolve("target");
    if (Files.isDirectory(target)) {
      try (Stream<Path> walk = Files.walk(target)) {
        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    List<String> leaks = new ArrayList<>();
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String form : forms) {
          if (lines[i].contains(form)) {
            leaks.add(file + ":" + (i + 1) + ": " + form);
          }
        }
      }
    }
    return leaks;
  }

  /** How many files {@link #leaks} reads: build.log and the files under target/. */
  public static int scannedFiles(File scenario) throws IOException {
    Path target = scenario.toPath().resolve("target");
    if (!Files.isDirectory(target)) {
      return 1;
    }
    try (Stream<Path> walk = Files.walk(target)) {
      return 1 + (int) walk.filter(Files::isRegularFile).count();
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
