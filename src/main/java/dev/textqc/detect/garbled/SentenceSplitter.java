package dev.textqc.detect.garbled;

import dev.textqc.document.Line;
import dev.textqc.document.Span;
import dev.textqc.rule.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private final Set<String> abbreviations;
  private final CacheKey key;

  /** @param abbreviations lower-case words that a period may follow inside a sentence */
  public SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
    this.key = KEYS.computeIfAbsent(this.abbreviations, CacheKey::new);
  }

  /** The sentences of a text, computed once per stage and shared by the detectors. */
  public List<Sentence> sentences(AnalyzedText text) {
    return text.derived(key, t -> split(t.lines()));
  }

  /**
   * Cache key of the shared split. Interned per abbreviation set and compared by identity: a
   * record key hashed and compared the whole set on every lookup, once per detector per text.
   */
  private static final class CacheKey {
    @SuppressWarnings("unused")
    private final Set<String> abbreviations;

    CacheKey(Set<String> abbreviations) {
      this.abbreviations = abbreviations;
    }
  }

  List<Sentence> split(List<Line> lines) {
    List<Sentence> out = new ArrayList<>();
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      List<Span> spans = splitLine(line.text());
      for (int i = 0; i < spans.size(); i++) {
        Span s = spans.get(i);
        out.add(new Sentence(new Span(line.content().start() + s.start(),
            line.content().start() + s.end()), line.index(), i, spans.size(),
            line.text().substring(s.start(), s.end())));
      }
    }
    return out;
  }

  /** Sentence spans within one line, in line coordinates. */
  public List<Span> splitLine(String s) {
    List<Span> spans = new ArrayList<>();
    int n = s.length();
    int start = skipSpace(s, 0);
    int i = start;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < n && (s.charAt(end) == '.' || s.charAt(end) == '!' || s.charAt(end) == '?')) {
          end++;
        }
        while (end < n && isCloser(s.charAt(end))) {
          end++;
        }
        int next = skipSpace(s, end);
        boolean spaced = next > end;
        if (spaced && next < n && startsSentence(s.charAt(next))
            && !(c == '.' && end == i + 1 && isAbbreviation(s, i))) {
          spans.add(new Span(start, end));
          start = next;
          i = next;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    int end = n;
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new Span(start, end));
    }
    return spans;
  }

  /**
   * Whether the period at {@code dot} follows an abbreviation: a single letter (an initial), a
   * token with inner periods ({@code U.S}, {@code a.m}), or a listed word.
   */
  public boolean isAbbreviation(String s, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
      b--;
    }
    if (b == dot) {
      return false;
    }
    if (dot - b == 1 || s.lastIndexOf('.', dot - 1) >= b) {
      return true;
    }
    return abbreviations.contains(s.substring(b, dot).toLowerCase(Locale.ROOT));
  }

  static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
        || c == '\'' || c == '(' || c == '[' || c == '«' || c == '–' || c == '—' || c == '-';
  }

  static boolean isCloser(char c) {
    return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t'
        || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }
}
