package dev.textqc.detect;

/**
 * The style counts behind the machine-translation signals, gathered in one pass over the text's
 * characters (plus a vectorised {@code indexOf} for "of the") with no regular expressions and no
 * allocation. The pass reads {@code charAt}: copying the text into a {@code char[]} first cost
 * more than the loop saved.
 *
 * <ul>
 *   <li>{@code words}: runs of letters or digits;</li>
 *   <li>{@code spacedHyphens}: a hyphen with one space on each side between letters
 *       ({@code "Details - in"});</li>
 *   <li>{@code ofThe}: the lower-case words "of the" with one space between them;</li>
 *   <li>{@code contractions}: a letter, an apostrophe ({@code '} or {@code ’}) and one of
 *       {@code s t re ve ll d m} ending the word ({@code it's}, {@code don’t}, {@code the mayor's});</li>
 *   <li>{@code typographicDashes}: en and em dashes;</li>
 *   <li>{@code typographicQuotes}: curly quotes and apostrophes ({@code ‘ ’ “ ”});</li>
 *   <li>{@code straightQuotes}: ASCII {@code '} and {@code "}.</li>
 * </ul>
 */
record TextCounts(int words, int spacedHyphens, int ofThe, int contractions,
    int typographicDashes, int typographicQuotes, int straightQuotes) {

  /** Per ASCII character: {@link #WORD} for letters and digits, {@link #MARK} for - ' ". */
  private static final byte[] ASCII = new byte[128];
  private static final int WORD = 1;
  private static final int MARK = 2;

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = (byte) (Character.isLetterOrDigit(c) ? WORD : 0);
    }
    ASCII['-'] = MARK;
    ASCII['\''] = MARK;
    ASCII['"'] = MARK;
  }

  static TextCounts of(String s) {
    int n = s.length();
    int words = 0;
    int spacedHyphens = 0;
    int contractions = 0;
    int dashes = 0;
    int curly = 0;
    int straight = 0;
    // words: letters or digits after anything else, counted without a branch per character; the
    // marks (- ' " and the typographic ones) are rare and handled apart
    int previous = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int kind = c < 128 ? ASCII[c] : nonAscii(c);
      int word = kind & WORD;
      words += word & ~previous;
      previous = word;
      if (kind < MARK) {
        continue;
      }
      switch (c) {
        case '-' -> {
          if (i >= 2 && i + 2 < n && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' '
              && Character.isLetter(s.charAt(i - 2)) && Character.isLetter(s.charAt(i + 2))) {
            spacedHyphens++;
          }
        }
        case '\'', '’' -> {
          if (c == '’') {
            curly++;
          } else {
            straight++;
          }
          if (i > 0 && Character.isLetter(s.charAt(i - 1)) && isContractionEnding(s, i + 1)) {
            contractions++;
          }
        }
        case '"' -> straight++;
        case '‘', '“', '”' -> curly++;
        case '–', '—' -> dashes++;
        default -> { }
      }
    }
    return new TextCounts(words, spacedHyphens, ofThe(s), contractions, dashes, curly, straight);
  }

  private static int nonAscii(char c) {
    switch (c) {
      case '’', '‘', '“', '”', '–', '—':
        return MARK;
      default:
        return Character.isLetterOrDigit(c) ? WORD : 0;
    }
  }

  /**
   * The words "of the" with one space between them: {@code of the} not touching a letter or digit
   * on either side (words are maximal runs, so "of" and "the" are whole words).
   */
  private static int ofThe(String s) {
    int n = s.length();
    int count = 0;
    for (int at = s.indexOf("of the"); at >= 0; at = s.indexOf("of the", at + 6)) {
      if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
          && (at + 6 == n || !Character.isLetterOrDigit(s.charAt(at + 6)))) {
        count++;
      }
    }
    return count;
  }

  /** Whether {@code s, t, re, ve, ll, d} or {@code m} starts at {@code at} and ends the word. */
  private static boolean isContractionEnding(String s, int at) {
    int n = s.length();
    if (at >= n) {
      return false;
    }
    char a = s.charAt(at);
    char b = at + 1 < n ? s.charAt(at + 1) : ' ';
    int len;
    if (a == 's' || a == 't' || a == 'd' || a == 'm') {
      len = 1;
    } else if ((a == 'r' || a == 'v') && b == 'e' || a == 'l' && b == 'l') {
      len = 2;
    } else {
      return false;
    }
    return !isWordChar(s, at + len);
  }

  /** A word character (letter, digit, underscore) at {@code at}; false past the end. */
  private static boolean isWordChar(String s, int at) {
    if (at >= s.length()) {
      return false;
    }
    char c = s.charAt(at);
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
