package dev.textqc.detect.boilerplate;

import dev.textqc.document.Chars;

/**
 * What the page-layout detector needs to know about one line on its own, computed once.
 *
 * @param words tokens that contain a letter or digit
 * @param sentence the line reads as a sentence: at least four words and it ends with sentence
 *     punctuation (a closing quote or bracket may follow), or six words and a colon. Sentences are article text, never page
 *     furniture, for this detector.
 * @param prose a long sentence (or a very long line): what article paragraphs are made of; the
 *     first and last prose lines delimit the article body
 * @param colonHeader a short line ending in a colon ("DON'T MISS:", "More on this:")
 * @param shouting at least 70% of the letters are capitals ("DON'T MISS:", "MORE ON THIS")
 * @param punctuationOnly nothing but punctuation ("," left over from a removed widget)
 * @param symbolic mostly URLs, handles, hashtags or symbols rather than words
 * @param lowerShare share of words that start in lower case (article text is mostly lower case,
 *     menus and headlines are mostly capitalised)
 * @param numbered the line is a numbered item: it starts (after an optional bullet) with a digit
 *     and has a letter after it ("1. Preheat the oven", "7 Grim Fandango"); a bare page number
 *     ("2") is not an item
 */
record LineShape(int words, boolean sentence, boolean prose,
    boolean colonHeader, boolean shouting, boolean punctuationOnly, boolean symbolic, double lowerShare,
    boolean numbered) {

  static final int PROSE_WORDS = 10;
  static final int LONG_LINE_WORDS = 25;

  // Character classes of UTF-16 units, each worked out once from the JDK's own answers, so that
  // one table lookup replaces several Character calls and cannot disagree with them. Entries are
  // filled when first needed (filling all 65536 up front costs start-up time); threads that race
  // to fill one write the same value.
  private static final int SPACE = 1;
  private static final int LETTER = 2;
  private static final int DIGIT = 4;
  private static final int UPPER = 8;
  private static final int LOWER = 16;
  private static final int PUNCT = 32;
  private static final int SYMBOL = 64;
  /** A letter of a script written without spaces (ideographs, kana, hangul). */
  private static final int CJK = 128;
  private static final int KNOWN = 256;
  private static final int LETTER_BIT = 1;
  private static final int DIGIT_BIT = 2;
  private static final int LOWER_BIT = 4;
  private static final int CJK_BIT = 7;
  private static final char[] CLASS = new char[65536];

  static {
    for (char c = 0; c < 128; c++) {
      CLASS[c] = classify(c);
    }
  }

  private static int classOf(char c) {
    // ASCII is filled up front, so one lookup serves every char already seen
    int f = CLASS[c];
    return f != 0 ? f : unicodeClassOf(c);
  }

  private static int unicodeClassOf(char c) {
    char f = CLASS[c];
    if (f == 0) {
      f = classify(c);
      CLASS[c] = f;
    }
    return f;
  }

  private static char classify(char c) {
    int f = KNOWN;
    f |= Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0;
    if (Chars.isLetter(c)) {
      f |= LETTER;
      f |= Character.isIdeographic(c) || isKana(c) || isHangul(c) ? CJK : 0;
    }
    f |= Chars.isDigit(c) ? DIGIT : 0;
    f |= Character.isUpperCase(c) ? UPPER : 0;
    f |= Character.isLowerCase(c) ? LOWER : 0;
    f |= unicodePunctuation(c) ? PUNCT : 0;
    f |= Character.getType(c) == Character.OTHER_SYMBOL ? SYMBOL : 0;
    return (char) f;
  }

  /**
   * The light path for lines that read as sentences, which most of a page's characters sit in:
   * when {@link #of} would call the line a sentence, returns its {@code words() << 1} with the
   * low bit set when it is {@code prose()}; otherwise -1, and only {@link #of} tells the rest.
   * Those three fields are all a sentence is asked for, and counting words is all they need, so
   * the line is read once, without the counts of {@link #of} that only other lines use.
   */
  static int sentenceWords(char[] line, int from, int to) {
    // whitespace at the ends is neither a word nor the last meaningful character: no strip
    char last = lastMeaningful(line, from, to);
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '\u2026'
        || last == '\u3002' || last == '\uFF01' || last == '\uFF1F';
    boolean colonEnd = last == ':' || last == '\uFF1A';
    if (!sentenceEnd && !colonEnd) {
      return -1;
    }
    final char[] table = CLASS;
    int words = 0;
    int lowerWords = 0;
    int cjk = 0;
    // 1 once the current token (a run of non-space characters) has had a letter or digit, whose
    // first one makes it a word; counted without branches (the class bits are shifted to bit 0)
    int counted = 0;
    for (int i = from; i < to; i++) {
      char c = line[i];
      int f = table[c];
      if (f == 0) {
        f = unicodeClassOf(c);
      }
      int alnum = ((f >>> LETTER_BIT) | (f >>> DIGIT_BIT)) & 1;
      int fresh = alnum & ~counted;
      words += fresh;
      lowerWords += fresh & (f >>> LOWER_BIT);
      cjk += (f >>> CJK_BIT) & 1;
      // a space ends the token (SPACE is bit 0)
      counted = (counted | alnum) & ~f;
    }
    words += cjk / 2;
    if (!((words >= 4 && sentenceEnd) || (words >= 6 && colonEnd))) {
      return -1;
    }
    double lowerShare = lowerWords / (double) words;
    boolean prose = (words >= PROSE_WORDS && lowerShare >= 0.3) || words >= LONG_LINE_WORDS;
    return words << 1 | (prose ? 1 : 0);
  }

  static LineShape of(String line) {
    return of(line.toCharArray(), 0, line.length());
  }

  /** The shape of the line {@code text[from, to)}. */
  static LineShape of(char[] line, int from, int to) {
    // the line without the whitespace String.strip() would remove (no copy is made)
    int b = from;
    int n = to;
    while (b < n && isStripped(line[b])) {
      b++;
    }
    while (n > b && isStripped(line[n - 1])) {
      n--;
    }
    int words = 0;
    int cjk = 0;
    int upper = 0;
    int lowerWords = 0;
    int urlish = 0;
    int tokens = 0;
    int letters = 0;
    int alnum = 0;
    int nonSpace = 0;
    boolean allPunct = true;
    int i = b;
    while (i < n) {
      while (i < n && isSpace(line[i])) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      boolean hasAlnum = false;
      char first = ' ';
      // first '.', '/' or '@' of the token: only a token with one of them can be a URL
      int marker = -1;
      while (i < n) {
        char c = line[i];
        int f = classOf(c);
        if ((f & SPACE) != 0) {
          break;
        }
        nonSpace++;
        if ((f & (LETTER | DIGIT)) != 0) {
          hasAlnum = true;
          alnum++;
          if (first == ' ') {
            first = c;
          }
          if ((f & LETTER) != 0) {
            letters++;
            if ((f & CJK) != 0) {
              cjk++;
            } else if ((f & UPPER) != 0) {
              upper++;
            }
          }
        }
        if ((f & PUNCT) == 0) {
          allPunct = false;
        }
        if (marker < 0 && (c == '.' || c == '/' || c == '@')) {
          marker = i;
        }
        i++;
      }
      tokens++;
      if (hasAlnum) {
        words++;
        if ((classOf(first) & LOWER) != 0) {
          lowerWords++;
        }
      }
      if (isUrlish(line, start, i, marker)) {
        urlish++;
      }
    }
    // scripts written without spaces: about two characters make a word
    words += cjk / 2;
    char last = lastMeaningful(line, b, n);
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '\u2026'
        || last == '\u3002' || last == '\uFF01' || last == '\uFF1F';
    // a longer line ending in a colon introduces what follows ("… the finalists were:")
    boolean colonEnd = last == ':' || last == '\uFF1A';
    boolean sentence = (words >= 4 && sentenceEnd) || (words >= 6 && colonEnd);
    double lowerShare = words == 0 ? 0 : lowerWords / (double) words;
    boolean prose = (sentence && words >= PROSE_WORDS && lowerShare >= 0.3)
        || words >= LONG_LINE_WORDS;
    boolean colonHeader = words <= 6 && n > b
        && (line[n - 1] == ':' || line[n - 1] == '\uFF1A');
    boolean shouting = letters >= 4 && upper * 10 >= (letters - cjk) * 7;
    boolean symbolic = tokens > 0 && (urlish * 2 >= tokens
        || (nonSpace >= 3 && alnum * 2 < nonSpace && words <= 3));
    return new LineShape(words, sentence, prose, colonHeader,
        shouting, nonSpace > 0 && allPunct, symbolic, lowerShare, numbered(line, b, n));
  }

  // a digit first (after one optional bullet), then a letter somewhere after it
  private static boolean numbered(char[] t, int from, int to) {
    int i = from;
    if (i < to && "-•*·".indexOf(t[i]) >= 0) {
      i++;
      while (i < to && isSpace(t[i])) {
        i++;
      }
    }
    if (i >= to || !Chars.isDigit(t[i])) {
      return false;
    }
    for (int k = i + 1; k < to; k++) {
      if (Chars.isLetter(t[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKana(char c) {
    return c >= '\u3040' && c <= '\u30FF';
  }

  private static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7AF';
  }

  private static boolean isSpace(char c) {
    return (classOf(c) & SPACE) != 0;
  }

  // what String.strip() removes: Character.isWhitespace (no whitespace lies outside the BMP)
  private static boolean isStripped(char c) {
    return c < 128 ? (classOf(c) & SPACE) != 0 : Character.isWhitespace(c);
  }

  static boolean isPunctuation(char c) {
    return (classOf(c) & PUNCT) != 0;
  }

  private static boolean unicodePunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> c == '|' || c == '~' || c == '=' || c == '+' || c == '<' || c == '>';
    };
  }

  // The last character that is not a closing quote, bracket or emoji: "… he said.”" ends in a period.
  private static char lastMeaningful(char[] t, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      char c = t[k];
      // closing quotes and brackets, and a smiley after the full stop, do not end the sentence
      if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
          || c == '\u00BB' || (classOf(c) & (SPACE | SYMBOL)) != 0 || Character.isSurrogate(c)) {
        continue;
      }
      return c;
    }
    return ' ';
  }

  private static final String[] TLDS =
      {"com", "org", "net", "ru", "ua", "de", "fr", "es", "uk", "io", "co", "info", "gov", "edu"};

  // marker: the token's first '.', '/' or '@', or -1
  private static boolean isUrlish(char[] t, int from, int to, int marker) {
    char c = t[from];
    if (to - from >= 2 && (c == '@' || c == '#') && Chars.isLetterOrDigit(t[from + 1])) {
      return true;
    }
    // a marker only in the last position does not count
    if (marker < 0 || marker >= to - 1) {
      return false;
    }
    // a prefix has no space, so it cannot run past the token
    if (startsWith(t, "http://", from, to) || startsWith(t, "https://", from, to)
        || startsWith(t, "www.", from, to)) {
      return true;
    }
    int at = indexOf(t, '@', from, to);
    if (at > from && indexOf(t, '.', at, to) >= 0) {
      return true;
    }
    int dot = indexOf(t, '.', from, to);
    return dot > from && isDomain(t, from, to);
  }

  /** Whether t[from, to) begins with {@code prefix}. */
  static boolean startsWith(char[] t, String prefix, int from, int to) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (t[from + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  // bounded by the token: String.indexOf would scan the rest of the line for every token, which
  // is quadratic on one long line (AdversarialInputTest's 10 MB line)
  private static int indexOf(char[] t, char c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t[k] == c) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether t[from, to) is a host name with one of {@link #TLDS} as its last label, optionally
   * followed by a path: {@code (?:[\w-]+\.)+(?:com|org|…)(?:/\S*)?} on a token without spaces.
   */
  static boolean isDomain(char[] t, int from, int to) {
    int slash = indexOf(t, '/', from, to);
    int hostEnd = slash < 0 ? to : slash;
    // labels of [A-Za-z0-9_-], separated by single dots, at least two of them
    int labelStart = from;
    int lastDot = -1;
    for (int k = from; k < hostEnd; k++) {
      char c = t[k];
      if (c == '.') {
        if (k == labelStart) {
          return false;
        }
        lastDot = k;
        labelStart = k + 1;
      } else if (!(c < 128 && (Chars.isLetterOrDigit(c) || c == '_' || c == '-'))) {
        return false;
      }
    }
    if (lastDot < 0) {
      return false;
    }
    int len = hostEnd - lastDot - 1;
    for (String tld : TLDS) {
      if (tld.length() == len && startsWith(t, tld, lastDot + 1, hostEnd)) {
        return true;
      }
    }
    return false;
  }
}
