package io.github.genesysdivisions.bench;

import io.github.genesysdivisions.terraform.TerraformReader;
import java.nio.file.Path;

/**
 * Run in a fresh JVM: reads (parses and evaluates) a configuration once with this plugin's reader
 * and prints the nanoseconds the call took and the number of division instances, which proves the
 * work was done.
 *
 * <p>A class of its own, apart from {@link RewriteParseProbe}: a class that mentions rewrite-hcl's
 * types makes the JVM open rewrite-hcl's jars (and every jar before them on the class path) when it
 * links the class, and that work would land on this run.
 *
 * <p>Argument: the configuration's directory.
 */
public final class OursParseProbe {

  private OursParseProbe() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    long start = System.nanoTime();
    long count = read(directory);
    long elapsed = System.nanoTime() - start;
    System.out.println(elapsed + " " + count);
  }

  static long read(Path directory) throws Exception {
    return new TerraformReader().read(directory).resources().size();
  }
}
