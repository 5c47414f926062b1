package io.github.genesysdivisions.bench;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Run in a fresh JVM with a fixed heap: reads a configuration {@code warmUp} times, then times
 * {@code rounds} more reads and prints the median in nanoseconds.
 *
 * <p>The heap is fixed ({@code -Xms} = {@code -Xmx}, set by the caller) because a growing heap
 * makes reads 5 to 10 times slower for seconds at a time while new memory is first touched, which
 * says nothing about the reader's speed once warm.
 *
 * <p>Arguments: the configuration's directory, the warm-up runs, the timed runs.
 */
public final class WarmProbe {

  private WarmProbe() {}

  public static void main(String[] args) throws Exception {
    Path directory = Path.of(args[0]);
    int warmUp = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    for (int i = 0; i < warmUp; i++) {
      OursParseProbe.read(directory);
    }
    long[] times = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      OursParseProbe.read(directory);
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    System.out.println(times[rounds / 2]);
  }
}
