package io.github.genesysdivisions.bench;

import io.github.genesysdivisions.terraform.TerraformConfiguration;
import io.github.genesysdivisions.terraform.TerraformReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.hcl.HclParser;

/**
 * Run in a fresh JVM: parses (and, for ours, evaluates) a configuration once and prints the
 * nanoseconds the call took and a count that proves the work was done.
 *
 * <p>Arguments: {@code ours|rewrite <directory>}.
 */
public final class ParseProbe {

  private ParseProbe() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[1]);
    long start = System.nanoTime();
    long count = switch (args[0]) {
      case "ours" -> ours(directory);
      case "rewrite" -> rewrite(directory);
      default -> throw new IllegalArgumentException("ours or rewrite, not " + args[0]);
    };
    long elapsed = System.nanoTime() - start;
    System.out.println(elapsed + " " + count);
  }

  static long ours(Path directory) throws Exception {
    TerraformConfiguration configuration = new TerraformReader().read(directory);
    return configuration.resources().size();
  }

  static long rewrite(Path directory) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
    }
    return HclParser.builder().build()
        .parse(files, directory, new InMemoryExecutionContext(Throwable::printStackTrace))
        .count();
  }
}
