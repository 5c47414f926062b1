package io.github.genesysdivisions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.terraform.Addresses;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes {@code import.sh} with the {@link OutputWriter}, runs it with {@code sh} against a fake
 * {@code terraform} that records its arguments, and compares the argument lists exactly.
 */
class ImportScriptExecutionTest {

  private static final Path SH = Path.of("/bin/sh");

  private static final String G1 = "3b9c2a4e-0000-4000-8000-000000000001";
  private static final String G2 = "3b9c2a4e-0000-4000-8000-000000000002";

  /** Keys that would break out of a badly quoted word, as Terraform would address them. */
  private static final List<String> KEYS = List.of(
      "it's",
      "say \"hi\"",
      "Sales Team",
      "$(touch pwned)",
      "`touch pwned`",
      "back\\slash \\\" \\'",
      "new\nline",
      "Zürich 東京 🚀",
      "'; touch pwned; echo '",
      "${HOME} %{ if x } $HOME");

  @TempDir
  Path temp;

  private Path work;
  private Path outputs;
  private Path terraformDirectory;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(Files.isExecutable(SH), "/bin/sh is needed to run import.sh");
    assertFalse(temp.toString().contains("'"), "the temp directory must not hold a quote: " + temp);
    work = Files.createDirectory(temp.resolve("work"));
    outputs = temp.resolve("out");
    terraformDirectory = Files.createDirectory(temp.resolve("infra 'prod' $(touch pwned) `touch pwned` \"x\""));
  }

  @Test
  void runsTheTerraformGivenByTheTerraformVariable() throws Exception {
    Path fake = fakeTerraform(temp.resolve("env bin"), "my terraform", "calls");
    fakeTerraform(temp.resolve("path-bin"), "terraform", "decoy-calls");
    Path script = writeScript("terraform");

    run(script, Map.of("TERRAFORM", fake.toString(), "PATH", temp.resolve("path-bin") + ":/usr/bin:/bin"));

    assertEquals(expectedCalls(), recordedCalls("calls"));
    assertEquals(List.of(), recordedCalls("decoy-calls"));
    assertNothingPwned();
  }

  @Test
  void runsTheTerraformFoundOnThePathByDefault() throws Exception {
    fakeTerraform(temp.resolve("path-bin"), "terraform", "calls");
    Path script = writeScript("terraform");

    run(script, Map.of("PATH", temp.resolve("path-bin") + ":/usr/bin:/bin"));

    assertEquals(expectedCalls(), recordedCalls("calls"));
    assertNothingPwned();
  }

  @Test
  void runsADefaultExecutableWhosePathHoldsShellCharacters() throws Exception {
    Path fake = fakeTerraform(
        temp.resolve("odd $HOME $(touch pwned) `touch pwned` \\ \" } dir"), "tofu", "calls");
    Path script = writeScript(fake.toString());

    run(script, Map.of("PATH", "/usr/bin:/bin"));

    assertEquals(expectedCalls(), recordedCalls("calls"));
    assertNothingPwned();
  }

  // ---------------------------------------------------------------- the result to import

  /** One instance per key: even keys conflict (import), odd keys are stale (state rm, import). */
  private List<DivisionInstance> instances() {
    List<DivisionInstance> instances = new ArrayList<>();
    for (int i = 0; i < KEYS.size(); i++) {
      String module = i % 3 == 0 ? "module.region[\"emea\"]" : "";
      String address = Addresses.instance(
          module, DeclarationMode.RESOURCE, Addresses.DIVISION_TYPE, "by_key", KEYS.get(i));
      instances.add(new DivisionInstance(address, DeclarationMode.RESOURCE, "Division " + i, null, false,
          "main.tf", i + 1));
    }
    // An address no Terraform would write, with a raw newline and quotes: still one word.
    instances.add(new DivisionInstance("genesyscloud_auth_division.raw[\"line1\nline2 ' $(touch pwned)\"]",
        DeclarationMode.RESOURCE, "Raw", null, false, "main.tf", 99));
    instances.sort(Comparator.comparing(DivisionInstance::address));
    return instances;
  }

  private CheckResult result() {
    List<DivisionInstance> instances = instances();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      DivisionInstance instance = instances.get(i);
      boolean stale = i % 2 == 1;
      findings.add(new Finding(stale ? FindingKind.STALE_STATE : FindingKind.CONFLICT, instance.address(),
          instance.name(), stale ? G2 : G1, true, instance.file(), instance.line(), "message", "remedy"));
    }
    return new CheckResult(terraformDirectory, "api", new TerraformConfiguration(instances, List.of()),
        findings, List.of());
  }

  private List<List<String>> expectedCalls() {
    String chdir = "-chdir=" + terraformDirectory.toAbsolutePath();
    List<List<String>> calls = new ArrayList<>();
    List<DivisionInstance> instances = instances();
    for (int i = 0; i < instances.size(); i++) {
      String address = instances.get(i).address();
      if (i % 2 == 1) {
        calls.add(List.of(chdir, "state", "rm", address));
        calls.add(List.of(chdir, "import", address, G2));
      } else {
        calls.add(List.of(chdir, "import", address, G1));
      }
    }
    return calls;
  }

  // ---------------------------------------------------------------- running

  private Path writeScript(String terraformExecutable) throws IOException {
    List<Path> written = new OutputWriter(outputs, terraformExecutable, "0.1.0").write(result());
    Path script = outputs.resolve(OutputWriter.IMPORT_SH);
    assertTrue(written.contains(script), written::toString);
    return script;
  }

  /**
   * A fake terraform: each call writes its arguments, each ended by a NUL byte, to the next
   * numbered file of a calls directory.
   */
  private Path fakeTerraform(Path directory, String name, String callsDirectory) throws IOException {
    Files.createDirectories(directory);
    Path calls = Files.createDirectories(temp.resolve(callsDirectory));
    Path fake = directory.resolve(name);
    Files.writeString(fake, "#!/bin/sh\n"
        + "calls='" + calls + "'\n"
        + "n=$(ls \"$calls\" | wc -l)\n"
        + "printf '%s\\0' \"$@\" > \"$calls/$(printf '%03d' $((n)))\"\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    return fake;
  }

  private void run(Path script, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(SH.toString(), script.toString())
        .directory(work.toFile())
        .redirectErrorStream(true);
    builder.environment().remove("TERRAFORM");
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "import.sh did not finish");
    assertEquals(0, process.exitValue(), () -> "import.sh failed: " + new String(output, StandardCharsets.UTF_8));
    assertEquals("", new String(output, StandardCharsets.UTF_8));
  }

  private List<List<String>> recordedCalls(String callsDirectory) throws IOException {
    List<List<String>> calls = new ArrayList<>();
    try (Stream<Path> files = Files.list(temp.resolve(callsDirectory))) {
      for (Path file : files.sorted().toList()) {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\0"), () -> file + " does not end with NUL: " + text);
        calls.add(List.of(text.substring(0, text.length() - 1).split("\0", -1)));
      }
    }
    return calls;
  }

  private void assertNothingPwned() throws IOException {
    try (Stream<Path> files = Files.walk(temp)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().equals("pwned")).toList());
    }
  }
}
