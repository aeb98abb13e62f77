package dev.textqc.document;

/**
 * Character tests for the hot loops of the detectors: ASCII is answered by arithmetic, the rest
 * by {@link Character}. News text is mostly ASCII, and the JDK's full Unicode lookups cost several
 * times more per character.
 */
public final class Chars {
  private Chars() {}

  /**
   * {@link Character#isLetter} for U+0000 to U+07FF (Latin, Greek, Cyrillic, Armenian, Hebrew,
   * Arabic), one bit a char: those scripts fill the non-English pages, and the JDK answers each
   * char through a property lookup.
   */
  private static final long[] LETTERS_BELOW_0800 = new long[0x800 / 64];

  static {
    for (char c = 0; c < 0x800; c++) {
      if (Character.isLetter(c)) {
        LETTERS_BELOW_0800[c >> 6] |= 1L << c;
      }
    }
  }

  public static boolean isLetter(char c) {
    if (c < 128) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    if (c < 0x800) {
      return (LETTERS_BELOW_0800[c >> 6] & 1L << c) != 0;
    }
    if (c >= '\u2000' && c <= '\u206F') {
      return false; // general punctuation: typographic quotes, dashes, spaces
    }
    return Character.isLetter(c);
  }

  public static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  public static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return isLetter(c) || (c >= '0' && c <= '9');
    }
    return isLetter(c) || Character.isDigit(c);
  }

  /** {@link Character#isWhitespace} or a no-break/other Unicode space. */
  public static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    if (c < '\u2000') {
      // Latin, Cyrillic, Greek, Arabic...: the only spaces below U+2000 are these two
      return c == '\u00A0' || c == '\u1680';
    }
    if (c <= '\u205F') {
      // general punctuation: typographic quotes and dashes are frequent in news text, so the
      // spaces among them are listed rather than looked up
      return c <= '\u200A' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F';
    }
    return c == '\u3000'; // the only space above U+205F (CharsTest checks every char)
  }
}
