package io.github.genesysdivisions.genesys;

import java.time.Duration;

/**
 * The clock the time budget reads and the pause between retries: the system's in a run, a fake one
 * in tests, so that no unit test really sleeps.
 */
interface Ticker {

  /** The system's monotonic clock and {@link Thread#sleep}. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      };

  /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
