package dev.textqc.detect;

/**
 * The style counts behind the machine-translation signals, gathered in one pass over the text
 * with no regular expressions and no allocation per word.
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

  static TextCounts of(CharSequence s) {
    int n = s.length();
    int words = 0;
    int spacedHyphens = 0;
    int ofThe = 0;
    int contractions = 0;
    int dashes = 0;
    int curly = 0;
    int straight = 0;
    // the end of the previous word when it was exactly "of", else -1; words are maximal runs,
    // so "of" and "the" are whole words
    int afterOf = -1;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
        words++;
        int len = i - start;
        if (len == 3 && afterOf >= 0 && start == afterOf + 1 && s.charAt(afterOf) == ' '
            && s.charAt(start) == 't' && s.charAt(start + 1) == 'h' && s.charAt(start + 2) == 'e') {
          ofThe++;
        }
        afterOf = len == 2 && s.charAt(start) == 'o' && s.charAt(start + 1) == 'f' ? i : -1;
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
      i++;
    }
    return new TextCounts(words, spacedHyphens, ofThe, contractions, dashes, curly, straight);
  }

  /** Whether {@code s, t, re, ve, ll, d} or {@code m} starts at {@code at} and ends the word. */
  private static boolean isContractionEnding(CharSequence s, int at) {
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
  private static boolean isWordChar(CharSequence s, int at) {
    if (at >= s.length()) {
      return false;
    }
    char c = s.charAt(at);
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
