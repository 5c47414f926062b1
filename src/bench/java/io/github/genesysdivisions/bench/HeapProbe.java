package io.github.genesysdivisions.bench;

import io.github.genesysdivisions.check.CheckOptions;
import io.github.genesysdivisions.check.CheckRequest;
import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.DivisionCheck;
import io.github.genesysdivisions.genesys.SnapshotSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Run in a fresh JVM with a given {@code -Xmx}: the whole check of a configuration against a
 * snapshot of an org. Exits 0 when it completes; an OutOfMemoryError ends the JVM otherwise.
 *
 * <p>Arguments: {@code <configuration directory> <snapshot file>}.
 */
public final class HeapProbe {

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    CheckResult result = new DivisionCheck().run(
        new CheckRequest(Path.of(args[0]), null, CheckOptions.defaults()),
        Optional.of(() -> new SnapshotSource(Path.of(args[1]))));
    System.out.println(result.findings().size());
  }
}
