package dev.textqc.pipeline;

import dev.textqc.document.Span;
import java.util.Collection;
import java.util.List;

/**
 * Two-way map between offsets in an original text and in the text produced by applying a sorted
 * list of non-overlapping edits to it.
 *
 * <p>Outside edited regions the map is a shift. A position inside a replacement maps to the edge of
 * the original region it came from: {@link #toOriginal(Span)} widens a span to whole edits, so a
 * finding on rewritten text points at every original character it depends on. At a removal, a
 * span start maps after the removed text and a span end before it, so spans never swallow
 * neighbouring removed text.
 */
public final class OffsetMap {
  private final int[] origStart;
  private final int[] origEnd;
  private final int[] cleanStart;
  private final int[] cleanEnd;

  OffsetMap(Collection<? extends Edit> sortedEdits) {
    int n = sortedEdits.size();
    origStart = new int[n];
    origEnd = new int[n];
    cleanStart = new int[n];
    cleanEnd = new int[n];
    int delta = 0;
    int i = 0;
    for (Edit e : sortedEdits) {
      origStart[i] = e.span().start();
      origEnd[i] = e.span().end();
      cleanStart[i] = e.span().start() + delta;
      cleanEnd[i] = cleanStart[i] + e.replacement().length();
      delta += e.replacement().length() - e.span().length();
      i++;
    }
  }

  /** The identity map: no edits. */
  public static OffsetMap identity() {
    return new OffsetMap(List.of());
  }

  public Span toOriginal(Span cleaned) {
    int s = toOriginalStart(cleaned.start());
    int e = cleaned.isEmpty() ? s : Math.max(s, toOriginalEnd(cleaned.end()));
    return new Span(s, e);
  }

  public Span toCleaned(Span original) {
    int s = toCleanedStart(original.start());
    int e = original.isEmpty() ? s : Math.max(s, toCleanedEnd(original.end()));
    return new Span(s, e);
  }

  /** Original offset of a cleaned offset used as a span start. */
  public int toOriginalStart(int c) {
    // last edit whose cleaned start is <= c
    int i = lastAtOrBefore(cleanStart, c);
    if (i >= 0 && c < cleanEnd[i]) {
      return origStart[i];
    }
    // skip every removal sitting exactly at c: a start lies after removed text
    int j = lastAtOrBefore(cleanEnd, c);
    return j < 0 ? c : c + (origEnd[j] - cleanEnd[j]);
  }

  /** Original offset of a cleaned offset used as a span end. */
  public int toOriginalEnd(int c) {
    int i = lastBefore(cleanStart, c);
    if (i >= 0 && c <= cleanEnd[i] && cleanEnd[i] > cleanStart[i]) {
      return origEnd[i];
    }
    // an end lies before removed text: use the last edit that ends strictly before c
    int j = lastBefore(cleanEnd, c);
    return j < 0 ? c : c + (origEnd[j] - cleanEnd[j]);
  }

  /** Cleaned offset of an original offset used as a span start. */
  public int toCleanedStart(int o) {
    int i = lastAtOrBefore(origStart, o);
    if (i >= 0 && o < origEnd[i]) {
      return cleanStart[i];
    }
    int j = lastAtOrBefore(origEnd, o);
    return j < 0 ? o : o + (cleanEnd[j] - origEnd[j]);
  }

  /** Cleaned offset of an original offset used as a span end. */
  public int toCleanedEnd(int o) {
    int i = lastBefore(origStart, o);
    if (i >= 0 && o <= origEnd[i]) {
      return cleanEnd[i];
    }
    int j = lastAtOrBefore(origEnd, o);
    return j < 0 ? o : o + (cleanEnd[j] - origEnd[j]);
  }

  /** Whether the original span crosses an edit boundary or contains a removal/replacement. */
  public boolean touchesEdit(Span original) {
    int i = lastBefore(origStart, original.end());
    return i >= 0 && origEnd[i] > original.start();
  }

  public int editCount() {
    return origStart.length;
  }

  // index of the last element <= key in a non-decreasing array, or -1
  private static int lastAtOrBefore(int[] a, int key) {
    int lo = 0;
    int hi = a.length - 1;
    int ans = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= key) {
        ans = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return ans;
  }

  // index of the last element < key in a non-decreasing array, or -1
  private static int lastBefore(int[] a, int key) {
    return lastAtOrBefore(a, key - 1);
  }
}
