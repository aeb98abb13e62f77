package dev.textqc.detect.garbled;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import java.util.Arrays;

/**
 * The sentences of a text as offsets: one split per text, shared by every detector, with no
 * string or object per sentence. Sentence {@code k} is {@code text[start(k), end(k))}, the
 * {@code index(k)}-th of the {@code count(k)} sentences of line {@code line(k)}; see
 * {@link SentenceSplitter} for where sentences end.
 */
final class Sentences {
  private final String text;
  private int size;
  private int[] start;
  private int[] end;
  private int[] line;
  private int[] index;
  private int[] count;

  Sentences(String text) {
    this.text = text;
    int capacity = Math.max(8, text.length() / 64);
    start = new int[capacity];
    end = new int[capacity];
    line = new int[capacity];
    index = new int[capacity];
    count = new int[capacity];
  }

  void add(int from, int to, int lineIndex, int indexInLine) {
    if (size == start.length) {
      int capacity = size * 2;
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      line = Arrays.copyOf(line, capacity);
      index = Arrays.copyOf(index, capacity);
      count = Arrays.copyOf(count, capacity);
    }
    start[size] = from;
    end[size] = to;
    line[size] = lineIndex;
    index[size] = indexInLine;
    size++;
  }

  /** Sets the sentence count of the last {@code n} sentences (one line's). */
  void closeLine(int n) {
    for (int k = size - n; k < size; k++) {
      count[k] = n;
    }
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int k) {
    return start[k];
  }

  int end(int k) {
    return end[k];
  }

  int length(int k) {
    return end[k] - start[k];
  }

  int line(int k) {
    return line[k];
  }

  int index(int k) {
    return index[k];
  }

  int count(int k) {
    return count[k];
  }

  Span span(int k) {
    return new Span(start[k], end[k]);
  }

  String string(int k) {
    return text.substring(start[k], end[k]);
  }

  Sentence sentence(int k) {
    return new Sentence(span(k), line[k], index[k], count[k], string(k));
  }

  /** The last character that is not a closing quote or bracket ({@link Sentence#endMark()}). */
  char endMark(int k) {
    for (int i = end[k] - 1; i >= start[k]; i--) {
      char c = text.charAt(i);
      if (!SentenceSplitter.isCloser(c)) {
        return c;
      }
    }
    return ' ';
  }

  // Word tokens, as Sentence.words() cuts them: letters and digits, with apostrophes and hyphens
  // between two of them.

  /** The end of the word that starts at {@code i} in sentence {@code k}. */
  int wordEnd(int k, int i) {
    int to = end[k];
    int from = start[k];
    while (i < to) {
      char c = text.charAt(i);
      if (Chars.isLetterOrDigit(c)
          || ((c == '\'' || c == '’' || c == '-') && i + 1 < to && i > from
              && Chars.isLetterOrDigit(text.charAt(i + 1))
              && Chars.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** The start of the next word at or after {@code i} in sentence {@code k}, or its end. */
  int nextWord(int k, int i) {
    int to = end[k];
    while (i < to && !Chars.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
