package io.github.genesysdivisions.genesys;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;

/**
 * The retry policy, the one place that wraps every request the plugin sends (the token request and
 * every SDK call). It retries HTTP 429 (waiting as long as {@code Retry-After} says, in seconds),
 * 502, 503 and 504, connections that broke or were reset, and requests that timed out, with
 * exponential backoff and jitter. Everything stays within the {@link TimeBudget}: a wait that would
 * end after the budget is not started, and the error then says what was tried, how often and for
 * how long. Other answers, 4xx included, are never retried.
 */
final class Retrier {

  /** The first backoff; each further one doubles, up to {@link #MAX_BACKOFF}. */
  static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  /** The longest backoff between two attempts (a {@code Retry-After} may ask for longer). */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

  private final TimeBudget budget;
  private final DoubleSupplier random;

  /**
   * @param budget the time all requests share
   * @param random numbers in [0, 1) for the jitter
   */
  Retrier(TimeBudget budget, DoubleSupplier random) {
    this.budget = budget;
    this.random = random;
  }

  TimeBudget budget() {
    return budget;
  }

  /** Whether an HTTP status is worth another try: 429, 502, 503, 504. */
  static boolean isTransient(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Whether a failed request is worth another try: a connection that broke, was reset or timed
   * out. A host that cannot be resolved or reached, a TLS failure, and an answer that is not the
   * JSON expected, are not: they need a fix.
   */
  static boolean isTransient(IOException e) {
    return !(e instanceof ConnectException
        || e instanceof JsonProcessingException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException
        || e instanceof SSLException);
  }

  /**
   * The wait a {@code Retry-After} header asks for: whole seconds; a date, or anything else, is
   * ignored (the backoff applies).
   */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.strip().matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
  }

  /**
   * The transient failure for an HTTP answer whose status {@link #isTransient(int)}.
   *
   * @param request the request, for messages
   * @param status the status
   * @param details the quoted fields of the answer, free of secrets, starting with {@code ;}
   * @param retryAfterHeader the {@code Retry-After} header, or {@code null}
   */
  static TransientFailure failure(
      String request, int status, String details, String retryAfterHeader) {
    Optional<Duration> retryAfter = status == 429 ? retryAfter(retryAfterHeader) : Optional.empty();
    return new TransientFailure(
        "HTTP " + status,
        "HTTP " + status + " on " + request + details + ".",
        retryAfter,
        false);
  }

  /**
   * The transient failure for a request whose connection broke or timed out ({@link
   * #isTransient(IOException)}).
   *
   * @param request the request, for messages
   * @param e what the HTTP client threw
   * @param redactor masks secrets in the exception's message
   */
  static TransientFailure failure(String request, IOException e, Redactor redactor) {
    boolean timedOut = e instanceof InterruptedIOException || e instanceof HttpTimeoutException;
    return new TransientFailure(
        timedOut ? "a timeout" : e.getClass().getSimpleName(),
        request
            + " failed ("
            + e.getClass().getSimpleName()
            + ": "
            + redactor.redact(String.valueOf(e.getMessage()))
            + ").",
        Optional.empty(),
        timedOut);
  }

  /**
   * Sends a request, again after each transient failure, while the budget allows.
   *
   * @param request what is asked, such as {@code GET <url>}, for messages
   * @param attempt one try
   * @param <T> what it returns
   * @return the answer
   * @throws GenesysException a final failure of an attempt, or the budget spent
   */
  <T> T send(String request, Attempt<T> attempt) throws GenesysException {
    Map<String, Integer> troubles = new LinkedHashMap<>();
    int attempts = 0;
    while (true) {
      budget.ensureTimeLeft(request);
      attempts++;
      TransientFailure failure;
      try {
        return attempt.send();
      } catch (TransientFailure e) {
        failure = e;
      }
      troubles.merge(failure.trouble(), 1, Integer::sum);
      Duration wait = failure.retryAfter().orElseGet(() -> backoff(troubles));
      Duration left = budget.remaining();
      if (wait.compareTo(left) >= 0) {
        if (attempts == 1 && failure.timedOut() && left.isZero()) {
          throw budget.exceeded(request);
        }
        throw gaveUp(request, attempts, troubles, failure, wait, left);
      }
      try {
        budget.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GenesysException("Interrupted while waiting to retry " + request + ".", e);
      }
    }
  }

  private Duration backoff(Map<String, Integer> troubles) {
    int failures = troubles.values().stream().mapToInt(Integer::intValue).sum();
    long exponent = Math.min(failures - 1, 20);
    long ceiling = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << exponent);
    // "equal jitter": half of the backoff is fixed, the other half random, so that concurrent
    // clients do not retry in step
    return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling / 2.0)));
  }

  private GenesysException gaveUp(
      String request,
      int attempts,
      Map<String, Integer> troubles,
      TransientFailure last,
      Duration wait,
      Duration left) {
    StringBuilder tried = new StringBuilder();
    troubles.forEach(
        (trouble, count) ->
            tried
                .append(tried.length() == 0 ? "" : ", ")
                .append(trouble)
                .append(count == 1 ? " once" : " " + count + " times"));
    String allowed =
        " the " + TimeBudget.describe(budget.total()) + " that " + Parameters.TIMEOUT_SECONDS
            + " allows";
    String stop =
        left.isZero()
            ? allowed + " were spent"
            : (last.retryAfter().isPresent()
                    ? " the server asked to wait " + TimeBudget.describe(wait) + " (Retry-After)"
                    : " the next wait would be " + TimeBudget.describe(wait))
                + ", more than the "
                + TimeBudget.describe(left.truncatedTo(ChronoUnit.MILLIS))
                + " left of"
                + allowed;
    return new GenesysException(
        "Gave up on "
            + request
            + " after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + " in "
            + TimeBudget.describe(budget.elapsed().truncatedTo(ChronoUnit.MILLIS))
            + " ("
            + tried
            + ";"
            + stop
            + "). The last answer: "
            + last.getMessage()
            + " The plugin retries HTTP 429, 502, 503, 504, broken connections and timeouts with"
            + " backoff: try again later, or raise "
            + Parameters.TIMEOUT_SECONDS
            + ".");
  }

  /**
   * One try of a request.
   *
   * @param <T> what it returns
   */
  @FunctionalInterface
  interface Attempt<T> {

    T send() throws GenesysException, TransientFailure;
  }

  /**
   * A try that failed in a way worth retrying. Its message, already free of secrets, quotes the
   * answer, for the error when no retry is left.
   */
  static final class TransientFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String trouble;
    private final transient Optional<Duration> retryAfter;
    private final boolean timedOut;

    /**
     * @param trouble what went wrong, short, such as {@code HTTP 429} or {@code a read timeout}
     * @param message the full account, quoting the answer
     * @param retryAfter the wait the server asked for
     * @param timedOut whether the request ran out of time
     */
    TransientFailure(
        String trouble, String message, Optional<Duration> retryAfter, boolean timedOut) {
      super(message, null, false, false);
      this.trouble = trouble;
      this.retryAfter = retryAfter;
      this.timedOut = timedOut;
    }

    String trouble() {
      return trouble;
    }

    Optional<Duration> retryAfter() {
      return retryAfter;
    }

    boolean timedOut() {
      return timedOut;
    }
  }
}
