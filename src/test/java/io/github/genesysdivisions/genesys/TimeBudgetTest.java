package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  private final FakeTicker clock = new FakeTicker();

  private TimeBudget budget(Duration total) {
    return new TimeBudget(total, clock);
  }

  @Test
  void countsDownAndStopsAtZero() throws GenesysException {
    TimeBudget budget = budget(Duration.ofSeconds(60));

    clock.advance(Duration.ofSeconds(45));
    assertEquals(Duration.ofSeconds(15), budget.remaining());
    assertEquals(Duration.ofSeconds(45), budget.elapsed());
    assertEquals(15_000, budget.requestTimeoutMillis());
    budget.ensureTimeLeft("GET x");

    clock.advance(Duration.ofSeconds(20));
    assertEquals(Duration.ZERO, budget.remaining());
    assertEquals(1, budget.requestTimeoutMillis());
  }

  @Test
  void noStepStartsOnceTheTimeIsUp() {
    TimeBudget budget = budget(Duration.ofSeconds(60));
    clock.advance(Duration.ofSeconds(60));

    GenesysException e =
        assertThrows(GenesysException.class, () -> budget.ensureTimeLeft("GET page 2"));

    assertEquals(
        "Genesys Cloud did not answer within 60 s (-Dgenesys.divisions.timeoutSeconds), at GET"
            + " page 2. Check the network and proxy, or raise"
            + " -Dgenesys.divisions.timeoutSeconds.",
        e.getMessage());
  }

  @Test
  void oneRequestWaitsAtMostTheCapEvenWhenMoreTimeIsLeft() {
    assertEquals(
        TimeBudget.REQUEST_TIMEOUT_CAP.toMillis(),
        budget(Duration.ofDays(30)).requestTimeoutMillis());
  }

  @Test
  void durationsReadAsPeopleWriteThem() {
    assertEquals("60 s", TimeBudget.describe(Duration.ofSeconds(60)));
    assertEquals("700 ms", TimeBudget.describe(Duration.ofMillis(700)));
    assertEquals("2.4 s", TimeBudget.describe(Duration.ofMillis(2400)));
  }

  @Test
  void theBoundMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> budget(Duration.ZERO));
  }
}
