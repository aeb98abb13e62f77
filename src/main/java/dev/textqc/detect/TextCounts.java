package dev.textqc.detect;

import dev.textqc.document.Chars;

/**
 * The style counts behind the machine-translation signals, gathered in one pass over the text's
 * characters with no regular expressions: the pass reads a copy of the text as an array (no
 * per-character {@code charAt} bounds check), one table load per character.
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

  static {
    // a local in the loop: see Chars
    byte[] kind = KIND;
    for (int c = 0; c < 0x10000; c++) {
      kind[c] = (byte) (Character.isLetterOrDigit((char) c) ? WORD : 0);
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

  /** Characters counted per chunk; the buffer also holds {@link #BEFORE} and {@link #AFTER}. */
  private static final int CHUNK = 2048;
  /** How far the context tests look back and ahead of a mark or an f. */
  private static final int BEFORE = 2;
  private static final int AFTER = 6;

  /**
   * The counts of {@code s}. The text is read in chunks copied into a small array with a few
   * characters of context on each side, so the loop and its context tests never read the string:
   * with {@code charAt} in the tests, the compiler hoisted the string's Latin-1 / UTF-16 test out
   * of the loop as a guess from the texts seen so far, and the first text of the other kind sent
   * the loop back to the compiler (JFR: {@code profile_predicate} deoptimisations; the method was
   * compiled six times on the 49 MB corpus run). A copy of the whole text instead of chunks was
   * about a tenth slower (measured alternately in one JVM).
   */
  static TextCounts of(String s) {
    int n = s.length();
    int words = 0;
    int ofThe = 0;
    int[] tally = new int[TALLIES];
    // words: letters or digits after anything else, counted without a branch per character; the
    // marks (- ' " and the typographic ones) and f are rare and handled apart. (Keeping the last
    // two characters in one int and comparing it with "of" at every character, instead of
    // branching at each f, was slower, and so was a search for "of the" with indexOf: measured
    // alternately in one JVM.)
    Window w = new Window(new char[BEFORE + Math.min(n, CHUNK) + AFTER], n);
    int previous = 0;
    for (int from = 0; from < n; from += CHUNK) {
      int to = Math.min(n, from + CHUNK);
      w.fill(s, from, to);
      char[] buf = w.buf;
      for (int j = from - w.offset, end = to - w.offset; j < end; j++) {
        char c = buf[j];
        int kind = KIND[c];
        int word = kind & WORD;
        words += word & ~previous;
        previous = word;
        if (kind <= WORD) {
          continue;
        }
        if (c == 'f') {
          if (isOfThe(w, j + w.offset - 1)) {
            ofThe++;
          }
        } else {
          mark(w, kind >>> TALLY_SHIFT, j + w.offset, tally);
        }
      }
    }
    return new TextCounts(words, tally[SPACED_HYPHEN], ofThe, tally[CONTRACTION], tally[DASH],
        tally[CURLY_APOSTROPHE] + tally[CURLY_OTHER],
        tally[STRAIGHT_APOSTROPHE] + tally[STRAIGHT_DOUBLE]);
  }

  /**
   * A chunk of the text with its context: {@code buf[k]} is the text's character
   * {@code offset + k}, and the chunk itself starts at {@code buf[BEFORE]}. {@link #at} answers
   * for positions up to {@link #BEFORE} before and {@link #AFTER} after the chunk; outside the
   * text it answers anything (callers test the text's bounds first). The chunk never starts at
   * {@code buf[0]}, not even the first: the compiler checks the context reads' array bounds once
   * for the whole loop, and a first chunk at 0 failed that check for the reads before a
   * character, sending the loop back to the compiler.
   */
  private static final class Window {
    final char[] buf;
    final int n;
    int offset;

    Window(char[] buf, int n) {
      this.buf = buf;
      this.n = n;
    }

    void fill(String s, int from, int to) {
      offset = from - BEFORE;
      int start = Math.max(0, offset);
      s.getChars(start, Math.min(n, to + AFTER), buf, start - offset);
    }

    char at(int i) {
      return buf[i - offset];
    }
  }

  /**
   * Counts the mark of tally {@code t} at {@code i}, and the hyphen or apostrophe in its context.
   * A tally by index, not a switch over the marks, and out of the character loop: the switch held
   * a branch per mark that the compiler left out while the first texts lacked that mark, and the
   * first text with one sent the loop back to the compiler.
   */
  private static void mark(Window w, int t, int i, int[] tally) {
    tally[t]++;
    if (t == HYPHEN) {
      if (isSpacedHyphen(w, i)) {
        tally[SPACED_HYPHEN]++;
      }
    } else if (t <= CURLY_APOSTROPHE && isContraction(w, i)) {
      tally[CONTRACTION]++;
    }
  }

  // The context tests read letters from Chars' table, not from Character, whose answer goes
  // through a different class per Unicode block: each new block a text brought sent the
  // compiled loop back to the compiler.

  /** A hyphen at {@code i} with one space on each side between letters. */
  private static boolean isSpacedHyphen(Window w, int i) {
    return i >= 2 && i + 2 < w.n && w.at(i - 1) == ' ' && w.at(i + 1) == ' '
        && Chars.isLetter(w.at(i - 2)) && Chars.isLetter(w.at(i + 2));
  }

  /** An apostrophe at {@code i} after a letter and before a contraction's ending. */
  private static boolean isContraction(Window w, int i) {
    return i > 0 && Chars.isLetter(w.at(i - 1)) && isContractionEnding(w, i + 1);
  }

  /**
   * Whether the words "of the" with one space between them start at {@code at}: {@code of the}
   * not touching a letter or digit on either side (words are maximal runs, so "of" and "the" are
   * whole words). Asked at each f, which is rarer than the other letters; a search for the phrase
   * itself ({@code indexOf("of the")}) ran as a plain loop on UTF-16 strings.
   */
  private static boolean isOfThe(Window w, int at) {
    int n = w.n;
    return at >= 0 && at + 6 <= n && w.at(at) == 'o' && w.at(at + 2) == ' '
        && w.at(at + 3) == 't' && w.at(at + 4) == 'h' && w.at(at + 5) == 'e'
        && (at == 0 || !isLetterOrDigit(w.at(at - 1)))
        && (at + 6 == n || !isLetterOrDigit(w.at(at + 6)));
  }

  /** Whether {@code s, t, re, ve, ll, d} or {@code m} starts at {@code at} and ends the word. */
  private static boolean isContractionEnding(Window w, int at) {
    int n = w.n;
    if (at >= n) {
      return false;
    }
    char a = w.at(at);
    char b = at + 1 < n ? w.at(at + 1) : ' ';
    int len;
    if (a == 's' || a == 't' || a == 'd' || a == 'm') {
      len = 1;
    } else if ((a == 'r' || a == 'v') && b == 'e' || a == 'l' && b == 'l') {
      len = 2;
    } else {
      return false;
    }
    return !isWordChar(w, at + len);
  }

  /** A word character (letter, digit, underscore) at {@code at}; false past the end. */
  private static boolean isWordChar(Window w, int at) {
    if (at >= w.n) {
      return false;
    }
    char c = w.at(at);
    return isLetterOrDigit(c) || c == '_';
  }

  /** {@link Character#isLetterOrDigit}, from the table (marks are neither). */
  private static boolean isLetterOrDigit(char c) {
    return (KIND[c] & WORD) != 0;
  }
}
