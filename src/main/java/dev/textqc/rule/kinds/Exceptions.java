package dev.textqc.rule.kinds;

import dev.textqc.document.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exception patterns: a finding that lies inside a match of one of them is legitimate text.
 * Only a window around the finding is searched, so a long exception list costs nothing on texts
 * where the rule finds nothing, and little where it does.
 */
final class Exceptions {
  /** Context searched on each side of a finding; exception patterns must fit inside it. */
  static final int WINDOW = 120;

  private Exceptions() {}

  static boolean excuse(List<Pattern> exceptions, String text, Span span) {
    if (exceptions.isEmpty()) {
      return false;
    }
    int from = Math.max(0, span.start() - WINDOW);
    int to = Math.min(text.length(), span.end() + WINDOW);
    for (Pattern p : exceptions) {
      Matcher m = p.matcher(text);
      m.region(from, to);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      while (m.find()) {
        if (m.start() <= span.start() && span.end() <= m.end()) {
          return true;
        }
        if (m.start() > span.start()) {
          break;
        }
      }
    }
    return false;
  }
}
