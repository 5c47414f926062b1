package io.github.genesysdivisions.genesys;

import java.time.Duration;

/**
 * The time left for all the API work of one run ({@code timeoutSeconds}), retries included. Safe to
 * share between the threads that send requests concurrently.
 */
final class TimeBudget {

  /**
   * The longest a single request may wait for a connection or for the next bytes of an answer.
   * Shorter than the whole budget so that a connection that hangs is given up and retried while
   * there is time left; never longer than the time left, so that the budget is a strict bound.
   */
  static final Duration REQUEST_TIMEOUT_CAP = Duration.ofSeconds(20);

  private final Duration total;
  private final Ticker ticker;
  private final long start;
  private final long deadline;

  TimeBudget(Duration total, Ticker ticker) {
    if (total.isNegative() || total.isZero()) {
      throw new IllegalArgumentException("the time bound must be positive, not " + total);
    }
    this.total = total;
    this.ticker = ticker;
    this.start = ticker.nanoTime();
    this.deadline = start + total.toNanos();
  }

  /** Starts a budget of {@code total} now, on the system's monotonic clock. */
  static TimeBudget start(Duration total) {
    return new TimeBudget(total, Ticker.SYSTEM);
  }

  /** The whole budget. */
  Duration total() {
    return total;
  }

  /** The time left, zero once it has run out. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadline - ticker.nanoTime()));
  }

  /** The time spent since the budget started. */
  Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - start);
  }

  /**
   * The timeout for the next request's connection and reads, in whole milliseconds: the time left,
   * at most {@link #REQUEST_TIMEOUT_CAP}, at least 1.
   */
  int requestTimeoutMillis() {
    long millis = Math.min(remaining().toMillis(), REQUEST_TIMEOUT_CAP.toMillis());
    return (int) Math.max(1, millis);
  }

  /** {@link #requestTimeoutMillis()} as a duration. */
  Duration requestTimeout() {
    return Duration.ofMillis(requestTimeoutMillis());
  }

  /**
   * Waits before a retry; the caller makes sure the wait ends before the budget does.
   *
   * @throws InterruptedException when the thread is interrupted
   */
  void sleep(Duration wait) throws InterruptedException {
    ticker.sleep(wait);
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

  /** A duration as people read it: {@code 60 s}, {@code 700 ms}, {@code 2.4 s}. */
  static String describe(Duration duration) {
    if (duration.toMillisPart() == 0) {
      return duration.toSeconds() + " s";
    }
    if (duration.toSeconds() == 0) {
      return duration.toMillis() + " ms";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }
}
