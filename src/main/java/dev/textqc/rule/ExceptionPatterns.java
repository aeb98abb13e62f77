package dev.textqc.rule;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns of legitimate text: a finding that lies inside a match of one of them is left alone
 * ("willing to go to to get it"). An exception describes the finding plus a little context before
 * it, so matches are only tried at the finding itself and at the starts of the few words before
 * it ({@value #WORDS_BEFORE}), with {@code lookingAt}: a long list of exceptions then costs a
 * handful of failed first-character tests per finding, never a scan of the text.
 */
public final class ExceptionPatterns {
  /** How many words of left context an exception pattern may start with. */
  public static final int WORDS_BEFORE = 3;
  /** How far right of the finding an exception match may reach. */
  static final int RIGHT_CONTEXT = 80;

  private final List<Pattern> patterns;

  public ExceptionPatterns(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public List<Pattern> patterns() {
    return patterns;
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** Whether the finding at {@code span} lies inside a match of one of the patterns. */
  public boolean excuse(String text, Span span) {
    if (patterns.isEmpty()) {
      return false;
    }
    int[] starts = candidateStarts(text, span.start());
    int to = Math.min(text.length(), span.end() + RIGHT_CONTEXT);
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
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

  // the finding's start and the starts of up to WORDS_BEFORE words before it on the same line
  private static int[] candidateStarts(String text, int at) {
    int[] starts = new int[WORDS_BEFORE + 1];
    java.util.Arrays.fill(starts, -1);
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
