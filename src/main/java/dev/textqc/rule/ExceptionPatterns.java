package dev.textqc.rule;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import dev.textqc.rule.kinds.LineRegexRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns of legitimate text: a finding that lies inside a match of one of them is left alone
 * ("willing to go to to get it"). An exception describes the finding plus a little context before
 * it, so matches are only tried at the finding itself and at the starts of the few words before
 * it ({@value #WORDS_BEFORE}), with {@code lookingAt}: a long list of exceptions then costs a
 * handful of failed first-character tests per finding, never a scan of the text.
 *
 * <p>Before a pattern is tried, a {@link LineScan} of the fragments one of its matches needs
 * ({@link LineRegexRule#necessaryLiterals}) reads the few words around the finding once: a
 * pattern whose fragments are not there is not tried. An exception of a long alternation ("bye",
 * "ha", "knock" … doubled) tried at four starts per finding made a page of one word doubled
 * over and over take 3.7 seconds a megabyte, most of it in the regex engine's failing branches.
 */
public final class ExceptionPatterns {
  /** How many words of left context an exception pattern may start with. */
  public static final int WORDS_BEFORE = 3;
  /** How far right of the finding an exception match may reach. */
  static final int RIGHT_CONTEXT = 80;

  private final List<Pattern> patterns;
  /**
   * The fragments of the patterns that have some, pattern {@code i} as member {@code
   * member[i]}; null when no pattern has fragments or the scan cannot be built (then every
   * pattern is tried).
   */
  private final LineScan scan;
  /** Each pattern's member in the scan, or -1 for one that is always tried. */
  private final int[] member;

  public ExceptionPatterns(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.member = new int[this.patterns.size()];
    List<LineScan.Member> members = new ArrayList<>();
    for (int i = 0; i < member.length; i++) {
      List<String> needed = LineRegexRule.necessaryLiterals(this.patterns.get(i));
      if (needed.isEmpty() || members.size() == Long.SIZE) {
        member[i] = -1;
      } else {
        member[i] = members.size();
        members.add(new LineScan.Member(List.of(), needed, 0, 0, 0));
      }
    }
    LineScan built = members.isEmpty() ? null : LineScan.of(members);
    if (built == null) {
      Arrays.fill(member, -1);
    }
    this.scan = built;
  }

  public List<Pattern> patterns() {
    return patterns;
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** Whether the finding at {@code span} lies inside a match of one of the patterns. */
  public boolean excuse(String text, Span span) {
    return excuse(text, span, true);
  }

  /** {@link #excuse} trying every pattern: what the scan must not change (tests). */
  boolean excuseTryingEveryPattern(String text, Span span) {
    return excuse(text, span, false);
  }

  private boolean excuse(String text, Span span, boolean quickNo) {
    if (patterns.isEmpty()) {
      return false;
    }
    int[] starts = candidateStarts(text, span.start());
    int to = Math.min(text.length(), span.end() + RIGHT_CONTEXT);
    long present = quickNo ? present(text, starts, to) : -1L;
    for (int i = 0; i < patterns.size(); i++) {
      if (member[i] >= 0 && (present & 1L << member[i]) == 0) {
        continue; // a fragment every match needs is not there
      }
      Matcher m = patterns.get(i).matcher(text).useTransparentBounds(true)
          .useAnchoringBounds(false);
      for (int start : starts) {
        if (start < 0) {
          continue;
        }
        m.region(start, to);
        if (m.lookingAt() && m.end() >= span.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The scan's members whose fragment occurs between the earliest start and {@code to}: where
   * any match that covers the finding lies.
   */
  private long present(String text, int[] starts, int to) {
    if (scan == null) {
      return 0;
    }
    int from = starts[0];
    for (int s : starts) {
      if (s >= 0) {
        from = Math.min(from, s);
      }
    }
    char[] window = new char[to - from];
    text.getChars(from, to, window, 0);
    return scan.mask(window, 0, window.length);
  }

  // the finding's start and the starts of up to WORDS_BEFORE words before it on the same line
  private static int[] candidateStarts(String text, int at) {
    int[] starts = new int[WORDS_BEFORE + 1];
    Arrays.fill(starts, -1);
    starts[0] = at;
    int i = at;
    for (int w = 1; w <= WORDS_BEFORE; w++) {
      while (i > 0 && !Chars.isLetterOrDigit(text.charAt(i - 1))) {
        if (text.charAt(i - 1) == '\n') {
          return starts;
        }
        i--;
      }
      if (i == 0) {
        return starts;
      }
      while (i > 0 && Chars.isLetterOrDigit(text.charAt(i - 1))) {
        i--;
      }
      starts[w] = i;
    }
    return starts;
  }
}
