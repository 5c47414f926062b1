package io.github.genesysdivisions.report;

import java.nio.file.Path;

/**
 * Writes {@link OutputWriterAtomicityTest#large()} into the directory given as the argument, in a
 * process of its own, so that the test can run it under a file size limit.
 */
public final class WriteOutputsMain {

  private WriteOutputsMain() {}

  public static void main(String[] args) throws Exception {
    new OutputWriter(Path.of(args[0]), "terraform", "0.2.0").write(OutputWriterAtomicityTest.large());
  }
}
