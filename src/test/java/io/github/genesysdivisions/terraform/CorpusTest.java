package io.github.genesysdivisions.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic configurations under {@code terraform/corpus/<case>/}, each with the exact instances
 * Terraform would plan ({@code expected.txt}: address | name or UNRESOLVED(reason) | file | line),
 * and, where there are any, the unsupported arguments ({@code expected-unsupported.txt}) and the
 * warnings ({@code expected-warnings.txt}). {@code case.properties} gives the inputs: {@code env.X},
 * {@code var.X}, {@code varFiles}, {@code readTfVarEnv}.
 */
class CorpusTest {

  static Path corpus() throws URISyntaxException {
    return Path.of(CorpusTest.class.getResource("/terraform/corpus").toURI());
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    try (Stream<Path> entries = Files.list(corpus())) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  static TerraformInputs inputs(Path directory) throws IOException {
    Properties properties = new Properties();
    Path file = directory.resolve("case.properties");
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    }
    Map<String, String> environment = new TreeMap<>();
    Map<String, String> variables = new TreeMap<>();
    List<Path> varFiles = new ArrayList<>();
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key);
      if (key.startsWith("env.")) {
        environment.put(key.substring(4), value);
      } else if (key.startsWith("var.")) {
        variables.put(key.substring(4), value);
      } else if (key.equals("varFiles")) {
        for (String part : value.split(",")) {
          varFiles.add(Path.of(part));
        }
      }
    }
    return new TerraformInputs(varFiles, variables, environment,
        Boolean.parseBoolean(properties.getProperty("readTfVarEnv", "false")));
  }

  static List<String> expected(Path directory, String name) throws IOException {
    Path file = directory.resolve(name);
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .map(line -> line.replace("${root}", directory.toString()))
        .toList();
  }

  static String line(DivisionInstance instance) {
    String name = instance.resolved()
        ? instance.name().replace("\n", "\\n")
        : "UNRESOLVED(" + instance.unresolvedReason() + ")";
    return instance.address() + " | " + name + " | " + instance.file() + " | " + instance.line();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheInstancesTerraformWouldPlan(String name) throws Exception {
    Path directory = corpus().resolve(name);
    TerraformConfiguration configuration = new TerraformReader().read(directory, inputs(directory));
    List<String> actual = Stream.concat(configuration.dataSources().stream(), configuration.resources().stream())
        .map(CorpusTest::line)
        .toList();
    assertEquals(String.join("\n", expected(directory, "expected.txt")), String.join("\n", actual));
    assertEquals(String.join("\n", expected(directory, "expected-unsupported.txt")),
        String.join("\n", configuration.unsupportedArguments().stream()
            .map(u -> u.address() + " | " + u.argument() + " | " + u.file() + " | " + u.line()).toList()));
    assertEquals(String.join("\n", expected(directory, "expected-warnings.txt")),
        String.join("\n", configuration.warnings()));
  }
}
