package dev.textqc.rule;

import java.util.Locale;

/**
 * The canonical form lines and phrases are compared in: lower case, curly quotes and dashes folded
 * to ASCII, runs of whitespace (including no-break spaces) collapsed, and decoration at either end
 * ({@code - Advertisement -}, {@code • Share}, {@code READ MORE:}) trimmed.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    int start = 0;
    int end = sb.length();
    while (start < end && isDecoration(sb.charAt(start))) {
      start++;
    }
    while (end > start && isDecoration(sb.charAt(end - 1))) {
      end--;
    }
    return sb.substring(start, end).trim().toLowerCase(Locale.ROOT);
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
