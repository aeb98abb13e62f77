package dev.textqc.detect.garbled;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a paragraph line, as the cheap splitter sees it.
 *
 * @param span the sentence, from its first character to its final punctuation and closing quotes
 * @param line index of the line (paragraph) holding it
 * @param index position of the sentence in its line, from 0
 * @param count number of sentences in that line
 * @param text the sentence text
 */
public record Sentence(Span span, int line, int index, int count, String text) {

  /** The word tokens (letters, digits, inner apostrophes and hyphens), in order. */
  public List<String> words() {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (Chars.isLetterOrDigit(text.charAt(i))) {
        int start = i;
        while (i < n && (Chars.isLetterOrDigit(text.charAt(i))
            || isInnerJoiner(text, i))) {
          i++;
        }
        words.add(text.substring(start, i));
      } else {
        i++;
      }
    }
    return words;
  }

  private static boolean isInnerJoiner(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '’' || c == '-') && i + 1 < s.length()
        && Chars.isLetterOrDigit(s.charAt(i + 1)) && i > 0
        && Chars.isLetterOrDigit(s.charAt(i - 1));
  }

  /** The last character that is not a closing quote or bracket: the sentence's own end mark. */
  public char endMark() {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!SentenceSplitter.isCloser(c)) {
        return c;
      }
    }
    return ' ';
  }
}
