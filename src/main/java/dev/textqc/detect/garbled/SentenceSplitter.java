package dev.textqc.detect.garbled;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import dev.textqc.rule.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cheap sentence splitter for the garbled-text detectors: a sentence ends at {@code .!?} (plus
 * any closing quotes or brackets) followed by white space and a capital letter, a digit, an opening
 * quote or a dash. A period after an abbreviation ({@code Mr.}, {@code U.S.}, an initial) does not
 * end a sentence. Lines are paragraphs; a sentence never crosses a line. This is deliberately
 * simpler than LanguageTool's splitter: it runs on every document and must stay fast, and the
 * detectors only need it to find short sentences and sentence positions.
 */
public final class SentenceSplitter {
  /** One key per distinct abbreviation set, so detectors with equal lists share one split. */
  private static final Map<Set<String>, CacheKey> KEYS = new ConcurrentHashMap<>();

  private final WordSet abbreviations;
  private final CacheKey key;

  /** @param abbreviations lower-case words that a period may follow inside a sentence */
  public SentenceSplitter(Set<String> abbreviations) {
    Set<String> words = Set.copyOf(abbreviations);
    this.abbreviations = new WordSet(words);
    this.key = KEYS.computeIfAbsent(words, CacheKey::new);
  }

  /** The sentences of a text, computed once per stage and shared by the detectors. */
  public List<Sentence> sentences(AnalyzedText text) {
    return text.derived(key.list, t -> {
      Sentences all = offsets(t);
      List<Sentence> out = new ArrayList<>(all.size());
      for (int k = 0; k < all.size(); k++) {
        out.add(all.sentence(k));
      }
      return out;
    });
  }

  /** The sentences of a text as offsets, computed once per stage and shared by the detectors. */
  Sentences offsets(AnalyzedText text) {
    return text.derived(key, t -> split(t.text()));
  }

  /**
   * Cache key of the shared split. Interned per abbreviation set and compared by identity: a
   * record key hashed and compared the whole set on every lookup, once per detector per text.
   */
  private static final class CacheKey {
    @SuppressWarnings("unused")
    private final Set<String> abbreviations;
    /** Key of the same split as a list of {@link Sentence} objects. */
    final Object list = new Object();

    CacheKey(Set<String> abbreviations) {
      this.abbreviations = abbreviations;
    }
  }

  /**
   * Splits the whole text, line by line ({@code \n}, {@code \r\n}: the lines of
   * {@link dev.textqc.document.Lines}), without building the lines.
   */
  Sentences split(String text) {
    Sentences out = new Sentences(text);
    Scan.Occurrences marks = new Scan.Occurrences(text, '.', '!', '?');
    int n = text.length();
    int start = 0;
    int index = 0;
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int contentEnd = nl < 0 ? n : nl;
      if (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      int mark = marks.from(start);
      if (mark >= 0 && mark < contentEnd) {
        out.closeLine(splitLine(text, start, contentEnd, index, out, marks));
      } else {
        out.closeLine(lastSentence(text, skipSpace(text, start, contentEnd), contentEnd, index, 0,
            out));
      }
      index++;
      if (nl < 0) {
        break;
      }
      start = nl + 1;
      if (start == n) {
        break;
      }
    }
    return out;
  }

  /** Sentence spans within one line, in line coordinates. */
  public List<Span> splitLine(String s) {
    Sentences all = new Sentences(s);
    Scan.Occurrences marks = new Scan.Occurrences(s, '.', '!', '?');
    all.closeLine(splitLine(s, 0, s.length(), 0, all, marks));
    List<Span> spans = new ArrayList<>(all.size());
    for (int k = 0; k < all.size(); k++) {
      spans.add(all.span(k));
    }
    return spans;
  }

  /**
   * Adds the sentences of the line {@code s[from, n)} (text coordinates) and returns how many
   * there are. Jumps from one end mark ({@code . ! ?}) to the next. A blank line has none.
   */
  private int splitLine(String s, int from, int n, int line, Sentences out,
      Scan.Occurrences marks) {
    int found = 0;
    int start = skipSpace(s, from, n);
    int i = start;
    while (true) {
      int mark = marks.from(i);
      if (mark < 0 || mark >= n) {
        break;
      }
      i = mark;
      char c = s.charAt(i);
      int end = i + 1;
      while (end < n && (s.charAt(end) == '.' || s.charAt(end) == '!' || s.charAt(end) == '?')) {
        end++;
      }
      while (end < n && isCloser(s.charAt(end))) {
        end++;
      }
      int next = skipSpace(s, end, n);
      boolean spaced = next > end;
      if (spaced && next < n && startsSentence(s.charAt(next))
          && !(c == '.' && end == i + 1 && isAbbreviation(s, i))) {
        out.add(start, end, line, found++);
        start = next;
        i = next;
        continue;
      }
      i = end;
    }
    return lastSentence(s, start, n, line, found, out);
  }

  /** Adds the rest of a line, {@code s[start, n)} without trailing white space, if any. */
  private static int lastSentence(String s, int start, int n, int line, int found,
      Sentences out) {
    int end = n;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(start, end, line, found++);
    }
    return found;
  }

  /**
   * Whether the period at {@code dot} follows an abbreviation: a single letter (an initial), a
   * token with inner periods ({@code U.S}, {@code a.m}), or a listed word.
   */
  public boolean isAbbreviation(String s, int dot) {
    int b = dot;
    boolean innerPeriod = false;
    while (b > 0) {
      char c = s.charAt(b - 1);
      if (c == '.') {
        innerPeriod = true;
      } else if (!Chars.isLetter(c)) {
        break;
      }
      b--;
    }
    if (b == dot) {
      return false;
    }
    if (dot - b == 1 || innerPeriod) {
      return true;
    }
    return abbreviations.contains(s, b, dot);
  }

  static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
        || c == '\'' || c == '(' || c == '[' || c == '«' || c == '–' || c == '—' || c == '-';
  }

  static boolean isCloser(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  private static int skipSpace(String s, int i, int n) {
    while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }
}
