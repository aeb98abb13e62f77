package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    assertTrue(BoundedCorpusMemory.hash("ab") != BoundedCorpusMemory.hash("ab\0\0"));
    assertTrue(BoundedCorpusMemory.hash("") != BoundedCorpusMemory.hash("\0"));
  }

  @Test
  void changesToTheSameLaneOfTwoBlocksDoNotCancelOut() {
    // The chars go into the hash four at a time. With a plain multiply per block, the last char
    // of a block only ever reached the state's top 16 bits, so two such changes cancelled out
    // about once in 65,536 pairs: among these 262,144 lines, thousands would collide.
    char[] line = "subscribe to our newsletter".toCharArray();
    Set<Long> seen = new HashSet<>();
    for (char a = 0; a < 512; a++) {
      for (char b = 0; b < 512; b++) {
        line[3] = (char) ('a' + a);
        line[7] = (char) ('a' + b);
        seen.add(BoundedCorpusMemory.hash(line, 0, line.length));
      }
    }
    assertEquals(512 * 512, seen.size());
  }

  @Test
  void aRangeHashesLikeTheStringOfItsChars() {
    char[] text = "..Read more: the full story here..".toCharArray();
    for (int from = 0; from < text.length; from++) {
      for (int to = from; to <= text.length; to++) {
        assertEquals(BoundedCorpusMemory.hash(new String(text, from, to - from)),
            BoundedCorpusMemory.hash(text, from, to));
      }
    }
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

  @Test
  void documentsReportOnTheirTurnInInputOrder() throws Exception {
    BoundedCorpusMemory m = new BoundedCorpusMemory(100);
    BoundedCorpusMemory.Turn second = m.document(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      // the second document waits for the first one's turn to end
      Future<Integer> late = pool.submit(() -> second.observeHash(7L));
      Thread.sleep(50);
      assertTrue(!late.isDone());
      BoundedCorpusMemory.Turn first = m.document(0);
      assertEquals(1, first.observeHash(7L));
      assertEquals(1, first.observeHash(7L)); // a document counts once
      first.observed();
      assertEquals(2, (int) late.get(5, java.util.concurrent.TimeUnit.SECONDS));
      second.observed();
      // after its turn a document reads what it reported then, and a new line as its own
      assertEquals(1, first.observeHash(7L));
      assertEquals(1, first.observeHash(8L));
      BoundedCorpusMemory.Turn third = m.document(2);
      assertEquals(3, third.observeHash(7L));
      assertEquals(1, third.observeHash(8L)); // 8 was never counted: seen after a turn ended
      third.close();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTurnGivenUpEarlyOrReleasedByTheRunIsSkipped() {
    BoundedCorpusMemory m = new BoundedCorpusMemory(100);
    BoundedCorpusMemory.Turn a = m.document(0);
    BoundedCorpusMemory.Turn b = m.document(1);
    BoundedCorpusMemory.Turn c = m.document(2);
    b.close(); // finished without reporting, before its turn came
    m.release(0); // the run gave up on document 0 (timed out)
    assertEquals(1, c.observeHash(5L)); // does not wait for 0 or 1
    assertEquals(1, a.observeHash(5L)); // its turn has passed: reports nothing
    c.observed();
    assertEquals(2, m.document(3).observeHash(5L));
  }

  @Test
  void parallelTurnsGiveTheCountsOfASequentialRun() throws Exception {
    int docs = 200;
    long[][] lines = new long[docs][];
    java.util.Random random = new java.util.Random(42);
    for (int d = 0; d < docs; d++) {
      lines[d] = random.longs(12, 0, 30).toArray();
    }
    // capacity below the distinct lines, so eviction order matters too
    int[][] sequential = new int[docs][];
    BoundedCorpusMemory one = new BoundedCorpusMemory(20);
    for (int d = 0; d < docs; d++) {
      sequential[d] = report(one.document(d), lines[d]);
    }
    BoundedCorpusMemory shared = new BoundedCorpusMemory(20);
    int[][] parallel = new int[docs][];
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int d = 0; d < docs; d++) {
        int doc = d;
        BoundedCorpusMemory.Turn turn = shared.document(doc);
        futures.add(pool.submit(() -> {
          parallel[doc] = report(turn, lines[doc]);
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    for (int d = 0; d < docs; d++) {
      assertEquals(java.util.Arrays.toString(sequential[d]),
          java.util.Arrays.toString(parallel[d]), "document " + d);
    }
  }

  private static int[] report(BoundedCorpusMemory.Turn turn, long[] lines) {
    int[] counts = new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      counts[i] = turn.observeHash(lines[i]);
    }
    turn.observed();
    return counts;
  }
}
