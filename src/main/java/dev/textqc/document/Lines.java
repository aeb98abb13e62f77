package dev.textqc.document;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into {@link Line}s on {@code \n}, keeping {@code \r\n} terminators intact. */
public final class Lines {
  private Lines() {}

  public static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int index = 0;
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int contentEnd = nl < 0 ? n : nl;
      int lineEnd = nl < 0 ? n : nl + 1;
      if (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      lines.add(new Line(text, index++, new Span(start, contentEnd), new Span(start, lineEnd)));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
      if (start == n) {
        break;
      }
    }
    return lines;
  }
}
