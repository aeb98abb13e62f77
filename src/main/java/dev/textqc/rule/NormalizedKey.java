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
    // The common case in one pass over the source, hashing as it reads: the trimmed form's ends
    // are found in the source first (what TextNormalizer trims at either end is decoration and
    // space, read after folding), then the chars between them are folded, their space runs
    // collapsed and lowered on the way into the hash. Ends that are control chars (trimmed by a
    // second rule), an all-decoration line, and chars whose lower case is not char by char go
    // the way of the full form below.
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
        long h = FNV_OFFSET;
        boolean space = false;
        for (int i = a; i < e; i++) {
          char c = text[i];
          if (c < 128) {
            if (Chars.isSpace(c)) {
              space = true;
              continue;
            }
            if (c >= 'A' && c <= 'Z') {
              c += 'a' - 'A';
            }
          } else {
            c = TextNormalizer.fold(c);
            if (Chars.isSpace(c)) {
              space = true;
              continue;
            }
            if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
              h = SLOW;
              break;
            }
            int lower = Character.toLowerCase((int) c);
            if (!Character.isBmpCodePoint(lower)) {
              h = SLOW;
              break;
            }
            c = (char) lower;
          }
          if (space) {
            h = (h ^ ' ') * FNV_PRIME;
            space = false;
          }
          h = (h ^ c) * FNV_PRIME;
        }
        if (h != SLOW) {
          return BoundedCorpusMemory.finish(h);
        }
      }
    }
    return ofForm(text, from, to, buf);
  }

  /** Marks a line whose lower case {@link #of}'s one pass leaves to the JDK. */
  private static final long SLOW = 0;

  // BoundedCorpusMemory.hash: FNV-1a over the chars, then its 64-bit finaliser
  // (NormalizedKeyTest holds the two equal)
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

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
