package dev.textqc.document;

/**
 * Character tests for the hot loops of the detectors: ASCII is answered by arithmetic, the rest
 * by bit tables built from {@link Character} once. News text is mostly ASCII, and the JDK's full
 * Unicode lookups cost several times more per character.
 */
public final class Chars {
  private Chars() {}

  /**
   * {@link Character#isLetter} and {@link Character#isDigit} for every char, one bit a char (8 KB
   * each): the JDK answers a char outside Latin-1 through a property lookup that showed as 5% of
   * the rule layer's profile on a corpus with Chinese, Hindi and Thai pages. (A surrogate is
   * neither: {@code Character.isLetter(char)} says so too.)
   */
  private static final long[] LETTERS = new long[65536 / 64];
  private static final long[] DIGITS = new long[65536 / 64];

  static {
    // A local, not the static field, in the loop: while a class is being initialised the JVM
    // resolves each access to its own static fields anew, which made this loop of 65,536 turns
    // cost 25-60 ms of a one-article check's start-up instead of about 5.
    long[] letters = LETTERS;
    long[] digits = DIGITS;
    for (int c = 0; c < 65536; c++) {
      if (Character.isLetter((char) c)) {
        letters[c >> 6] |= 1L << c;
      }
      if (Character.isDigit((char) c)) {
        digits[c >> 6] |= 1L << c;
      }
    }
  }

  public static boolean isLetter(char c) {
    if (c < 128) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    return (LETTERS[c >> 6] & 1L << c) != 0;
  }

  public static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : (DIGITS[c >> 6] & 1L << c) != 0;
  }

  public static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return isLetter(c) || (c >= '0' && c <= '9');
    }
    return ((LETTERS[c >> 6] | DIGITS[c >> 6]) & 1L << c) != 0;
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
