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
    int k = 0;
    boolean space = false;
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
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
    String out = new String(buf, start, end - start);
    // lower-casing outside ASCII has special cases (İ, final sigma): leave them to the JDK
    return ascii ? out : out.toLowerCase(Locale.ROOT);
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
