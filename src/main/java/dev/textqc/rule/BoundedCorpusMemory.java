package dev.textqc.rule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link CorpusMemory} that counts, per normalised line, how many documents of the run contained
 * it, in bounded memory: lines are kept as 64-bit hashes in a least-recently-used table of at most
 * {@code capacity} entries, so a template line that keeps recurring stays while one-off lines are
 * forgotten first. A line is counted once per document however often the document repeats it, and
 * however often the pipeline re-runs its stages on the document.
 *
 * <p>Thread-safe: every operation holds the memory's lock, and the document being checked is
 * tracked per thread ({@link #startDocument()} opens the calling thread's next document), so
 * workers that check documents concurrently share one memory and still count each document once.
 */
public final class BoundedCorpusMemory implements CorpusMemory {
  /** Enough for the distinct lines of tens of thousands of pages, at about 100 bytes each. */
  public static final int DEFAULT_CAPACITY = 200_000;

  private final int capacity;
  private final Map<Long, Entry> table;
  private int documents;
  /** Lines already counted for the document the calling thread is checking. */
  private final ThreadLocal<java.util.Set<Long>> counted =
      ThreadLocal.withInitial(java.util.HashSet::new);

  /** How many documents contained the line. */
  private static final class Entry {
    int count;
  }

  public BoundedCorpusMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
    this.table = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
        return size() > BoundedCorpusMemory.this.capacity;
      }
    };
  }

  public BoundedCorpusMemory() {
    this(DEFAULT_CAPACITY);
  }

  @Override
  public synchronized int observe(String normalisedLine) {
    return observeHash(hash(normalisedLine));
  }

  /**
   * {@link #observe} for a line given by its {@link #hash} (of the normalised line), which a
   * caller can compute without building the normalised string.
   */
  public synchronized int observeHash(long h) {
    Entry e = table.computeIfAbsent(h, k -> new Entry());
    if (counted.get().add(h)) {
      e.count++;
    }
    return e.count;
  }

  @Override
  public synchronized int count(String normalisedLine) {
    Entry e = table.get(hash(normalisedLine));
    return e == null ? 0 : e.count;
  }

  @Override
  public synchronized int documents() {
    return documents;
  }

  @Override
  public synchronized void startDocument() {
    counted.get().clear();
    documents++;
  }

  /** Lines currently remembered (at most the capacity). */
  public synchronized int size() {
    return table.size();
  }

  public int capacity() {
    return capacity;
  }

  // FNV-1a over the chars, then a 64-bit finaliser: collisions between distinct lines are
  // negligible at this table size, and a hash costs far less memory than the line itself.
  public static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  /** {@link #hash(String)} of the characters {@code s[from, to)}. */
  public static long hash(char[] s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s[i];
      h *= 0x100000001b3L;
    }
    return finish(h);
  }

  /** The finaliser of {@link #hash}, shared with {@link NormalizedKey}'s one-pass hash. */
  static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
