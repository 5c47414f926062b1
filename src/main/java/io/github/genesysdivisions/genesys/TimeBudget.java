package io.github.genesysdivisions.genesys;

import java.time.Duration;
import java.util.function.LongSupplier;

/** The time left for all the API work of one run ({@code timeoutSeconds}), retries included. */
final class TimeBudget {

  private final Duration total;
  private final LongSupplier nanoTime;
  private final long deadline;

  TimeBudget(Duration total, LongSupplier nanoTime) {
    if (total.isNegative() || total.isZero()) {
      throw new IllegalArgumentException("the time bound must be positive, not " + total);
    }
    this.total = total;
    this.nanoTime = nanoTime;
    this.deadline = nanoTime.getAsLong() + total.toNanos();
  }

  /** Starts a budget of {@code total} now, on the system's monotonic clock. */
  static TimeBudget start(Duration total) {
    return new TimeBudget(total, System::nanoTime);
  }

  /** The time left, zero once it has run out. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadline - nanoTime.getAsLong()));
  }

  /** The time left in whole milliseconds, at least 1, as a timeout for one request. */
  int timeoutMillis() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining().toMillis()));
  }

  /** {@link #timeoutMillis()} as a duration. */
  Duration timeout() {
    return Duration.ofMillis(timeoutMillis());
  }

  /**
   * Checks that there is time left before starting {@code step}.
   *
   * @throws GenesysException {@link #exceeded(String)} when the time is up
   */
  void ensureTimeLeft(String step) throws GenesysException {
    if (remaining().isZero()) {
      throw exceeded(step);
    }
  }

  /** The error for a step that did not finish within the budget. */
  GenesysException exceeded(String step) {
    return new GenesysException(
        "Genesys Cloud did not answer within "
            + describe(total)
            + " ("
            + Parameters.TIMEOUT_SECONDS
            + "), at "
            + step
            + ". Check the network and proxy, or raise "
            + Parameters.TIMEOUT_SECONDS
            + ".");
  }

  private static String describe(Duration duration) {
    return duration.toMillisPart() == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }
}
