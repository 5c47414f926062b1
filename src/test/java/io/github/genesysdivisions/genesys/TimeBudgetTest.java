package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  private final AtomicLong now = new AtomicLong(1_000_000L);

  private TimeBudget budget(Duration total) {
    return new TimeBudget(total, now::get);
  }

  @Test
  void countsDownAndStopsAtZero() throws GenesysException {
    TimeBudget budget = budget(Duration.ofSeconds(60));

    now.addAndGet(Duration.ofSeconds(45).toNanos());
    assertEquals(Duration.ofSeconds(15), budget.remaining());
    assertEquals(15_000, budget.timeoutMillis());
    budget.ensureTimeLeft("GET x");

    now.addAndGet(Duration.ofSeconds(20).toNanos());
    assertEquals(Duration.ZERO, budget.remaining());
    assertEquals(1, budget.timeoutMillis());
  }

  @Test
  void noStepStartsOnceTheTimeIsUp() {
    TimeBudget budget = budget(Duration.ofSeconds(60));
    now.addAndGet(Duration.ofSeconds(60).toNanos());

    GenesysException e =
        assertThrows(GenesysException.class, () -> budget.ensureTimeLeft("GET page 2"));

    assertEquals(
        "Genesys Cloud did not answer within 60 s (-Dgenesys.divisions.timeoutSeconds), at GET"
            + " page 2. Check the network and proxy, or raise"
            + " -Dgenesys.divisions.timeoutSeconds.",
        e.getMessage());
  }

  @Test
  void aTimeoutLongerThanAnIntIsCapped() {
    assertEquals(Integer.MAX_VALUE, budget(Duration.ofDays(30)).timeoutMillis());
  }

  @Test
  void theBoundMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> budget(Duration.ZERO));
  }
}
