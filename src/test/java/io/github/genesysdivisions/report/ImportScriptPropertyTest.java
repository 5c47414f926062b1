package io.github.genesysdivisions.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.check.ImportPlan;
import io.github.genesysdivisions.hostile.HostileText;
import io.github.genesysdivisions.terraform.Addresses;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based: instance addresses whose index keys and module keys are drawn from all of
 * Unicode and from shell and HCL metacharacters go through {@link OutputWriter}; the written
 * {@code import.sh} is run by {@code sh} against a fake {@code terraform} that records every
 * argument, and the recorded argument lists must be exactly the intended ones. The same addresses
 * must come back out of {@code imports.tf}, {@code report.json} and the JUnit XML.
 */
class ImportScriptPropertyTest {

  private static final long SEED = 0x6e6573797344L;
  private static final int SCRIPTS = 4;
  private static final int ADDRESSES_PER_SCRIPT = 300;

  private static final Path SH = Path.of("/bin/sh");

  private static final String CONFLICT_ID = "3b9c2a4e-0000-4000-8000-00000000000a";
  private static final String STALE_ID = "3B9C2A4E-0000-4000-8000-00000000000B";

  private static final List<String> NAMES = List.of("by_key", "this", "für", "名前", "a-b", "_x1");

  @TempDir
  Path temp;

  private Path work;
  private Path calls;
  private Path fake;

  @BeforeEach
  void setUp() throws IOException {
    assumeTrue(Files.isExecutable(SH), "/bin/sh is needed to run import.sh");
    work = Files.createDirectory(temp.resolve("work"));
    calls = temp.resolve("calls");
    fake = Files.createDirectories(temp.resolve("bin $(touch pwned) 'x'")).resolve("terraform");
    // Each call appends its argument count, then each argument, every one ended by a NUL byte.
    Files.writeString(fake, "#!/bin/sh\n"
        + "{ printf '%s\\0' \"$#\"; printf '%s\\0' \"$@\"; } >> \"$CALLS\"\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void everyGeneratedAddressReachesTerraformAsExactlyOneArgument() throws Exception {
    Random random = new Random(SEED);
    int tried = 0;
    for (int batch = 0; batch < SCRIPTS; batch++) {
      List<String> addresses = addresses(random, ADDRESSES_PER_SCRIPT);
      Path terraformDirectory = Files.createDirectories(temp.resolve(hostileDirectoryName("infra " + batch)));
      Path outputs = temp.resolve(hostileDirectoryName("out " + batch));
      CheckResult result = result(terraformDirectory, addresses);

      new OutputWriter(outputs, "terraform", "0.1.0").write(result);
      Files.deleteIfExists(calls);
      run(outputs.resolve(OutputWriter.IMPORT_SH));

      String context = "seed " + SEED + ", batch " + batch;
      assertEquals(expectedCalls(terraformDirectory, addresses), recordedCalls(), context);
      assertEquals(expectedImportTargets(addresses), importTargets(outputs.resolve(OutputWriter.IMPORTS_TF)), context);
      assertReportJsonHolds(outputs.resolve(OutputWriter.REPORT_JSON), result);
      assertWellFormedXml(outputs.resolve(OutputWriter.JUNIT_XML));
      tried += addresses.size();
    }
    assertEquals(SCRIPTS * ADDRESSES_PER_SCRIPT, tried);
    assertNothingPwned();
  }

  @Test
  void generatedKeysAreQuotedAsTerraformQuotesThem() {
    Random random = new Random(SEED);
    for (int i = 0; i < 5_000; i++) {
      String key = HostileText.next(random);
      String quoted = Addresses.quote(key);
      assertEquals(key, unquoteHcl(quoted), () -> "round trip of " + codePoints(key));
      assertTrue(quoted.codePoints().allMatch(ImportScriptPropertyTest::printable),
          () -> "unprintable character left in " + quoted);
    }
  }

  @Test
  void refusesIdsThatAreNotGuids() {
    List<String> hostileIds = new ArrayList<>(List.of(
        "", " ", "$(touch pwned)", "`touch pwned`", "'; touch pwned; '", CONFLICT_ID + "\n",
        CONFLICT_ID + "; touch pwned", CONFLICT_ID + "'", "\n" + CONFLICT_ID, CONFLICT_ID + " ",
        "3b9c2a4e-0000-4000-8000-00000000000", "3b9c2a4e00004000800000000000000a",
        "{3b9c2a4e-0000-4000-8000-00000000000a}", "3b9c2a4e-0000-4000-8000-00000000000g",
        "３b9c2a4e-0000-4000-8000-00000000000a", "٣b9c2a4e-0000-4000-8000-00000000000a",
        "3b9c2a4e-0000-4000-8000-00000000000a\u0000"));
    Random random = new Random(SEED);
    for (int i = 0; i < 200; i++) {
      hostileIds.add(CONFLICT_ID.substring(0, random.nextInt(CONFLICT_ID.length()))
          + HostileText.PIECES.get(random.nextInt(HostileText.PIECES.size())));
    }
    for (String id : hostileIds) {
      Finding finding = new Finding(FindingKind.CONFLICT, "genesyscloud_auth_division.x", "X", id, true,
          "main.tf", 1, "message", "remedy");
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> ImportPlan.of(List.of(finding)), id);
      assertEquals("Refusing to import genesyscloud_auth_division.x: the division id is not a GUID",
          refused.getMessage());
    }
    assertFalse(ImportPlan.of(List.of(new Finding(FindingKind.CONFLICT, "genesyscloud_auth_division.x", "X",
        CONFLICT_ID, true, "main.tf", 1, "message", "remedy"))).isEmpty());
  }

  // ---------------------------------------------------------------- generators

  private static List<String> addresses(Random random, int count) {
    TreeMap<String, String> unique = new TreeMap<>();
    while (unique.size() < count) {
      String address = Addresses.instance(modulePath(random), DeclarationMode.RESOURCE,
          Addresses.DIVISION_TYPE, NAMES.get(random.nextInt(NAMES.size())), indexKey(random));
      unique.put(address, address);
    }
    return List.copyOf(unique.keySet());
  }

  private static String modulePath(Random random) {
    StringBuilder path = new StringBuilder();
    for (int depth = random.nextInt(3); depth > 0; depth--) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append("module.").append(NAMES.get(random.nextInt(NAMES.size())))
          .append(Addresses.indexSuffix(indexKey(random)));
    }
    return path.toString();
  }

  /** No key, a number key (up to 2^70), or a string key; mostly string keys. */
  private static Object indexKey(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> null;
      case 1 -> new BigInteger(random.nextInt(70) + 1, random);
      default -> HostileText.next(random);
    };
  }

  /** A directory name with the shell's metacharacters, and letters beyond ASCII where paths allow. */
  private static String hostileDirectoryName(String prefix) {
    String name = prefix + " 'q' \"dq\" $HOME ${HOME} $(touch pwned) `touch pwned` \\ %{x} \n; &|";
    String unicode = " Zürich 東京 🚀 e\u0301";
    return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode(unicode)
        ? name + unicode
        : name;
  }

  // ---------------------------------------------------------------- the result

  /** Even addresses conflict (import), odd ones are stale (state rm, then import). */
  private static CheckResult result(Path terraformDirectory, List<String> addresses) {
    List<DivisionInstance> instances = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      String address = addresses.get(i);
      String name = "Division " + address;
      instances.add(new DivisionInstance(address, DeclarationMode.RESOURCE, name, null, false, "main.tf", i + 1));
      boolean stale = i % 2 == 1;
      findings.add(new Finding(stale ? FindingKind.STALE_STATE : FindingKind.CONFLICT, address, name,
          stale ? STALE_ID : CONFLICT_ID, true, "main.tf", i + 1, "message " + address, "remedy " + address));
    }
    return new CheckResult(terraformDirectory, "snapshot", new TerraformConfiguration(instances, List.of()),
        findings, List.of());
  }

  private static List<List<String>> expectedCalls(Path terraformDirectory, List<String> addresses) {
    String chdir = "-chdir=" + terraformDirectory.toAbsolutePath();
    List<List<String>> expected = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      if (i % 2 == 1) {
        expected.add(List.of(chdir, "state", "rm", addresses.get(i)));
        expected.add(List.of(chdir, "import", addresses.get(i), STALE_ID));
      } else {
        expected.add(List.of(chdir, "import", addresses.get(i), CONFLICT_ID));
      }
    }
    return expected;
  }

  private static List<String> expectedImportTargets(List<String> addresses) {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      expected.add(addresses.get(i) + " <- " + (i % 2 == 1 ? "\"" + STALE_ID + "\"" : "\"" + CONFLICT_ID + "\""));
    }
    return expected;
  }

  // ---------------------------------------------------------------- running and reading back

  private void run(Path script) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(SH.toString(), script.toString())
        .directory(work.toFile())
        .redirectErrorStream(true);
    builder.environment().putAll(Map.of("TERRAFORM", fake.toString(), "CALLS", calls.toString(),
        "PATH", "/usr/bin:/bin"));
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "import.sh did not finish");
    String printed = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> "import.sh failed: " + printed);
    assertEquals("", printed);
  }

  private List<List<String>> recordedCalls() throws IOException {
    byte[] bytes = Files.readAllBytes(calls);
    List<String> fields = new ArrayList<>();
    ByteArrayOutputStream field = new ByteArrayOutputStream();
    for (byte b : bytes) {
      if (b == 0) {
        fields.add(field.toString(StandardCharsets.UTF_8));
        field.reset();
      } else {
        field.write(b);
      }
    }
    assertEquals(0, field.size(), "the recording does not end with NUL");
    List<List<String>> recorded = new ArrayList<>();
    for (int i = 0; i < fields.size(); ) {
      int count = Integer.parseInt(fields.get(i++));
      recorded.add(List.copyOf(fields.subList(i, i + count)));
      i += count;
    }
    return recorded;
  }

  /** Each import block of imports.tf as {@code <to> <- <id>}, read line by line. */
  private static List<String> importTargets(Path importsTf) throws IOException {
    List<String> lines = List.of(Files.readString(importsTf, StandardCharsets.UTF_8).split("\n", -1));
    List<String> targets = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("import {")) {
        String to = lines.get(i + 1);
        String id = lines.get(i + 2);
        assertTrue(to.startsWith("  to = ") && id.startsWith("  id = ") && lines.get(i + 3).equals("}"),
            () -> "not an import block: " + lines.subList(lines.indexOf("import {"), lines.size()));
        targets.add(to.substring("  to = ".length()) + " <- " + id.substring("  id = ".length()));
      }
    }
    return targets;
  }

  private static void assertReportJsonHolds(Path reportJson, CheckResult result) throws IOException {
    JsonNode findings = new ObjectMapper().readTree(reportJson.toFile()).get("findings");
    assertEquals(result.findings().size(), findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = result.findings().get(i);
      assertEquals(finding.address(), findings.get(i).get("address").asText());
      assertEquals(finding.name(), findings.get(i).get("name").asText());
    }
  }

  private static void assertWellFormedXml(Path xml) throws Exception {
    try (InputStream in = Files.newInputStream(xml)) {
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
  }

  private void assertNothingPwned() throws IOException {
    try (Stream<Path> files = Files.walk(temp)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith("pwned")).toList());
    }
  }

  // ---------------------------------------------------------------- an HCL quoted-string reader

  /** Reads a quoted string as HCL does: escapes, and {@code $${} / {@code %%{} for literal introducers. */
  private static String unquoteHcl(String quoted) {
    assertTrue(quoted.length() >= 2 && quoted.startsWith("\"") && quoted.endsWith("\""), quoted);
    String body = quoted.substring(1, quoted.length() - 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); ) {
      char c = body.charAt(i);
      if (c == '\\') {
        char e = body.charAt(i + 1);
        switch (e) {
          case 'n' -> { out.append('\n'); i += 2; }
          case 'r' -> { out.append('\r'); i += 2; }
          case 't' -> { out.append('\t'); i += 2; }
          case '"' -> { out.append('"'); i += 2; }
          case '\\' -> { out.append('\\'); i += 2; }
          case 'u' -> { out.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16)); i += 6; }
          case 'U' -> { out.appendCodePoint(Integer.parseInt(body.substring(i + 2, i + 10), 16)); i += 10; }
          default -> throw new AssertionError("unknown escape \\" + e + " in " + quoted);
        }
      } else if ((c == '$' || c == '%') && body.startsWith(c + "" + c + "{", i)) {
        out.append(c).append('{');
        i += 3;
      } else {
        assertFalse(c == '"' || ((c == '$' || c == '%') && body.startsWith("{", i + 1)),
            () -> "unescaped " + c + " in " + quoted);
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols, ASCII space. */
  private static boolean printable(int c) {
    return c == ' ' || switch (Character.getType(c)) {
      case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
          Character.SURROGATE, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }

  private static String codePoints(String text) {
    return text.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList().toString();
  }
}
