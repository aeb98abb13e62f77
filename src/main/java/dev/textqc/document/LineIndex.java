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

  /** 1-based column of the offset, in code points. */
  public int column(int offset) {
    int start = starts[line(offset) - 1];
    return text.codePointCount(start, Math.min(offset, text.length())) + 1;
  }

  public int lineCount() {
    return starts.length;
  }

  public int lineStart(int line) {
    return starts[line - 1];
  }
}
