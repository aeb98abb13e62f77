package dev.textqc.detect;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.ExceptionPatterns;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The same word twice in a row, separated only by spaces or tabs ("the the"): one pass over the
 * text comparing each word with the one before, instead of a back-referencing regex that retries
 * at every position. The fix keeps the first word (so "The the" becomes "The"). Repetitions that
 * are correct English come from the rule's {@code exceptionsFile}: patterns whose match around the
 * pair excuses it.
 *
 * <p>Words are maximal runs of letters. A text without tabs is walked from space to space
 * ({@link String#indexOf(int, int)}, a vectorised intrinsic) rather than character by character:
 * a character loop that branches at every word edge costs about three times as much, as the CPU
 * mispredicts those branches. At each space between two letters the word before it is found and
 * its first letter compared with the first letter after the gap; only a pair that passes goes on
 * to the full test. Texts with tabs take the character loop, which treats tabs as spaces.
 */
public final class DoubledWordDetector implements Rule {
  private final RuleMeta meta;
  private final ExceptionPatterns exceptions;

  DoubledWordDetector(RuleMeta meta, List<Pattern> exceptions) {
    this.meta = meta;
    this.exceptions = new ExceptionPatterns(exceptions);
  }

  /** Registered as {@code detector: doubled-word}. */
  public static final class Factory implements DetectorFactory {
    @Override
    public String name() {
      return "doubled-word";
    }

    @Override
    public Set<String> keys() {
      return Set.of("exceptions", "exceptionsFile");
    }

    @Override
    public Rule create(RuleMeta meta, RuleParams params) {
      List<Pattern> ex = new ArrayList<>();
      for (String e : params.stringsWithFile("exceptions", "exceptionsFile")) {
        ex.add(params.pattern("exceptions", e, false));
      }
      return new DoubledWordDetector(meta, ex);
    }
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText at, Consumer<Annotation> out) {
    String s = at.text();
    if (s.indexOf('\t') >= 0) {
      checkEachChar(s, out);
    } else {
      checkAtSpaces(s, out);
    }
  }

  /**
   * The space walk. A pair is two maximal letter runs {@code [w1, gap)} and {@code [q, q + len)}
   * with only spaces in {@code [gap, q)}: exactly the pairs the character loop compares.
   */
  private void checkAtSpaces(String s, Consumer<Annotation> out) {
    int n = s.length();
    int secondOfPair = -1; // where the second word of the last doubled pair starts
    for (int at = s.indexOf(' '); at >= 0; at = s.indexOf(' ', at + 1)) {
      if (at == 0 || !Chars.isLetter(s.charAt(at - 1))) {
        continue;
      }
      int gap = at;
      int q = at + 1;
      while (q < n && s.charAt(q) == ' ') {
        q++;
      }
      if (q >= n) {
        break;
      }
      at = q - 1; // the next search starts after this run of spaces
      char first = s.charAt(q);
      if (!Chars.isLetter(first)) {
        continue;
      }
      int w1 = gap - 1;
      while (w1 > 0 && Chars.isLetter(s.charAt(w1 - 1))) {
        w1--;
      }
      // equal words start with equal letters: compared case-blind here for ASCII only, any
      // other pair goes on to regionMatches
      char c = s.charAt(w1);
      if (c != first && c < 128 && first < 128 && (c | 0x20) != (first | 0x20)) {
        continue;
      }
      int len = gap - w1;
      int end = q + len;
      if (end > n || end < n && Chars.isLetter(s.charAt(end)) || !allLetters(s, q, end)) {
        continue; // the second word is not exactly as long as the first
      }
      if (w1 != secondOfPair && plain(s, w1, gap) && plain(s, q, end)
          && s.regionMatches(true, w1, s, q, len)) {
        secondOfPair = q;
        report(s, w1, gap, end, out);
      }
    }
  }

  private static boolean allLetters(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Chars.isLetter(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A word not glued to digits, apostrophes or hyphens on either side. */
  private static boolean plain(String s, int start, int end) {
    return (start == 0 || !isWordJoiner(s.charAt(start - 1)))
        && (end == s.length() || !isWordJoiner(s.charAt(end)));
  }

  private void report(String s, int start, int firstEnd, int end, Consumer<Annotation> out) {
    Span pair = new Span(start, end);
    if (!exceptions.excuse(s, pair)) {
      out.accept(meta.replace(pair, s.substring(start, firstEnd)));
    }
  }

  /** The character loop: each word compared with the one before it. */
  void checkEachChar(String s, Consumer<Annotation> out) {
    int n = s.length();
    int prevStart = -1;
    int prevEnd = -1;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Chars.isLetter(c)) {
        // a word followed by anything but spaces/tabs cannot start a pair
        if (c != ' ' && c != '\t') {
          prevStart = -1;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && Chars.isLetter(s.charAt(i))) {
        i++;
      }
      // a word glued to digits, apostrophes or hyphens is not a plain word
      boolean plain = (start == 0 || !isWordJoiner(s.charAt(start - 1)))
          && (i == n || !isWordJoiner(s.charAt(i)));
      // equal lengths first: a cheap test that rules out most pairs before the case-blind compare
      if (plain && prevStart >= 0 && prevEnd < start
          && prevEnd - prevStart == i - start
          && s.regionMatches(true, prevStart, s, start, i - start)) {
        Span pair = new Span(prevStart, i);
        if (!exceptions.excuse(s, pair)) {
          out.accept(meta.replace(pair, s.substring(prevStart, prevEnd)));
        }
        prevStart = -1;
        continue;
      }
      prevStart = plain ? start : -1;
      prevEnd = i;
    }
  }

  private static boolean isWordJoiner(char c) {
    return Chars.isDigit(c) || c == '\'' || c == '’' || c == '-' || c == '_';
  }
}
