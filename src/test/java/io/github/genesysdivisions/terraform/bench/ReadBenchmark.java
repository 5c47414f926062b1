package io.github.genesysdivisions.terraform.bench;

import io.github.genesysdivisions.terraform.TerraformConfiguration;
import io.github.genesysdivisions.terraform.TerraformReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Measures parse + evaluate of a generated configuration of 10,000 division resources (about
 * 1.6 MB in 10 files), cold (the first read in a fresh JVM) and warm (the median of later reads).
 * Not a test: run it with {@code java -cp <test classpath> ...ReadBenchmark <directory> [read-first]};
 * with {@code read-first}, the first measure is parse + evaluate in the fresh JVM.
 */
public final class ReadBenchmark {

  private ReadBenchmark() {}

  /** Writes the configuration: 10 files of 1,000 resources, names built from locals and functions. */
  public static long generate(Path directory, int resources) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("locals.tf"),
        "locals {\n  prefix = upper(var.env)\n  teams  = [\"sales\", \"support\", \"billing\", \"claims\"]\n}\n\n"
            + "variable \"env\" {\n  type    = string\n  default = \"prod\"\n}\n", StandardCharsets.UTF_8);
    int perFile = 1000;
    for (int file = 0; file * perFile < resources; file++) {
      StringBuilder text = new StringBuilder();
      for (int i = file * perFile; i < Math.min(resources, (file + 1) * perFile); i++) {
        String id = String.format("%05d", i);
        text.append("resource \"genesyscloud_auth_division\" \"d").append(id).append("\" {\n")
            .append("  name        = \"${local.prefix} ${title(local.teams[").append(i % 4)
            .append("])} ").append(id).append("\"\n")
            .append("  description = \"Generated division ").append(id)
            .append(" of the benchmark\"\n")
            .append("}\n\n");
      }
      Files.writeString(directory.resolve(String.format("divisions_%02d.tf", file)), text, StandardCharsets.UTF_8);
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/benchmark-config");
    long bytes = generate(directory, 10_000);
    long parseStart = System.nanoTime();
    int blocks = 0;
    boolean parseFirst = !(args.length > 1 && args[1].equals("read-first"));
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : parseFirst ? files.sorted().toList() : java.util.List.<Path>of()) {
        blocks += TerraformReader.parseFile(file, file.getFileName().toString()).blocks().size();
      }
    }
    long parseCold = System.nanoTime() - parseStart;
    long start = System.nanoTime();
    TerraformConfiguration first = new TerraformReader().read(directory);
    long cold = System.nanoTime() - start;
    long[] warm = new long[20];
    for (int i = 0; i < 30; i++) {
      long s = System.nanoTime();
      new TerraformReader().read(directory);
      if (i >= 10) {
        warm[i - 10] = System.nanoTime() - s;
      }
    }
    Arrays.sort(warm);
    System.out.printf("%d resources (%d blocks), %d bytes: parse only, cold %d ms; then parse + evaluate %d ms;"
            + " warm parse + evaluate median %d ms (min %d ms); first name %s%n",
        first.resources().size(), blocks, bytes, parseCold / 1_000_000, cold / 1_000_000,
        warm[warm.length / 2] / 1_000_000, warm[0] / 1_000_000, first.resources().get(0).name());
  }
}
