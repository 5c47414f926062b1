package io.github.genesysdivisions.terraform;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of mutations of the corpus (seeded, so a failure can be replayed): each must give a
 * result or a positioned error, never another exception, and never hang.
 */
class RobustnessTest {

  private static final long SEED = 20261204L;
  private static final int MUTATIONS = 3000;
  private static final String[] INSERTS = {
      "{", "}", "[", "]", "(", ")", "\"", "${", "%{", "~}", "\n", "=", ",", ":", "...", "?", "#",
      "/*", "*/", "<<EOT\n", "<<-EOT\n", "EOT\n", "var.", "local.", "each.", "count.index", "-", "!",
      "1e999", "99999999999999999999", "null", "for x in ", "=>", "\\", "\\u", "é", "\t", "0", ".*",
      "[*]", "&&", "||", "%", "/", "module.", "data.", "toset(", "range(", "\"\"", "'", "\r"};

  @TempDir Path work;

  @Test
  void givesAResultOrAPositionedErrorForEveryMutation() {
    assertTimeoutPreemptively(Duration.ofMinutes(3), this::mutateAll);
  }

  private void mutateAll() throws Exception {
    Path corpus = CorpusTest.corpus();
    List<Path> cases;
    try (Stream<Path> entries = Files.list(corpus)) {
      cases = entries.sorted().toList();
    }
    Random random = new Random(SEED);
    int results = 0;
    int errors = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      Path source = cases.get(i % cases.size());
      Map<String, String> files = textFiles(source);
      List<String> mutable = files.keySet().stream()
          .filter(name -> !name.endsWith("case.properties") && !name.startsWith("expected")).toList();
      String target = mutable.get(random.nextInt(mutable.size()));
      String mutated = mutate(files.get(target), random);
      files.put(target, mutated);
      Path directory = work.resolve("m" + i);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = directory.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      long start = System.nanoTime();
      try {
        new TerraformReader().read(directory, CorpusTest.inputs(directory));
        results++;
      } catch (TerraformSyntaxException e) {
        assertNotNull(e.position(), () -> "no position: " + e.getMessage());
        errors++;
      } catch (TerraformEvaluationException e) {
        // only a problem with the inputs (a variables entry the mutated files no longer declare)
        // has no place in a file
        if (!e.getMessage().startsWith("The variables entry ")) {
          assertNotNull(e.position(), () -> "no position: " + e.getMessage());
        }
        errors++;
      } catch (Exception | StackOverflowError e) {
        throw new AssertionError("mutation " + i + " of " + source.getFileName() + "/" + target
            + " threw " + e + "\n--- mutated text ---\n" + mutated, e);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      int index = i;
      assertTrue(millis < 10_000, () -> "mutation " + index + " took " + millis + " ms");
    }
    assertTrue(results > 100 && errors > 100, "results " + results + ", errors " + errors);
  }

  private static Map<String, String> textFiles(Path directory) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(path).toString().replace('\\', '/'),
            Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int count = 1 + random.nextInt(3);
    for (int m = 0; m < count; m++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
      switch (random.nextInt(4)) {
        case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(6)));
        case 1 -> out.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 2 -> {
          int end = Math.min(out.length(), at + random.nextInt(40));
          out.insert(random.nextInt(out.length() + 1), out.substring(at, end));
        }
        default -> {
          if (out.length() > 1) {
            int a = random.nextInt(out.length());
            int b = random.nextInt(out.length());
            char c = out.charAt(a);
            out.setCharAt(a, out.charAt(b));
            out.setCharAt(b, c);
          }
        }
      }
    }
    return out.toString();
  }

}
