package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetrierTest {

  private final FakeTicker clock = new FakeTicker();

  private Retrier retrier(Duration total, double random) {
    return new Retrier(new TimeBudget(total, clock), () -> random);
  }

  private static Retrier.TransientFailure busy() {
    return Retrier.failure("GET x", 503, "", null);
  }

  @ParameterizedTest
  @CsvSource({"1, PT1S", "30, PT30S", "' 7 ', PT7S"})
  void retryAfterInSecondsIsHonoured(String header, Duration wait) {
    assertEquals(Optional.of(wait), Retrier.retryAfter(header));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "1.5", "Wed, 21 Oct 2026 07:28:00 GMT", "soon"})
  void otherRetryAfterValuesFallBackToTheBackoff(String header) {
    assertEquals(Optional.empty(), Retrier.retryAfter(header));
  }

  @Test
  void retryAfterCountsOnlyFor429() {
    assertEquals(
        Optional.of(Duration.ofSeconds(2)), Retrier.failure("GET x", 429, "", "2").retryAfter());
    assertEquals(Optional.empty(), Retrier.failure("GET x", 503, "", "2").retryAfter());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void busyStatusesAreTransient(int status) {
    assertTrue(Retrier.isTransient(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 407, 409, 500, 501})
  void otherStatusesAreNot(int status) {
    assertFalse(Retrier.isTransient(status));
  }

  @Test
  void brokenConnectionsAndTimeoutsAreTransientConfigurationProblemsAreNot() {
    for (IOException e :
        List.of(
            new SocketException("Connection reset"),
            new SocketTimeoutException("Read timed out"),
            new EOFException("EOF"))) {
      assertTrue(Retrier.isTransient(e), e.toString());
    }
    for (IOException e :
        List.of(
            new ConnectException("Connection refused"),
            new UnknownHostException("api.example"),
            new SSLHandshakeException("PKIX"),
            new JsonParseException(null, "Unexpected character"))) {
      assertFalse(Retrier.isTransient(e), e.toString());
    }
  }

  @Test
  void theBackoffDoublesWithHalfOfItRandom() throws GenesysException {
    AtomicInteger attempts = new AtomicInteger();

    String answer =
        retrier(Duration.ofMinutes(5), 1.0)
            .send(
                "GET x",
                () -> {
                  if (attempts.incrementAndGet() <= 7) {
                    throw busy();
                  }
                  return "ok";
                });

    assertEquals("ok", answer);
    assertEquals(
        List.of(500L, 1000L, 2000L, 4000L, 8000L, 15000L, 15000L),
        clock.sleeps.stream().map(Duration::toMillis).toList());
  }

  @Test
  void theLowestJitterIsHalfTheBackoff() throws GenesysException {
    AtomicInteger attempts = new AtomicInteger();

    retrier(Duration.ofMinutes(1), 0.0)
        .send(
            "GET x",
            () -> {
              if (attempts.incrementAndGet() <= 2) {
                throw busy();
              }
              return "ok";
            });

    assertEquals(
        List.of(250L, 500L), clock.sleeps.stream().map(Duration::toMillis).toList());
  }

  @Test
  void aFinalFailureIsThrownAtOnce() {
    AtomicInteger attempts = new AtomicInteger();

    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                retrier(Duration.ofMinutes(1), 0.5)
                    .send(
                        "GET x",
                        () -> {
                          attempts.incrementAndGet();
                          throw new GenesysException("refused");
                        }));

    assertEquals("refused", e.getMessage());
    assertEquals(1, attempts.get());
    assertEquals(List.of(), clock.sleeps);
  }

  @Test
  void noWaitEndsAfterTheBudget() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () ->
                retrier(Duration.ofSeconds(3), 0.5)
                    .send(
                        "GET x",
                        () -> {
                          throw Retrier.failure("GET x", 429, "", "2");
                        }));

    assertEquals(List.of(Duration.ofSeconds(2)), clock.sleeps);
    assertTrue(
        e.getMessage()
            .startsWith(
                "Gave up on GET x after 2 attempts in 2 s (HTTP 429 2 times; the server asked to"
                    + " wait 2 s (Retry-After), more than the 1 s left of the 3 s that"
                    + " -Dgenesys.divisions.timeoutSeconds allows). The last answer: HTTP 429 on"
                    + " GET x."),
        e.getMessage());
  }
}
