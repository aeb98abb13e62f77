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
