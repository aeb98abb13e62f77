package dev.textqc.rule;

import it.unimi.dsi.fastutil.longs.Long2IntLinkedOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

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
 *
 * <p>Which document tells the memory about a line first then depends on scheduling, and so do the
 * counts. Workers that want the counts of a sequential run whatever the thread count check each
 * document through {@link #document(long)}, a turn in input order: see {@link Turn}.
 */
public final class BoundedCorpusMemory implements CorpusMemory {
  /** Enough for the distinct lines of tens of thousands of pages, at about 100 bytes each. */
  public static final int DEFAULT_CAPACITY = 200_000;

  private final int capacity;
  /**
   * Line hash to the number of documents that held it, least recently used first. Every line of
   * every document goes through here, and with fastutil's primitive map a line costs no Long,
   * entry or count object: the table is three arrays (keys, counts, links), 10.5 MB at the
   * default capacity.
   */
  private final Long2IntLinkedOpenHashMap table = new Long2IntLinkedOpenHashMap();
  private int documents;
  /** The document whose turn it is to report its lines: every earlier one has had its turn. */
  private long turn;
  /** Documents after {@link #turn} that gave up their turn early (see {@link #release}). */
  private final java.util.TreeSet<Long> releasedAhead = new java.util.TreeSet<>();
  /** Lines already counted for the document the calling thread is checking. */
  private final ThreadLocal<LongOpenHashSet> counted =
      ThreadLocal.withInitial(LongOpenHashSet::new);

  public BoundedCorpusMemory(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
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
    int count = table.getAndMoveToLast(h); // 0 when new
    if (counted.get().add(h)) {
      count++;
    }
    put(h, count);
    return count;
  }

  /** Sets the count of a line just moved last (or new); forgets the eldest past the bound. */
  private void put(long h, int count) {
    table.put(h, count); // a new line goes last, a known one stays where it was just moved
    if (table.size() > capacity) {
      table.removeFirstInt();
    }
  }

  @Override
  public synchronized int count(String normalisedLine) {
    return table.getAndMoveToLast(hash(normalisedLine)); // a look counts as a use
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

  /**
   * The memory as document number {@code seq} of the run (0, 1, 2... in input order) sees it.
   * Documents report their lines in that order, each on its turn, so the counts are those of a
   * sequential run however many threads check documents: see {@link Turn}. Every number must be
   * handed out once, and every turn ended ({@link Turn#close}), or later documents wait for it.
   */
  public Turn document(long seq) {
    return new Turn(seq);
  }

  /** Waits until it is document {@code seq}'s turn; false if the turn has passed or on interrupt. */
  private synchronized boolean awaitTurn(long seq) {
    try {
      while (turn < seq) {
        wait();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    return turn == seq;
  }

  /** Ends document {@code seq}'s turn (again: no effect); the next document may report. */
  public synchronized void release(long seq) {
    if (seq < turn) {
      return;
    }
    if (seq > turn) {
      releasedAhead.add(seq); // its turn is skipped when it comes
      return;
    }
    turn++;
    while (releasedAhead.remove(turn)) {
      turn++;
    }
    notifyAll();
  }

  /** Counts the line for the document that holds the turn; returns the documents that held it. */
  private synchronized int countOnTurn(long h) {
    int count = table.getAndMoveToLast(h) + 1;
    put(h, count);
    return count;
  }

  private synchronized void countDocument() {
    documents++;
  }

  /**
   * One document's view of the memory, for a run that checks documents in parallel but wants the
   * counts, and so the findings, of a sequential run. The document reports its lines when it is
   * its turn: when every earlier document (in input order) has reported its own. The page layout
   * rule reads all lines of the page and then calls {@link #observed()}, which ends the turn, so
   * the next document waits only for that, not for the whole check of this one.
   *
   * <p>A line the document meets only after its turn (a later round of the pipeline, after an
   * edit changed the line) is counted as this document's alone: counting it then would depend on
   * which documents had reported meanwhile. Not thread-safe: one document, one worker.
   */
  public final class Turn implements CorpusMemory, AutoCloseable {
    private final long seq;
    /** Each line the document reported on its turn, with the count it got then. */
    private final Long2IntOpenHashMap reported = new Long2IntOpenHashMap(); // 0: not yet
    private boolean holding;
    private boolean over;

    private Turn(long seq) {
      this.seq = seq;
    }

    /** {@link BoundedCorpusMemory#observeHash} on this document's turn. */
    public int observeHash(long h) {
      int known = reported.get(h);
      if (known != 0) {
        return known;
      }
      if (over) {
        return 1;
      }
      if (!holding) {
        holding = awaitTurn(seq);
        if (!holding) {
          over = true; // given up (the run timed it out) or interrupted: reports nothing
          return 1;
        }
      }
      int count = countOnTurn(h);
      reported.put(h, count);
      return count;
    }

    @Override
    public int observe(String normalisedLine) {
      return observeHash(hash(normalisedLine));
    }

    @Override
    public void observed() {
      over = true;
      holding = false;
      release(seq);
    }

    @Override
    public int count(String normalisedLine) {
      return BoundedCorpusMemory.this.count(normalisedLine);
    }

    @Override
    public int documents() {
      return BoundedCorpusMemory.this.documents();
    }

    @Override
    public void startDocument() {
      countDocument();
    }

    /** Ends the turn if the document did not ({@link #observed()} was not called). */
    @Override
    public void close() {
      observed();
    }
  }

  /** Lines currently remembered (at most the capacity). */
  public synchronized int size() {
    return table.size();
  }

  public int capacity() {
    return capacity;
  }

  /**
   * A 64-bit hash of the chars: collisions between distinct lines are negligible at this table
   * size, and a hash costs far less memory than the line itself. Every line of every document is
   * hashed when the memory is on, so the chars go in four at a time, each step a multiply and a
   * shift that folds the high bits back down (so no char's bits stay in the top of the state).
   * FNV-1a, a multiply per char with each waiting for the last, took about half of the time
   * spent on line keys.
   */
  public static long hash(String s) {
    char[] chars = s.toCharArray();
    return hash(chars, 0, chars.length);
  }

  /** {@link #hash(String)} of the characters {@code s[from, to)}. */
  public static long hash(char[] s, int from, int to) {
    long h = 0xcbf29ce484222325L ^ (to - from);
    int i = from;
    for (; i + 4 <= to; i += 4) {
      long w = s[i] | (long) s[i + 1] << 16 | (long) s[i + 2] << 32 | (long) s[i + 3] << 48;
      h = (h ^ w) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    for (; i < to; i++) {
      h = (h ^ s[i]) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return finish(h);
  }

  /** The finaliser of {@link #hash}. */
  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
