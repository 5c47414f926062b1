package io.github.genesysdivisions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.hcl.HclParser;

/**
 * Run in a fresh JVM: parses a configuration's {@code .tf} files once with rewrite-hcl and prints
 * the nanoseconds the call took and the number of files parsed (counting the stream runs the
 * parser over every file).
 *
 * <p>Argument: the configuration's directory.
 */
public final class RewriteParseProbe {

  private RewriteParseProbe() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    long start = System.nanoTime();
    long count = parse(directory);
    long elapsed = System.nanoTime() - start;
    System.out.println(elapsed + " " + count);
  }

  static long parse(Path directory) throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
    }
    return HclParser.builder().build()
        .parse(files, directory, new InMemoryExecutionContext(Throwable::printStackTrace))
        .count();
  }
}
