package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PeriodicFlushTest {
  private static final long MS = 1_000_000L;

  @Test
  void flushesOnlyOnceTheIntervalHasPassedSinceTheLastFlush() {
    AtomicInteger flushes = new AtomicInteger();
    long[] now = {5 * MS};
    PeriodicFlush f = new PeriodicFlush(flushes::incrementAndGet, () -> now[0]);
    f.tick();
    now[0] += (PeriodicFlush.INTERVAL_MS - 1) * MS;
    f.tick();
    assertEquals(0, flushes.get(), "documents written within the interval are not flushed yet");
    now[0] += MS;
    f.tick();
    assertEquals(1, flushes.get());
    f.tick();
    assertEquals(1, flushes.get(), "the interval starts again at the flush");
    now[0] += PeriodicFlush.INTERVAL_MS * MS;
    f.tick();
    assertEquals(2, flushes.get());
  }
}
