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
 * <p>Words are maximal runs of letters. The pass reads the text's characters from an array
 * ({@link AnalyzedText#chars}, copied once per text for the stage) with one table load per character
 * that tells letters, gaps (space, tab) and the rest apart, and compares two words only when their
 * lengths and first letters agree. An earlier walk from space to space
 * ({@link String#indexOf(int, int)}) went back over every word through {@code charAt} to find
 * where it started, which on UTF-16 texts cost a bounds check per character and, measured
 * alternately with this loop in one JVM, more CPU per character. A version that kept the state in
 * integers moved by masks, with no branch per word edge, was slower still on this machine: it
 * did more work per character than the branches it saved.
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
    checkChars(at.text(), at.chars(), out);
  }

  /** Per character: {@link #LETTER} ({@link Character#isLetter}) or {@link #GAP} (space, tab). */
  private static final byte[] KIND = new byte[0x10000];
  private static final int LETTER = 1;
  private static final int GAP = 2;

  static {
    // a local in the loop: see Chars
    byte[] kind = KIND;
    for (int c = 0; c < 0x10000; c++) {
      kind[c] = (byte) (Character.isLetter((char) c) ? LETTER : 0);
    }
    KIND[' '] = GAP;
    KIND['\t'] = GAP;
  }

  /**
   * The pass over {@code a}, the characters of {@code s}: each maximal letter run compared with
   * the one before it when only spaces and tabs lie between them, exactly as
   * {@link #checkEachChar} does. The loop only collects the candidate pairs (equal lengths, equal
   * first letters); they are tested after it. A test inside the loop put the exception patterns'
   * regex matching into the loop's compiled code at the first doubled word of a run, and the loop
   * was compiled again each time (JFR, 49 MB corpus run).
   */
  void checkChars(String s, char[] a, Consumer<Annotation> out) {
    int[] pairs = candidates(a);
    int secondOfPair = -1; // where the second word of the last doubled pair starts
    Words words = new Words();
    for (int k = 1; k <= pairs[0]; k += 3) {
      secondOfPair = pair(s, a, pairs[k], pairs[k + 1], pairs[k + 2], secondOfPair, words, out);
    }
  }

  /**
   * The words kept by the findings of one text: a word that is the same as the last one kept is
   * that same string. A page that doubles the same few words over and over made a string of
   * each, held by the findings until the stage's edits were recorded (48 bytes of each of
   * 500,000 findings on a 5 MB page of one word).
   */
  private static final class Words {
    private String last = "";

    String of(String s, int start, int end) {
      int len = end - start;
      if (last.length() != len || !s.regionMatches(start, last, 0, len)) {
        last = s.substring(start, end);
      }
      return last;
    }
  }

  /**
   * The candidate pairs of {@code a} as (first start, first end, second start) triples after a
   * count in element 0.
   */
  private static int[] candidates(char[] a) {
    int[] pairs = new int[16];
    int size = 1;
    int n = a.length;
    int prevStart = -1; // the word before, while only spaces and tabs followed it
    int prevEnd = -1;
    int i = 0;
    while (i < n) {
      int kind = KIND[a[i]];
      if (kind != LETTER) {
        if (kind != GAP) {
          prevStart = -1;
        }
        i++;
        continue;
      }
      int start = i;
      do {
        i++;
      } while (i < n && KIND[a[i]] == LETTER);
      // equal words have equal lengths and start with equal letters (compared case-blind here
      // for ASCII only; any other pair goes on to the full test)
      if (prevStart >= 0 && prevEnd - prevStart == i - start
          && sameFirst(a[prevStart], a[start])) {
        if (size + 3 > pairs.length) {
          pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size] = prevStart;
        pairs[size + 1] = prevEnd;
        pairs[size + 2] = start;
        size += 3;
      }
      prevStart = start;
      prevEnd = i;
    }
    pairs[0] = size - 1;
    return pairs;
  }

  private static boolean sameFirst(char f, char c) {
    return ((c ^ f) & ~0x20) == 0 || (c | f) >= 128;
  }

  /**
   * The full test of the word {@code [w1, w1End)} against the word starting at {@code q}; returns
   * where the second word of the last reported pair starts (a word that was one cannot start
   * another pair, so "the the the" is one finding).
   */
  private int pair(String s, char[] a, int w1, int w1End, int q, int secondOfPair, Words words,
      Consumer<Annotation> out) {
    int len = w1End - w1;
    if (w1 != secondOfPair && plain(a, w1, w1End) && plain(a, q, q + len)
        && s.regionMatches(true, w1, s, q, len)) {
      report(s, w1, w1End, q + len, words, out);
      return q;
    }
    return secondOfPair;
  }

  /** A word not glued to digits, apostrophes or hyphens on either side. */
  private static boolean plain(char[] a, int start, int end) {
    return (start == 0 || !isWordJoiner(a[start - 1]))
        && (end == a.length || !isWordJoiner(a[end]));
  }

  private void report(String s, int start, int firstEnd, int end, Words words,
      Consumer<Annotation> out) {
    Span pair = new Span(start, end);
    if (!exceptions.excuse(s, pair)) {
      out.accept(meta.replace(pair, words.of(s, start, firstEnd)));
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
