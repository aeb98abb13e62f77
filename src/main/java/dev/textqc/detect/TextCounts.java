package dev.textqc.detect;

/**
 * The style counts behind the machine-translation signals, gathered in one pass over the text's
 * characters with no regular expressions and no
 * allocation beyond one small buffer: the pass reads the text in chunks copied into it, one table
 * load per character.
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

  /**
   * Per character: {@link #WORD} for letters and digits, {@link #MARK} for the marks counted
   * apart (- ' " ‘ ’ “ ” – —), with the mark's tally index above {@link #TALLY_SHIFT}. A table
   * for every char answers with one load, where a test for ASCII first and a call for the rest
   * branched on every curly apostrophe.
   */
  private static final byte[] KIND = new byte[0x10000];
  private static final int WORD = 1;
  private static final int MARK = 2;
  /** The letter f, where "of the" is looked for: rarer than any other letter of it. */
  private static final int F = 4;
  private static final int TALLY_SHIFT = 3;
  /** Tally indexes: the marks by kind, then the two counts in context. */
  private static final int HYPHEN = 0;
  private static final int STRAIGHT_APOSTROPHE = 1;
  private static final int CURLY_APOSTROPHE = 2;
  private static final int STRAIGHT_DOUBLE = 3;
  private static final int CURLY_OTHER = 4;
  private static final int DASH = 5;
  private static final int SPACED_HYPHEN = 6;
  private static final int CONTRACTION = 7;
  private static final int TALLIES = 8;
  /** Characters copied per {@link String#getChars} call: the loop reads an array, not the string. */
  private static final int CHUNK = 2048;

  static {
    for (int c = 0; c < 0x10000; c++) {
      KIND[c] = (byte) (Character.isLetterOrDigit((char) c) ? WORD : 0);
    }
    markAs("-", HYPHEN);
    markAs("'", STRAIGHT_APOSTROPHE);
    markAs("’", CURLY_APOSTROPHE);
    markAs("\"", STRAIGHT_DOUBLE);
    markAs("‘“”", CURLY_OTHER);
    markAs("–—", DASH);
    KIND['f'] = WORD | F;
  }

  private static void markAs(String chars, int tally) {
    for (char c : chars.toCharArray()) {
      KIND[c] = (byte) (MARK | tally << TALLY_SHIFT);
    }
  }

  static TextCounts of(String s) {
    int n = s.length();
    int words = 0;
    int ofThe = 0;
    int[] tally = new int[TALLIES];
    // words: letters or digits after anything else, counted without a branch per character; the
    // marks (- ' " and the typographic ones) and f are rare and handled apart. The characters are
    // read from a small array filled chunk by chunk: charAt on a UTF-16 string keeps a bounds
    // check per character that an array loop does not. (Keeping the last two characters in one
    // int and comparing it with "of" at every character, instead of branching at each f, was
    // slower, and so was a search for "of the" with indexOf: measured alternately in one JVM.)
    char[] buf = new char[Math.min(n, CHUNK)];
    int previous = 0;
    for (int from = 0; from < n; from += CHUNK) {
      int len = Math.min(CHUNK, n - from);
      s.getChars(from, from + len, buf, 0);
      for (int j = 0; j < len; j++) {
        char c = buf[j];
        int kind = KIND[c];
        int word = kind & WORD;
        words += word & ~previous;
        previous = word;
        if (kind <= WORD) {
          continue;
        }
        if (c == 'f') {
          if (isOfThe(s, from + j - 1)) {
            ofThe++;
          }
        } else {
          mark(s, kind >>> TALLY_SHIFT, from + j, tally);
        }
      }
    }
    return new TextCounts(words, tally[SPACED_HYPHEN], ofThe, tally[CONTRACTION], tally[DASH],
        tally[CURLY_APOSTROPHE] + tally[CURLY_OTHER],
        tally[STRAIGHT_APOSTROPHE] + tally[STRAIGHT_DOUBLE]);
  }

  /**
   * Counts the mark of tally {@code t} at {@code i}, and the hyphen or apostrophe in its context.
   * A tally by index, not a switch over the marks, and out of the character loop: the switch held
   * a branch per mark that the compiler left out while the first texts lacked that mark, and the
   * first text with one sent the loop back to the compiler.
   */
  private static void mark(String s, int t, int i, int[] tally) {
    tally[t]++;
    if (t == HYPHEN) {
      if (isSpacedHyphen(s, i)) {
        tally[SPACED_HYPHEN]++;
      }
    } else if (t <= CURLY_APOSTROPHE && isContraction(s, i)) {
      tally[CONTRACTION]++;
    }
  }

  /** A hyphen at {@code i} with one space on each side between letters. */
  private static boolean isSpacedHyphen(String s, int i) {
    return i >= 2 && i + 2 < s.length() && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' '
        && Character.isLetter(s.charAt(i - 2)) && Character.isLetter(s.charAt(i + 2));
  }

  /** An apostrophe at {@code i} after a letter and before a contraction's ending. */
  private static boolean isContraction(String s, int i) {
    return i > 0 && Character.isLetter(s.charAt(i - 1)) && isContractionEnding(s, i + 1);
  }

  /**
   * Whether the words "of the" with one space between them start at {@code at}: {@code of the}
   * not touching a letter or digit on either side (words are maximal runs, so "of" and "the" are
   * whole words). Asked at each "of"; a search for the phrase itself ({@code indexOf("of the")})
   * ran as a plain loop on UTF-16 strings, and so did {@code startsWith(" the")} here.
   */
  private static boolean isOfThe(String s, int at) {
    int n = s.length();
    return at >= 0 && at + 6 <= n && s.charAt(at) == 'o' && s.charAt(at + 2) == ' '
        && s.charAt(at + 3) == 't' && s.charAt(at + 4) == 'h' && s.charAt(at + 5) == 'e'
        && (at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1)))
        && (at + 6 == n || !Character.isLetterOrDigit(s.charAt(at + 6)));
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
