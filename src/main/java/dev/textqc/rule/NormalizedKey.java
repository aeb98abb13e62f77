package dev.textqc.rule;

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
    long form = TextNormalizer.normalizeInto(text, from, to, buf);
    int start = TextNormalizer.start(form);
    int end = TextNormalizer.end(form);
    if (!TextNormalizer.isAscii(form)) {
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
