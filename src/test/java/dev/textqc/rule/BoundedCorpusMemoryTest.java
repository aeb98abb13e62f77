package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class BoundedCorpusMemoryTest {

  @Test
  void countsEachLineOncePerDocument() {
    BoundedCorpusMemory m = new BoundedCorpusMemory(100);
    m.startDocument();
    assertEquals(1, m.observe("share this article"));
    assertEquals(1, m.observe("share this article"));
    m.startDocument();
    assertEquals(2, m.observe("share this article"));
    assertEquals(1, m.observe("the council met on tuesday"));
    m.startDocument();
    assertEquals(3, m.observe("share this article"));
    assertEquals(3, m.count("share this article"));
    assertEquals(1, m.count("the council met on tuesday"));
    assertEquals(0, m.count("never seen"));
    assertEquals(3, m.documents());
  }

  @Test
  void staysWithinItsCapacityAndForgetsTheLeastRecentLineFirst() {
    BoundedCorpusMemory m = new BoundedCorpusMemory(3);
    m.startDocument();
    m.observe("menu");
    m.observe("a");
    m.observe("b");
    m.startDocument();
    m.observe("menu"); // recently used again: survives the next insertions
    m.observe("c");
    m.observe("d");
    assertEquals(3, m.size());
    assertEquals(2, m.count("menu"));
    assertEquals(0, m.count("a"));
    assertEquals(0, m.count("b"));
    assertEquals(1, m.count("d"));
  }

  @Test
  void concurrentObserversLoseNoCount() throws Exception {
    BoundedCorpusMemory m = new BoundedCorpusMemory(10_000);
    m.startDocument();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 1000; i++) {
            m.observe("line " + (i * 4 + offset));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(4000, m.size());
    assertEquals(1, m.count("line 1234"));
  }

  @Test
  void rejectsANonPositiveCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new BoundedCorpusMemory(0));
  }

  @Test
  void distinctLinesGetDistinctHashes() {
    assertTrue(BoundedCorpusMemory.hash("home") != BoundedCorpusMemory.hash("homes"));
  }

  @Test
  void workersCheckingDocumentsAtOnceEachCountTheirDocument() throws Exception {
    BoundedCorpusMemory memory = new BoundedCorpusMemory(100);
    ExecutorService a = Executors.newSingleThreadExecutor();
    ExecutorService b = Executors.newSingleThreadExecutor();
    try {
      // interleaved: A opens its document, B opens its own, then both see the same line
      a.submit(memory::startDocument).get();
      b.submit(memory::startDocument).get();
      assertEquals(1, a.submit(() -> memory.observe("share this")).get());
      assertEquals(2, b.submit(() -> memory.observe("share this")).get());
      assertEquals(2, a.submit(() -> memory.observe("share this")).get(), "same document again");
    } finally {
      a.shutdownNow();
      b.shutdownNow();
    }
  }
}
