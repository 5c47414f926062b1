package io.github.genesysdivisions.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code mvn -B -P benchmark verify}: generates inputs at several sizes,
 * measures, prints a table and writes {@code results.json}. Each figure is a median of repeated
 * runs; nothing here asserts a time.
 *
 * <p>Arguments: {@code <output directory> <demo directory> <local repository with the plugin>
 * <the build's own local repository>}.
 */
public final class BenchmarkMain {

  private static final int[] CONFIG_SIZES = {100, 1_000, 10_000};
  private static final int[] ORG_SIZES = {100, 1_000, 10_000};
  private static final int COLD_ROUNDS = 15;
  /**
   * Runs before the warm ones are timed: the JIT settles after about 25 runs of the
   * 10,000-resource configuration on 2 cores.
   */
  private static final int WARM_UP_ROUNDS = 40;
  private static final int WARM_ROUNDS = 10;
  /** A fixed heap for the warm runs (see {@link WarmProbe}). */
  private static final List<String> WARM_HEAP = List.of("-Xms1g", "-Xmx1g");
  private static final int VALIDATE_ROUNDS = 5;
  private static final int[] HEAP_STEPS_MB = {512, 384, 256, 192, 160, 128, 96, 80, 64, 48, 32, 24, 16, 12};

  private final Path output;
  private final Map<String, Object> results = new LinkedHashMap<>();
  private final List<String> table = new ArrayList<>();

  private BenchmarkMain(Path output) {
    this.output = output;
  }

  public static void main(String[] args) throws Exception {
    BenchmarkMain benchmark = new BenchmarkMain(Path.of(args[0]));
    benchmark.run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
  }

  private void run(Path demo, Path localRepository, Path buildRepository) throws Exception {
    Files.createDirectories(output);
    Map<Integer, Path> configs = new LinkedHashMap<>();
    Map<Integer, Long> sizes = new LinkedHashMap<>();
    for (int size : CONFIG_SIZES) {
      Path directory = output.resolve("config-" + size);
      deleteTree(directory);
      sizes.put(size, ConfigGenerator.generate(directory, size));
      configs.put(size, directory);
    }
    Path largest = configs.get(10_000);
    parseSpeed(largest, sizes.get(10_000));
    warmThroughput(largest, sizes.get(10_000));
    requests(configs);
    latency(configs.get(1_000));
    heap(largest);
    validateOverhead(demo, localRepository, buildRepository);
    machine();
    write();
  }

  private void parseSpeed(Path config, long bytes) throws Exception {
    List<Long> ours = new ArrayList<>();
    List<Long> rewrite = new ArrayList<>();
    for (int round = 0; round < COLD_ROUNDS; round++) {
      ours.add(probe(List.of(), OursParseProbe.class, config.toString()));
      rewrite.add(probe(List.of(), RewriteParseProbe.class, config.toString()));
    }
    double oursMs = median(ours) / 1e6;
    double rewriteMs = median(rewrite) / 1e6;
    results.put("parseSpeedupVsRewriteHcl", round(rewriteMs / oursMs, 2));
    results.put("coldParseEvaluateMs10k", round(oursMs, 1));
    results.put("coldRewriteHclParseMs10k", round(rewriteMs, 1));
    results.put("configBytes10k", bytes);
    table.add(String.format(Locale.ROOT, "cold parse+evaluate, 10,000 resources (%.2f MB): ours %.0f ms,"
        + " rewrite-hcl parse %.0f ms, speed-up %.2f", bytes / 1e6, oursMs, rewriteMs, rewriteMs / oursMs));
  }

  private void warmThroughput(Path config, long bytes) throws Exception {
    double seconds = probe(WARM_HEAP, WarmProbe.class, config.toString(), String.valueOf(WARM_UP_ROUNDS),
        String.valueOf(WARM_ROUNDS)) / 1e9;
    results.put("warmMBps", round(bytes / 1e6 / seconds, 1));
    table.add(String.format(Locale.ROOT, "warm parse+evaluate: %.1f ms a run, %.1f MB/s",
        seconds * 1e3, bytes / 1e6 / seconds));
  }

  private void requests(Map<Integer, Path> configs) throws Exception {
    int over = 0;
    ArrayNode grid = new ObjectMapper().createArrayNode();
    table.add("requests (made / optimum / seed-style), config x org:");
    for (int size : CONFIG_SIZES) {
      for (int org : ORG_SIZES) {
        ApiProbe.Outcome outcome = ApiProbe.run(configs.get(size), org, 0);
        long seed = ApiProbe.seedStyle(outcome.declaredNames(), org);
        over += outcome.requests() - outcome.optimum();
        grid.addObject().put("resources", size).put("orgDivisions", org)
            .put("declaredNames", outcome.declaredNames()).put("requests", outcome.requests())
            .put("optimum", outcome.optimum()).put("seedStyleRequests", seed);
        table.add(String.format(Locale.ROOT, "  %6d x %6d: %6d / %6d / %9d", size, org,
            outcome.requests(), outcome.optimum(), seed));
      }
    }
    results.put("requestsOverOptimum", over);
    results.put("requestGrid", grid);
  }

  private void latency(Path config) throws Exception {
    int delay = 50;
    ApiProbe.Outcome outcome = ApiProbe.run(config, 10_000, delay);
    double bound = Math.ceil((double) outcome.optimum() / ApiProbe.CONCURRENCY) * delay / 1e3;
    double seconds = outcome.apiNanos() / 1e9;
    results.put("latencyBoundRatio", round(seconds / bound, 2));
    table.add(String.format(Locale.ROOT, "50 ms a response, 1,000 resources x 10,000 divisions: API phase"
        + " %.2f s, bound %.2f s (%d requests optimum, concurrency %d): ratio %.2f", seconds, bound,
        outcome.optimum(), ApiProbe.CONCURRENCY, seconds / bound));
  }

  private void heap(Path config) throws Exception {
    Path snapshot = output.resolve("org-10000.json");
    ArrayNode divisions = new ObjectMapper().createArrayNode();
    for (String[] division : ApiProbe.org(10_000)) {
      divisions.addObject().put("id", division[0]).put("name", division[1])
          .put("homeDivision", division[1].equals("Home"));
    }
    Files.writeString(snapshot, divisions.toString());
    int smallest = -1;
    for (int mb : HEAP_STEPS_MB) {
      if (!completes(List.of("-Xmx" + mb + "m"), HeapProbe.class, config.toString(), snapshot.toString())) {
        break;
      }
      smallest = mb;
    }
    results.put("heapMb10k", smallest);
    results.put("heapMethod", "smallest -Xmx (of " + Arrays.toString(HEAP_STEPS_MB)
        + " MB) with which the whole check of 10,000 resources against a 10,000-division snapshot"
        + " completes in a fresh JVM");
    table.add("heap: the check of 10,000 resources against 10,000 divisions completes with -Xmx"
        + smallest + "m");
  }

  /**
   * {@code mvn validate} on the demo with and without the plugin, interleaved. Maven resolves the
   * plugin from the repository the integration tests installed it into, and anything else from the
   * build's own local repository, as the integration tests do.
   */
  private void validateOverhead(Path demo, Path localRepository, Path buildRepository)
      throws Exception {
    Path settings = output.resolve("settings.xml");
    Files.writeString(settings, """
        <settings>
          <profiles>
            <profile>
              <id>build-repository</id>
              <activation><activeByDefault>true</activeByDefault></activation>
              <repositories>
                <repository><id>build</id><url>%1$s</url></repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository><id>build</id><url>%1$s</url></pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
        </settings>
        """.formatted(buildRepository.toUri()));
    Path with = output.resolve("demo-with-plugin");
    Path without = output.resolve("demo-without-plugin");
    for (Path copy : List.of(with, without)) {
      deleteTree(copy);
      copyTree(demo, copy);
    }
    Path pom = without.resolve("pom.xml");
    String text = Files.readString(pom);
    Files.writeString(pom, text.substring(0, text.indexOf("<build>"))
        + text.substring(text.indexOf("</build>") + "</build>".length()));
    List<Double> difference = new ArrayList<>();
    for (int round = 0; round < VALIDATE_ROUNDS; round++) {
      double withSeconds = mavenValidate(with, localRepository, settings);
      double withoutSeconds = mavenValidate(without, localRepository, settings);
      difference.add(withSeconds - withoutSeconds);
    }
    double overhead = difference.stream().sorted().toList().get(VALIDATE_ROUNDS / 2);
    results.put("validateOverheadSeconds", round(overhead, 2));
    table.add(String.format(Locale.ROOT, "mvn -B validate on the demo: the plugin adds %.2f s", overhead));
  }

  private double mavenValidate(Path project, Path localRepository, Path settings)
      throws Exception {
    long start = System.nanoTime();
    Process process = new ProcessBuilder("mvn", "-B", "-q", "-s", settings.toString(),
        "-Dmaven.repo.local=" + localRepository, "validate").directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(output.resolve("validate.log").toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("mvn validate failed in " + project + ", see "
          + output.resolve("validate.log"));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private void machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("jdk", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    results.put("machine", machine);
  }

  private void write() throws IOException {
    ObjectNode json = new ObjectMapper().valueToTree(results);
    Files.writeString(output.resolve("results.json"),
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n");
    System.out.println();
    System.out.println("Benchmark (" + results.get("machine") + ")");
    table.forEach(System.out::println);
    System.out.println("results: " + output.resolve("results.json"));
  }

  /** Runs a probe's main in a fresh JVM and returns the first number it prints. */
  private long probe(List<String> jvmOptions, Class<?> main, String... args) throws Exception {
    Process process = start(jvmOptions, main, args);
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " failed: " + printed);
    }
    return Long.parseLong(printed.trim().split("\\s+")[0]);
  }

  private boolean completes(List<String> jvmOptions, Class<?> main, String... args) throws Exception {
    Process process = start(jvmOptions, main, args);
    process.getInputStream().readAllBytes();
    return process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0;
  }

  private static Process start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path relative = from.relativize(path);
        if (relative.startsWith("target")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
