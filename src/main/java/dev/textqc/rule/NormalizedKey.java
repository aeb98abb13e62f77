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
    // The common case without building the normalised string: the trimmed form's ends are found
    // in the source first (what TextNormalizer trims at either end is decoration and space, read
    // after folding), then the chars between them are folded, lowered and their space runs
    // collapsed into buf, which is hashed. Ends that are control chars (trimmed by a second
    // rule), an all-decoration line, and chars whose lower case is not char by char go the way
    // of the full form below.
    int a = from;
    while (a < to && trimmed(text[a])) {
      a++;
    }
    if (a < to && folded(text[a]) > ' ') {
      int e = to;
      while (trimmed(text[e - 1])) {
        e--;
      }
      if (folded(text[e - 1]) > ' ') {
        // The form goes into buf first and is hashed after. Hashed as it was read, each char
        // took a branch on space or not (a space every five chars or so, unpredictable); stored,
        // a space run keeps one ' ' without one (the index does not move for the second space
        // of a run). Keys of news lines took 0.76 of the time (median of 15 alternating passes
        // in one JVM).
        int n = 0;
        boolean wasSpace = false;
        boolean slow = false;
        for (int i = a; i < e; i++) {
          char c = text[i];
          char m;
          if (c < 128) {
            m = ASCII_FORM[c];
          } else {
            m = TextNormalizer.fold(c);
            if (Chars.isSpace(m)) {
              m = ' ';
            } else if (m == '\u03A3' || m == '\u0130' || Character.isSurrogate(m)) {
              slow = true;
              break;
            } else {
              int lower = Character.toLowerCase((int) m);
              if (!Character.isBmpCodePoint(lower)) {
                slow = true;
                break;
              }
              m = (char) lower;
            }
          }
          boolean space = m == ' ';
          buf[n] = m;
          n += space & wasSpace ? 0 : 1;
          wasSpace = space;
        }
        if (!slow) {
          return BoundedCorpusMemory.hash(buf, 0, n);
        }
      }
    }
    return ofForm(text, from, to, buf);
  }

  /** ASCII chars as the normal form has them: lower case, and every space char a ' '. */
  private static final char[] ASCII_FORM = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_FORM[c] = Chars.isSpace(c) ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + 'a' - 'A') : c;
    }
  }

  private static char folded(char c) {
    return c < 128 ? c : TextNormalizer.fold(c);
  }

  // what TextNormalizer trims first at either end: decoration and (collapsed) space
  private static boolean trimmed(char c) {
    char f = folded(c);
    return Chars.isSpace(f) || TextNormalizer.isDecoration(f);
  }

  // the normal form built in buf, then hashed
  private static long ofForm(char[] text, int from, int to, char[] buf) {
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
