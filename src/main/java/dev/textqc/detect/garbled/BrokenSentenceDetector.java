package dev.textqc.detect.garbled;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A sentence broken in the middle by a stray full stop: "the alliance. at the gates of Russia",
 * "in February. 1990 to discuss". Machine translation (and round trips through a second language)
 * often splits a clause where the source had a line break, a footnote mark or an abbreviation.
 * A period followed by a lower-case word cannot end an English sentence unless it ends an
 * abbreviation ("the U.S. and", "3 p.m. local time", "etc. and"), so those are left alone; a month
 * name followed by a period and a year that runs on with a clause word ("to", "in") is the date
 * variant.
 * The fix is not certain (which side lost words?), so this only flags.
 */
public record BrokenSentenceDetector(RuleMeta meta, SentenceSplitter splitter, WordSet months,
    Set<String> runOnWords)
    implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("broken-sentence",
        Set.of("abbreviations", "abbreviationsFile", "months", "monthsFile", "runOnWords"),
        (meta, params) -> new BrokenSentenceDetector(meta,
            new SentenceSplitter(DetectorSupport.wordSet(params, "abbreviations")),
            new WordSet(DetectorSupport.wordSet(params, "months")),
            DetectorSupport.wordSet(params, "runOnWords")));
  }

  /**
   * A writer who starts most sentences in lower case (chat, some blogs) does so by habit, not by
   * translation damage: above this share of lower-case sentence starts nothing is reported.
   */
  static final double HABIT_SHARE = 0.4;
  static final int HABIT_MIN = 4;

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    List<Span> found = new ArrayList<>();
    int boundaries = scan(text.text(), text.chars(), found);
    if (found.size() >= HABIT_MIN && found.size() > HABIT_SHARE * boundaries) {
      return;
    }
    found.forEach(span -> out.accept(meta.annotate(span)));
  }

  /**
   * Collects the broken-sentence spans; returns the number of period-space-word positions. The
   * loop reads the text's char array: a {@code charAt} loop is compiled for one of String's two
   * coders and sent back to the compiler by the first text of the other (eleven compiles in a
   * corpus run). What is rare (a candidate to judge) is a method of its own, out of the loop.
   */
  private int scan(String text, char[] s, List<Span> found) {
    int boundaries = 0;
    int n = s.length;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      // cheapest first: a space after the period
      if (dot + 1 >= n || (s[dot + 1] != ' ' && s[dot + 1] != '\t')) {
        continue;
      }
      int wordEnd = dot;
      while (wordEnd > 0 && SentenceSplitter.isCloser(s[wordEnd - 1])) {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && Chars.isLetter(s[wordStart - 1])) {
        wordStart--;
      }
      // a real word before the period, not an ellipsis, a number or a domain name
      if (wordEnd - wordStart < 2
          || (wordStart > 0 && !isSpaceOrPunctuation(s[wordStart - 1]))) {
        continue;
      }
      int next = dot + 1;
      while (next < n && (s[next] == ' ' || s[next] == '\t')) {
        next++;
      }
      int nextEnd = next;
      while (nextEnd < n && Chars.isLetterOrDigit(s[nextEnd])) {
        nextEnd++;
      }
      if (nextEnd == next) {
        continue;
      }
      boundaries++;
      if (broken(text, wordStart, wordEnd, dot, next, nextEnd)) {
        found.add(new Span(wordStart, nextEnd));
      }
    }
    return boundaries;
  }

  /**
   * Whether the period after {@code s[wordStart, wordEnd)} breaks one sentence in two: the next
   * word, {@code s[next, nextEnd)}, continues it in lower case, or a month and a year were cut.
   */
  private boolean broken(String s, int wordStart, int wordEnd, int dot, int next, int nextEnd) {
    boolean lowerContinuation = nextEnd - next >= 2 && allLower(s, next, nextEnd)
        && (wordEnd < dot || !splitter.isAbbreviation(s, dot)) && !isListLabel(s, wordStart);
    return lowerContinuation || nextEnd - next == 4
        && allDigits(s, next, nextEnd) && months.contains(s, wordStart, wordEnd)
        && runsOn(s, nextEnd);
  }

  private static boolean allLower(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Chars.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A label opening a line ("ii. ensure that"): the period ends the label, not a sentence. */
  private static boolean isListLabel(String s, int wordStart) {
    int i = wordStart;
    while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
      i--;
    }
    return i == 0 || s.charAt(i - 1) == '\n';
  }

  private static boolean isSpaceOrPunctuation(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '“' || c == '"' || c == '‘'
        || c == '\'' || c == ',' || c == '[';
  }

  /** Whether a clause word ("to", "in", listed) follows: the date runs on into the sentence. */
  private boolean runsOn(String s, int i) {
    if (i >= s.length() || s.charAt(i) != ' ') {
      return false;
    }
    int j = i + 1;
    int k = j;
    while (k < s.length() && Character.isLetter(s.charAt(k))) {
      k++;
    }
    return k > j && runOnWords.contains(s.substring(j, k));
  }
}
