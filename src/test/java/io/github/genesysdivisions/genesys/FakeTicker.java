package io.github.genesysdivisions.genesys;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told to or when "sleeping", and keeps every wait asked for. */
final class FakeTicker implements Ticker {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }
}
