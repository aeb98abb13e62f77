package dev.textqc.rule;

import dev.textqc.document.Chars;
import java.util.Locale;

/**
 * The {@link BoundedCorpusMemory#hash} of a line's {@link TextNormalizer} form, computed in a
 * caller's buffer without building the normalised string: what counting repeated lines needs.
 */
public final class NormalizedKey {
  private NormalizedKey() {}

  /** The key of every line whose normalised form is empty. */
  public static final long EMPTY = BoundedCorpusMemory.hash("");

  /**
   * {@code BoundedCorpusMemory.hash(TextNormalizer.normalize(s))}; {@code buf} must hold at least
   * {@code s.length()} chars.
   */
  public static long of(String s, char[] buf) {
    return of(s.toCharArray(), 0, s.length(), buf);
  }

  /** The key of the line {@code text[from, to)}; {@code buf} must hold {@code to - from} chars. */
  public static long of(char[] text, int from, int to, char[] buf) {
    // the same steps as TextNormalizer.normalize, into buf
    int k = 0;
    boolean space = false;
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      char c = text[i];
      // fold maps only non-ASCII chars: ASCII skips its switch
      if (c >= 128) {
        c = TextNormalizer.fold(c);
      }
      if (Chars.isSpace(c)) {
        space = k > 0;
        continue;
      }
      if (space) {
        buf[k++] = ' ';
        space = false;
      }
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (c >= 128) {
        ascii = false;
      }
      buf[k++] = c;
    }
    int start = 0;
    int end = k;
    while (start < end && TextNormalizer.isDecoration(buf[start])) {
      start++;
    }
    while (end > start && TextNormalizer.isDecoration(buf[end - 1])) {
      end--;
    }
    while (start < end && buf[start] <= ' ') {
      start++;
    }
    while (end > start && buf[end - 1] <= ' ') {
      end--;
    }
    if (!ascii) {
      // String.toLowerCase(Locale.ROOT) lowers char by char, except for a capital sigma (by
      // context), a dotted capital I (two chars), surrogate pairs and a lower case outside the
      // BMP: leave those to the JDK
      for (int i = start; i < end; i++) {
        char c = buf[i];
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)
            || !Character.isBmpCodePoint(Character.toLowerCase((int) c))) {
          return BoundedCorpusMemory.hash(
              new String(buf, start, end - start).toLowerCase(Locale.ROOT));
        }
      }
      for (int i = start; i < end; i++) {
        buf[i] = (char) Character.toLowerCase((int) buf[i]);
      }
    }
    return BoundedCorpusMemory.hash(buf, start, end);
  }
}
