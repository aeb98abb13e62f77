package dev.textqc.detect.boilerplate;

import dev.textqc.rule.TextNormalizer;
import java.util.regex.Pattern;

/**
 * What the page-layout detector needs to know about one line on its own, computed once.
 *
 * @param words tokens that contain a letter or digit
 * @param normalized the line in {@link TextNormalizer} form, for repetition and corpus counts
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
record LineShape(int words, String normalized, boolean sentence, boolean prose,
    boolean colonHeader, boolean shouting, boolean punctuationOnly, boolean symbolic, double lowerShare,
    boolean numbered) {

  private static final Pattern DOMAIN = Pattern.compile(
      "(?:[\\w-]+\\.)+(?:com|org|net|ru|ua|de|fr|es|uk|io|co|info|gov|edu)(?:/\\S*)?");
  static final int PROSE_WORDS = 10;
  static final int LONG_LINE_WORDS = 25;

  static LineShape of(String line) {
    return of(line, TextNormalizer.normalize(line));
  }

  /** The shape of a line whose normalised form is already known. */
  static LineShape of(String line, String normalized) {
    String t = line.strip();
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
    int i = 0;
    int n = t.length();
    while (i < n) {
      while (i < n && isSpace(t.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      boolean hasAlnum = false;
      char first = ' ';
      while (i < n && !isSpace(t.charAt(i))) {
        char c = t.charAt(i);
        nonSpace++;
        if (first == ' ' && Character.isLetterOrDigit(c)) {
          first = c;
        }
        if (Character.isLetter(c)) {
          letters++;
          alnum++;
          hasAlnum = true;
          if (Character.isIdeographic(c) || isKana(c) || isHangul(c)) {
            cjk++;
          } else if (Character.isUpperCase(c)) {
            upper++;
          }
        } else if (Character.isDigit(c)) {
          hasAlnum = true;
          alnum++;
        }
        if (!isPunctuation(c)) {
          allPunct = false;
        }
        i++;
      }
      tokens++;
      if (hasAlnum) {
        words++;
        if (Character.isLowerCase(first)) {
          lowerWords++;
        }
      }
      if (isUrlish(t, start, i)) {
        urlish++;
      }
    }
    // scripts written without spaces: about two characters make a word
    words += cjk / 2;
    char last = lastMeaningful(t);
    boolean sentenceEnd = last == '.' || last == '!' || last == '?' || last == '\u2026'
        || last == '\u3002' || last == '\uFF01' || last == '\uFF1F';
    // a longer line ending in a colon introduces what follows ("… the finalists were:")
    boolean colonEnd = last == ':' || last == '\uFF1A';
    boolean sentence = (words >= 4 && sentenceEnd) || (words >= 6 && colonEnd);
    double lowerShare = words == 0 ? 0 : lowerWords / (double) words;
    boolean prose = (sentence && words >= PROSE_WORDS && lowerShare >= 0.3)
        || words >= LONG_LINE_WORDS;
    boolean colonHeader = words <= 6 && !t.isEmpty() && (t.endsWith(":") || t.endsWith("："));
    boolean shouting = letters >= 4 && upper * 10 >= (letters - cjk) * 7;
    boolean symbolic = tokens > 0 && (urlish * 2 >= tokens
        || (nonSpace >= 3 && alnum * 2 < nonSpace && words <= 3));
    return new LineShape(words, normalized, sentence, prose, colonHeader,
        shouting, nonSpace > 0 && allPunct, symbolic, lowerShare, numbered(t));
  }

  // a digit first (after one optional bullet), then a letter somewhere after it
  private static boolean numbered(String t) {
    int i = 0;
    if (i < t.length() && "-•*·".indexOf(t.charAt(i)) >= 0) {
      i++;
      while (i < t.length() && isSpace(t.charAt(i))) {
        i++;
      }
    }
    if (i >= t.length() || !Character.isDigit(t.charAt(i))) {
      return false;
    }
    for (int k = i + 1; k < t.length(); k++) {
      if (Character.isLetter(t.charAt(k))) {
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
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> c == '|' || c == '~' || c == '=' || c == '+' || c == '<' || c == '>';
    };
  }

  // The last character that is not a closing quote, bracket or emoji: "… he said.”" ends in a period.
  private static char lastMeaningful(String t) {
    for (int k = t.length() - 1; k >= 0; k--) {
      char c = t.charAt(k);
      // closing quotes and brackets, and a smiley after the full stop, do not end the sentence
      if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019'
          || c == '\u00BB' || isSpace(c) || Character.isSurrogate(c)
          || Character.getType(c) == Character.OTHER_SYMBOL) {
        continue;
      }
      return c;
    }
    return ' ';
  }

  private static boolean isUrlish(String t, int from, int to) {
    char c = t.charAt(from);
    if (to - from >= 2 && (c == '@' || c == '#') && Character.isLetterOrDigit(t.charAt(from + 1))) {
      return true;
    }
    boolean marker = false;
    for (int k = from; k < to - 1; k++) {
      char x = t.charAt(k);
      if (x == '.' || x == '/' || x == '@') {
        marker = true;
        break;
      }
    }
    if (!marker) {
      return false;
    }
    String tok = t.substring(from, to);
    return tok.startsWith("http://") || tok.startsWith("https://") || tok.startsWith("www.")
        || (tok.indexOf('@') > 0 && tok.indexOf('.', tok.indexOf('@')) > 0)
        || (tok.indexOf('.') > 0 && DOMAIN.matcher(tok).matches());
  }
}
