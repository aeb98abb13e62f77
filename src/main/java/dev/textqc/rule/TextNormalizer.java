package dev.textqc.rule;

import dev.textqc.document.Chars;
import java.util.Locale;

/**
 * The canonical form lines and phrases are compared in: lower case, curly quotes and dashes folded
 * to ASCII, runs of whitespace (including no-break spaces) collapsed, and decoration at either end
 * ({@code - Advertisement -}, {@code • Share}, {@code READ MORE:}) trimmed.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String s) {
    int n = s.length();
    // one bulk copy, then compacted in place (the write index never passes the read index):
    // cheaper than charAt per character, which checks bounds on every call for non-Latin-1 text
    char[] buf = new char[n];
    s.getChars(0, n, buf, 0);
    long form = normalizeInto(buf, 0, n, buf);
    String out = new String(buf, start(form), end(form) - start(form));
    // lower-casing outside ASCII has special cases (İ, final sigma): leave them to the JDK
    return isAscii(form) ? out : out.toLowerCase(Locale.ROOT);
  }

  /**
   * The steps of {@link #normalize} short of lower-casing outside ASCII: writes the folded,
   * space-collapsed text of {@code text[from, to)} into {@code buf} (which may be {@code text}
   * itself when {@code from} is 0) and returns where the trimmed form lies in it, read with
   * {@link #start}, {@link #end} and {@link #isAscii}. Shared with {@link NormalizedKey}, which
   * hashes the form instead of building a string.
   */
  static long normalizeInto(char[] text, int from, int to, char[] buf) {
    int k = 0;
    boolean space = false;
    boolean ascii = true;
    for (int i = from; i < to; i++) {
      char c = text[i];
      // fold maps only non-ASCII chars: ASCII skips its switch
      if (c >= 128) {
        c = fold(c);
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
    while (start < end && isDecoration(buf[start])) {
      start++;
    }
    while (end > start && isDecoration(buf[end - 1])) {
      end--;
    }
    // what String.trim() strips: control characters that are not whitespace
    while (start < end && buf[start] <= ' ') {
      start++;
    }
    while (end > start && buf[end - 1] <= ' ') {
      end--;
    }
    return (ascii ? 0 : NON_ASCII) | (long) start << 32 | end;
  }

  private static final long NON_ASCII = 1L << 63;

  static int start(long form) {
    return (int) (form >>> 32) & Integer.MAX_VALUE;
  }

  static int end(long form) {
    return (int) form;
  }

  static boolean isAscii(long form) {
    return (form & NON_ASCII) == 0;
  }

  /** Whether {@code c} is a double quotation mark: '"' or one the normaliser folds to it. */
  public static boolean isDoubleQuote(char c) {
    return fold(c) == '"';
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
      case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u202F' -> ' ';
      default -> c;
    };
  }

  static boolean isDecoration(char c) {
    return c == '-' || c == '*' || c == '|' || c == '•' || c == '·' || c == '_' || c == '='
        || c == '~' || c == ':' || c == '>' || c == '»' || c == '«' || c == '#' || c == ' '
        || c == '\u25BA' || c == '\u25B6' || c == '\u2192' || c == '.' || c == '!' || c == '?'
        || c == '\u2026';
  }
}
