package dev.textqc.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds an original text from a cleaned text and the changes recorded against the original.
 * This is what a consumer of the JSON output does with {@code start}, {@code end}, {@code text}
 * and {@code replacement}; the tests use it to prove nothing was lost.
 */
public final class Reconstruction {
  private Reconstruction() {}

  /**
   * One recorded change.
   *
   * @param start original start
   * @param end original end
   * @param original the original characters of the span
   * @param cleaned what the span reads in the cleaned text ("" for a removal)
   */
  public record Change(int start, int end, String original, String cleaned) {}

  public static String rebuild(String cleaned, List<Change> changes) {
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));
    StringBuilder out = new StringBuilder(cleaned.length() + 64);
    int origPos = 0;
    int cleanPos = 0;
    for (Change c : sorted) {
      if (c.start() < origPos) {
        throw new IllegalStateException("overlapping changes at " + c.start());
      }
      int keep = c.start() - origPos;
      out.append(cleaned, cleanPos, cleanPos + keep);
      cleanPos += keep;
      if (!cleaned.startsWith(c.cleaned(), cleanPos)) {
        throw new IllegalStateException("cleaned text does not read the change at " + c.start());
      }
      out.append(c.original());
      cleanPos += c.cleaned().length();
      origPos = c.end();
    }
    out.append(cleaned, cleanPos, cleaned.length());
    return out.toString();
  }
}
