package dev.textqc.detect.quote;

import dev.textqc.detect.quote.QuoteIssue.Kind;
import dev.textqc.document.Line;
import dev.textqc.document.Lines;
import dev.textqc.document.Span;
import java.util.ArrayList;
import java.util.List;

/** The quote analysis as it was before it walked the marks only: the reference for QuoteAnalysisEquivalenceTest.
 * (Original javadoc follows.)
 * Walks a text's quotation marks paragraph by paragraph and reports where they do not balance.
 *
 * <p>News convention: a quotation that runs over several paragraphs reopens every paragraph with
 * an opening mark and closes only in the last one. So a paragraph that ends inside a quotation is
 * correct when the next paragraph starts with an opening mark, and broken otherwise. In a text
 * whose paragraphs are separated by blank lines, a line followed directly by another line is a
 * hard wrap inside one paragraph, and the quotation carries on. In a text with no blank lines
 * at all (one sentence per line), a quotation whose closing mark comes a few lines later is
 * whole, just segmented.
 *
 * <p>The marks are those of one {@link QuoteStyle}, chosen per document as the style under which
 * the marks balance best (German „…“ reuses the English opening mark as its closing one). Straight
 * double quotes are read from context (after a space they open, before one they close) and are
 * checked the same way; single quotes are only checked for an opening mark with no possible
 * closing mark after it, since ’ is also the apostrophe (don’t, ’90s, students’).
 */
/** QuoteAnalysis as it was before it walked from mark to mark: the reference the equivalence test
 * compares it with. */
final class QuoteAnalysisReference {
  private static final int WORDS_AFTER_OPENER = 3;
  private static final int MAX_SPAN_CHARS = 40;
  private static final int MAX_LINES_AHEAD = 12;
  /** Characters after which a mark opens a quotation (besides whitespace). */
  private static final String OPEN_CONTEXT = "([{/\\—–-‘“«„\"";
  /** Characters before which a mark closes a quotation (besides whitespace). */
  private static final String CLOSE_CONTEXT = ".,;:!?)]}…—–-’”»\"";

  private QuoteAnalysisReference() {}

  /**
   * The issues of {@code text} under the best-fitting style among {@code styles}: among the styles
   * whose double marks occur in the text, the one with the fewest issues plus marks it cannot
   * explain (another style's marks), then the one that accounts for more marks, then the first
   * listed. A style that ignores the text's marks cannot win by seeing no problems.
   */
  public static List<QuoteIssue> analyze(String text, List<QuoteStyle> styles) {
    return analyze(text, Lines.of(text), styles);
  }

  /** As {@link #analyze(String, List)}, with the text's lines ({@link Lines#of}) already split. */
  public static List<QuoteIssue> analyze(String text, List<Line> lines, List<QuoteStyle> styles) {
    if (styles.isEmpty()) {
      return List.of();
    }
    // one pass counts every mark any style uses; most texts have few marks or none, and then
    // no style needs a walk of its own
    MarkCounts counts = MarkCounts.of(text, styles);
    if (counts.none()) {
      return List.of();
    }
    List<QuoteIssue> best = null;
    int bestCost = Integer.MAX_VALUE;
    int bestMarks = -1;
    for (QuoteStyle style : styles) {
      int marks = counts.doubleMarks(style);
      if (marks == 0) {
        continue;
      }
      List<QuoteIssue> issues = analyze(text, lines, style);
      int cost = issues.size() + counts.foreignDoubleMarks(style);
      if (best == null || cost < bestCost || cost == bestCost && marks > bestMarks) {
        best = issues;
        bestCost = cost;
        bestMarks = marks;
      }
    }
    if (best == null) {
      return analyze(text, lines, styles.get(0));
    }
    return best;
  }

  /** The styles' double marks, each once, in style order. */
  private static String doubleMarksOf(List<QuoteStyle> styles) {
    StringBuilder doubles = new StringBuilder();
    for (QuoteStyle s : styles) {
      addOnce(doubles, s.doubleOpen());
      addOnce(doubles, s.doubleClose());
    }
    return doubles.toString();
  }

  /**
   * The marks of the styles the analysis counts, each once: the double marks, then the single
   * opening marks. A text with none of them and no straight quote has no quotation issues.
   */
  static String marksOf(List<QuoteStyle> styles) {
    StringBuilder all = new StringBuilder(doubleMarksOf(styles));
    for (QuoteStyle s : styles) {
      addOnce(all, s.singleOpen());
    }
    return all.toString();
  }

  private static void addOnce(StringBuilder sb, char c) {
    if (sb.indexOf(String.valueOf(c)) < 0) {
      sb.append(c);
    }
  }

  /** How often each quotation mark of the candidate styles occurs in a text. */
  private static final class MarkCounts {
    /** The styles' double marks first, then their single opening marks. */
    private final char[] marks;
    private final int[] counts;
    private final int doubleMarkKinds;
    private int straight;

    private MarkCounts(char[] marks, int doubleMarkKinds) {
      this.marks = marks;
      this.counts = new int[marks.length];
      this.doubleMarkKinds = doubleMarkKinds;
    }

    static MarkCounts of(String text, List<QuoteStyle> styles) {
      MarkCounts m = new MarkCounts(marksOf(styles).toCharArray(), doubleMarksOf(styles).length());
      char[] marks = m.marks;
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (c == '"') {
          m.straight++;
        } else if (c >= 0x80 || c == '\'') {
          for (int k = 0; k < marks.length; k++) {
            if (marks[k] == c) {
              m.counts[k]++;
              break;
            }
          }
        }
      }
      return m;
    }

    /** No mark that could open, close or stray: nothing to check. */
    boolean none() {
      if (straight > 0) {
        return false;
      }
      for (int c : counts) {
        if (c > 0) {
          return false;
        }
      }
      return true;
    }

    private int count(char c) {
      for (int k = 0; k < doubleMarkKinds; k++) {
        if (marks[k] == c) {
          return counts[k];
        }
      }
      return 0;
    }

    int doubleMarks(QuoteStyle style) {
      return style.doubleOpen() == style.doubleClose() ? count(style.doubleOpen())
          : count(style.doubleOpen()) + count(style.doubleClose());
    }

    /** Double marks of other styles that {@code style} does not use. */
    int foreignDoubleMarks(QuoteStyle style) {
      int n = 0;
      for (int k = 0; k < doubleMarkKinds; k++) {
        if (!style.usesMark(marks[k])) {
          n += counts[k];
        }
      }
      return n;
    }
  }

  /** The issues of {@code text} read with one style. */
  public static List<QuoteIssue> analyze(String text, QuoteStyle style) {
    return analyze(text, Lines.of(text), style);
  }

  private static List<QuoteIssue> analyze(String text, List<Line> lines, QuoteStyle style) {
    List<QuoteIssue> out = new ArrayList<>();
    boolean blankLineParagraphs = lines.stream().anyMatch(Line::isBlank);
    // one sentence or segment per line, no paragraph breaks (translation corpora, some
    // extractors): a quotation may run over several lines and close in a later one
    boolean segmented = !blankLineParagraphs;
    int open = -1;
    // segmented text: a quotation left open at a line end, kept until a later stray closing
    // mark shows it simply ran over line breaks
    Pending[] pending = new Pending[1];
    Line previous = null;
    for (Line line : lines) {
      if (line.isBlank()) {
        continue;
      }
      boolean wrapped = blankLineParagraphs && previous != null
          && previous.index() == line.index() - 1;
      if (open >= 0) {
        if (reopens(line, style)) {
          open = -1; // continued quotation: the paragraph reopens it
        } else if (!wrapped) {
          if (segmented) {
            flush(pending, out);
            pending[0] = new Pending(unclosed(text, open, style), line.index());
          } else {
            out.add(unclosed(text, open, style));
          }
          open = -1;
        }
      }
      int lastClose = -1;
      int start = line.content().start();
      int end = line.content().end();
      int nested = 0;
      for (int p = start; p < end; p++) {
        Role role = role(text, p, start, end, style, open >= 0 && nested == 0);
        if (role == Role.OPEN) {
          if (open >= 0 && text.charAt(p) == '"' && straightCloserFollows(text, p, end)) {
            nested++; // "the "Safe City" cameras": plain-text quotes nest with the same mark
            continue;
          }
          if (open >= 0) {
            out.add(unclosed(text, open, style));
          }
          open = p;
        } else if (role == Role.CLOSE) {
          if (nested > 0) {
            nested--;
          } else if (open >= 0) {
            // only a typographic closing mark is certain: a straight one between spaces could
            // as well open the next quotation
            if (!style.spacedInside() && text.charAt(p) == style.doubleClose()
                && spaceBeforeClose(text, p, start)
                && !Character.isWhitespace(text.charAt(open + 1))) {
              out.add(new QuoteIssue(Kind.SPACE_INSIDE, new Span(p - 1, p), false));
            }
            open = -1;
            lastClose = p;
          } else if (pending[0] != null && line.index() - pending[0].line() <= MAX_LINES_AHEAD) {
            pending[0] = null; // the quotation ran over line breaks and closes here: whole
          } else {
            flush(pending, out);
            out.add(new QuoteIssue(Kind.STRAY_CLOSER, new Span(p, p + 1), lastClose >= 0));
          }
        }
      }
      singleQuotes(text, line, lines, style, out);
      previous = line;
    }
    flush(pending, out);
    if (open >= 0) {
      out.add(unclosed(text, open, style));
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /** Whether a straight mark that can close follows {@code p} on its line. */
  private static boolean straightCloserFollows(String text, int p, int lineEnd) {
    for (int q = p + 1; q < lineEnd; q++) {
      if (text.charAt(q) == '"' && !Character.isLetterOrDigit(q + 1 < lineEnd
          ? text.charAt(q + 1) : ' ')) {
        return true;
      }
    }
    return false;
  }

  private record Pending(QuoteIssue issue, int line) {}

  private static void flush(Pending[] pending, List<QuoteIssue> out) {
    if (pending[0] != null) {
      out.add(pending[0].issue());
      pending[0] = null;
    }
  }

  /** What a double mark does in its context. */
  private enum Role { OPEN, CLOSE, NONE }

  /**
   * The role of the character at {@code p}. The style's marks open and close, but a mark typed
   * the wrong way round still does its job when the context is unambiguous (”dwindling” opens,
   * “Out?“ Instead closes): that is a glyph choice, not a broken quotation. Straight quotes are
   * read from context, and one after a digit outside a quotation is an inch sign (12" or 3"1/2).
   */
  private static Role role(String text, int p, int lineStart, int lineEnd, QuoteStyle style,
      boolean isOpen) {
    char c = text.charAt(p);
    boolean isStraight = c == '"';
    if (!isStraight && c != style.doubleOpen() && c != style.doubleClose()) {
      return Role.NONE;
    }
    char before = p > lineStart ? text.charAt(p - 1) : ' ';
    char after = p + 1 < lineEnd ? text.charAt(p + 1) : ' ';
    boolean opens = Character.isWhitespace(before) || OPEN_CONTEXT.indexOf(before) >= 0;
    boolean closes = Character.isWhitespace(after) || CLOSE_CONTEXT.indexOf(after) >= 0;
    if (isStraight) {
      if (!isOpen && Character.isDigit(before) && !Character.isLetter(after)) {
        return Role.NONE;
      }
      if (opens && !closes) {
        return Role.OPEN;
      }
      if (closes && !opens) {
        return Role.CLOSE;
      }
      return isOpen ? Role.CLOSE : Role.OPEN;
    }
    if (c == style.doubleOpen() && c != style.doubleClose()) {
      return isOpen && !opens && closes ? Role.CLOSE : Role.OPEN;
    }
    if (!isOpen && opens && Character.isLetterOrDigit(after)) {
      return Role.OPEN;
    }
    if (!isOpen && Character.isDigit(before)) {
      return Role.NONE; // a typed inch sign: a 12” pipe
    }
    return Role.CLOSE;
  }

  /** Whether a paragraph starts by reopening a quotation (with any double mark that opens). */
  private static boolean reopens(Line line, QuoteStyle style) {
    String t = line.text().stripLeading();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return c == style.doubleOpen() || c == '"'
        || c == style.doubleClose() && t.length() > 1 && Character.isLetterOrDigit(t.charAt(1));
  }

  /**
   * An opening single mark with no closing candidate after it in the paragraph. A closing
   * candidate is a closing mark not followed by a letter: ’ between letters is an apostrophe.
   */
  private static void singleQuotes(String text, Line line, List<Line> lines, QuoteStyle style,
      List<QuoteIssue> out) {
    char open = style.singleOpen();
    char close = style.singleClose();
    if (open == close) {
      return;
    }
    int start = line.content().start();
    int end = line.content().end();
    for (int p = start; p < end; p++) {
      if (text.charAt(p) != open) {
        continue;
      }
      char before = p > start ? text.charAt(p - 1) : ' ';
      char after = p + 1 < end ? text.charAt(p + 1) : ' ';
      if (Character.isLetterOrDigit(before) || Character.isDigit(after)
          || !(Character.isLetter(after) || "“\"(".indexOf(after) >= 0)) {
        continue; // a wrongly turned apostrophe (‘90s, can‘t) or a lone mark, not a quotation
      }
      boolean closed = false;
      for (int q = p + 1; q < end && !closed; q++) {
        char m = text.charAt(q);
        char next = q + 1 < end ? text.charAt(q + 1) : ' ';
        if (m == close) {
          closed = !Character.isLetter(next) || close != '’';
        } else if (m == open) {
          closed = !Character.isLetterOrDigit(next); // the opening mark typed as a closing one
        }
      }
      if (!closed && !nextParagraphStartsWith(lines, line, open)) {
        out.add(unclosed(text, p, style));
      }
    }
  }

  private static boolean nextParagraphStartsWith(List<Line> lines, Line line, char mark) {
    for (int i = line.index() + 1; i < lines.size(); i++) {
      String t = lines.get(i).text().strip();
      if (!t.isEmpty()) {
        return t.charAt(0) == mark || t.length() > 1 && t.charAt(1) == mark;
      }
    }
    return false;
  }

  /** "in Ukraine. ” Samorukov": sentence punctuation, one space, the closing mark. */
  private static boolean spaceBeforeClose(String text, int p, int lineStart) {
    return p - 2 >= lineStart && text.charAt(p - 1) == ' '
        && ".,!?…".indexOf(text.charAt(p - 2)) >= 0;
  }

  /** The opening mark and the first few words after it, so an editor sees which quotation. */
  private static QuoteIssue unclosed(String text, int p, QuoteStyle style) {
    int end = p + 1;
    int words = 0;
    boolean inWord = false;
    while (end < text.length() && end - p < MAX_SPAN_CHARS) {
      char c = text.charAt(end);
      if (c == '\n' || c == '\r' || c == style.doubleClose() || c == style.doubleOpen()) {
        break;
      }
      boolean letter = Character.isLetterOrDigit(c) || c == '’' || c == '\'' || c == '-';
      if (!letter && inWord && ++words == WORDS_AFTER_OPENER) {
        break;
      }
      inWord = letter;
      end++;
    }
    while (end > p + 1 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return new QuoteIssue(Kind.UNCLOSED, new Span(p, end), false);
  }
}
