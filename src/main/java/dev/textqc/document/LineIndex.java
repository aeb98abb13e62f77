package dev.textqc.document;

import java.util.Arrays;

/**
 * Line starts of a text, to turn offsets into 1-based line and column numbers for people.
 * Columns count code points, so an emoji is one column even though it is two {@code char}s.
 */
public final class LineIndex {
  private final String text;
  private final int[] starts;

  public LineIndex(String text) {
    this.text = text;
    int[] buf = new int[16];
    int n = 0;
    buf[n++] = 0;
    // indexOf is a vectorised intrinsic; a charAt loop costs several times more
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
      if (n == buf.length) {
        buf = Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = nl + 1;
    }
    starts = Arrays.copyOf(buf, n);
  }

  /** 1-based line of the offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /**
   * Where the text's surrogate pairs start (a high surrogate followed by a low one), in order;
   * made on the first count ({@link #codePoints}). Not thread-safe, as the reports that use it.
   */
  private int[] pairs;

  /**
   * 1-based column of the offset, in code points: the chars from the line's start, less one for
   * each surrogate pair among them. Counted by {@code codePointCount} from the line's start,
   * every finding on a 10 MB line of text cost a scan of the line: the JSON of one such
   * document with its findings took hours.
   */
  public int column(int offset) {
    int start = starts[line(offset) - 1];
    return codePoints(start, Math.min(offset, text.length())) + 1;
  }

  /**
   * {@code text.codePointCount(from, to)}, in the time of two binary searches: a report that
   * gives each finding's offset in code points from the start of the text (SARIF) counted the
   * whole text before it, for every finding.
   */
  public int codePoints(int from, int to) {
    if (to <= from) {
      return 0;
    }
    if (pairs == null) {
      pairs = surrogatePairs(text);
    }
    // pairs wholly inside [from, to) start at from .. to - 2
    return to - from - (firstAtLeast(pairs, to - 1) - firstAtLeast(pairs, from));
  }

  private static int[] surrogatePairs(String text) {
    int[] buf = new int[0];
    int n = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, Math.max(16, n * 2));
        }
        buf[n++] = i;
        i++;
      }
    }
    return Arrays.copyOf(buf, n);
  }

  /** The index of the first element of the sorted array that is at least {@code value}. */
  private static int firstAtLeast(int[] sorted, int value) {
    int i = Arrays.binarySearch(sorted, value);
    return i >= 0 ? i : -i - 1;
  }

  public int lineCount() {
    return starts.length;
  }

  public int lineStart(int line) {
    return starts[line - 1];
  }
}
