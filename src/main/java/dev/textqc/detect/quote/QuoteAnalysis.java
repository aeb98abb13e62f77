package dev.textqc.detect.quote;

import dev.textqc.detect.quote.QuoteIssue.Kind;
import dev.textqc.document.Line;
import dev.textqc.document.Lines;
import dev.textqc.document.Span;
import java.util.ArrayList;
import java.util.List;

/**
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
public final class QuoteAnalysis {
  private static final int WORDS_AFTER_OPENER = 3;
  private static final int MAX_SPAN_CHARS = 40;
  private static final int MAX_LINES_AHEAD = 12;
  /** Characters after which a mark opens a quotation (besides whitespace). */
  private static final String OPEN_CONTEXT = "([{/\\—–-‘“«„\"";
  /** Characters before which a mark closes a quotation (besides whitespace). */
  private static final String CLOSE_CONTEXT = ".,;:!?)]}…—–-’”»\"";

  private QuoteAnalysis() {}

  /**
   * The issues of {@code text} under the best-fitting style among {@code styles}: among the styles
   * whose double marks occur in the text, the one with the fewest issues plus marks it cannot
   * explain (another style's marks), then the one that accounts for more marks, then the first
   * listed. A style that ignores the text's marks cannot win by seeing no problems.
   */
  public static List<QuoteIssue> analyze(String text, List<QuoteStyle> styles) {
    return analyzeMarks(text, styles);
  }

  /**
   * As {@link #analyze(String, List)}; the lines are not needed (the walk finds line breaks
   * itself), the signature stays for callers that have them.
   */
  public static List<QuoteIssue> analyze(String text, List<Line> lines, List<QuoteStyle> styles) {
    return analyze(text, styles);
  }

  /**
   * The walk visits the marks only: their positions are found once (one {@link String#indexOf}
   * scan per mark character, free on a Latin-1 text for the typographic ones) and shared by
   * every style, and lines are located from the line breaks' positions, never split into
   * strings.
   */
  private static List<QuoteIssue> analyzeMarks(String text, List<QuoteStyle> styles) {
    if (styles.isEmpty()) {
      return List.of();
    }
    // one pass per mark character finds every mark any style uses; most texts have few marks or
    // none, and then no style needs a walk of its own
    MarkCounts counts = MarkCounts.of(text, styles);
    if (counts.none()) {
      return List.of();
    }
    Walk walk = new Walk(text, counts);
    List<QuoteIssue> best = null;
    int bestCost = Integer.MAX_VALUE;
    int bestMarks = -1;
    for (QuoteStyle style : styles) {
      int marks = counts.doubleMarks(style);
      if (marks == 0) {
        continue;
      }
      List<QuoteIssue> issues = analyze(walk, style);
      int cost = issues.size() + counts.foreignDoubleMarks(style);
      if (best == null || cost < bestCost || cost == bestCost && marks > bestMarks) {
        best = issues;
        bestCost = cost;
        bestMarks = marks;
      }
    }
    if (best == null) {
      return analyze(walk, styles.get(0));
    }
    return best;
  }

  /**
   * What every style's walk of one text shares: where its line breaks and marks are. Line
   * {@code k} is what {@link Lines#of} makes line {@code k}: from after the k-th line break to
   * the next one, without a {@code \r} before it.
   */
  private static final class Walk {
    final String text;
    /** Positions of the line breaks. */
    final int[] breaks;
    final int lineCount;
    final boolean blankLineParagraphs;
    /** Sorted positions of the straight quote and of every style's double marks. */
    final int[] doubleMarks;
    private final MarkCounts counts;

    Walk(String text, MarkCounts counts) {
      this.text = text;
      this.counts = counts;
      this.breaks = MarkCounts.find(text, '\n');
      int n = text.length();
      this.lineCount = breaks.length + (n > 0 && text.charAt(n - 1) == '\n' ? 0 : 1);
      boolean blank = false;
      for (int k = 0; k < lineCount && !blank; k++) {
        blank = firstNonSpace(k) < 0;
      }
      this.blankLineParagraphs = blank;
      // every character a style's walk reacts to: the straight quote and the double marks
      int[][] kinds = new int[counts.doubleMarkKinds + 1][];
      kinds[0] = counts.straightPositions;
      int total = kinds[0].length;
      for (int k = 0; k < counts.doubleMarkKinds; k++) {
        kinds[k + 1] = positionsOf(counts.marks[k]);
        total += kinds[k + 1].length;
      }
      int[] all = new int[total];
      int at = 0;
      for (int[] p : kinds) {
        System.arraycopy(p, 0, all, at, p.length);
        at += p.length;
      }
      java.util.Arrays.sort(all);
      this.doubleMarks = all;
    }

    int start(int line) {
      return line == 0 ? 0 : breaks[line - 1] + 1;
    }

    /** The end of the line's content: before its line break and a {@code \r} before that. */
    int end(int line) {
      int start = start(line);
      int end = line < breaks.length ? breaks[line] : text.length();
      return end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The line holding position {@code p} (which is no line break). */
    int lineOf(int p) {
      int i = java.util.Arrays.binarySearch(breaks, p);
      return i >= 0 ? i : -i - 1;
    }

    /** The first non-whitespace position of the line, or -1 for a blank line. */
    int firstNonSpace(int line) {
      for (int p = start(line), end = end(line); p < end; p++) {
        if (!Character.isWhitespace(text.charAt(p))) {
          return p;
        }
      }
      return -1;
    }

    /** The last non-whitespace position of the line, or -1 for a blank line. */
    int lastNonSpace(int line) {
      for (int p = end(line) - 1, start = start(line); p >= start; p--) {
        if (!Character.isWhitespace(text.charAt(p))) {
          return p;
        }
      }
      return -1;
    }

    /** Sorted positions of {@code c} if the analysis counted it, else null (find them). */
    int[] positionsOf(char c) {
      int[] p = counts.positionsOf(c);
      return p != null ? p : MarkCounts.find(text, c);
    }
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

  /** Where (and so how often) each quotation mark of the candidate styles occurs in a text. */
  private static final class MarkCounts {
    private static final int[] NONE = new int[0];
    /** The styles' double marks first, then their single opening marks. */
    private final char[] marks;
    private final int[][] positions;
    private final int doubleMarkKinds;
    private int[] straightPositions = NONE;

    private MarkCounts(char[] marks, int doubleMarkKinds) {
      this.marks = marks;
      this.positions = new int[marks.length][];
      this.doubleMarkKinds = doubleMarkKinds;
    }

    /** The marks of the style list last asked for (see {@link #of}). */
    private record Marks(List<QuoteStyle> styles, char[] marks, int doubleMarkKinds) {}

    private static volatile Marks lastMarks;

    static MarkCounts of(String text, List<QuoteStyle> styles) {
      // The rules pass the same interned style list for every text, so the marks are worked out
      // once, not per text: that was over a third of the quote rules' time on one-word records
      // (JFR). Threads racing here at worst compute the same marks twice.
      Marks known = lastMarks;
      if (known == null || known.styles() != styles) {
        known = new Marks(styles, marksOf(styles).toCharArray(), doubleMarksOf(styles).length());
        lastMarks = known;
      }
      MarkCounts m = new MarkCounts(known.marks(), known.doubleMarkKinds());
      for (int k = 0; k < m.marks.length; k++) {
        m.positions[k] = counted(m.marks[k]) ? find(text, m.marks[k]) : NONE;
      }
      m.straightPositions = find(text, '"');
      return m;
    }

    /** The positions of {@code c} in {@code text}, in order. */
    static int[] find(String text, char c) {
      int p = text.indexOf(c);
      if (p < 0) {
        return NONE;
      }
      int[] out = new int[8];
      int n = 0;
      while (p >= 0) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = p;
        p = text.indexOf(c, p + 1);
      }
      return java.util.Arrays.copyOf(out, n);
    }

    /** The straight quote is counted on its own; other ASCII marks (but ') are not counted. */
    private static boolean counted(char c) {
      return c != '"' && (c >= 0x80 || c == '\'');
    }

    /** Where {@code c} occurs, if it was counted (or is the straight quote), else null. */
    int[] positionsOf(char c) {
      if (c == '"') {
        return straightPositions;
      }
      if (!counted(c)) {
        return null;
      }
      for (int k = 0; k < marks.length; k++) {
        if (marks[k] == c) {
          return positions[k];
        }
      }
      return null;
    }

    /** No mark that could open, close or stray: nothing to check. */
    boolean none() {
      if (straightPositions.length > 0) {
        return false;
      }
      for (int[] p : positions) {
        if (p.length > 0) {
          return false;
        }
      }
      return true;
    }

    private int count(char c) {
      for (int k = 0; k < doubleMarkKinds; k++) {
        if (marks[k] == c) {
          return positions[k].length;
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
          n += positions[k].length;
        }
      }
      return n;
    }
  }

  /** The issues of {@code text} read with one style. */
  public static List<QuoteIssue> analyze(String text, QuoteStyle style) {
    return analyze(text, List.of(style));
  }

  private static List<QuoteIssue> analyze(Walk walk, QuoteStyle style) {
    String text = walk.text;
    int[] marks = walk.doubleMarks;
    int[] singles = style.singleOpen() == style.singleClose() ? MarkCounts.NONE
        : walk.positionsOf(style.singleOpen());
    int mi = 0;
    int si = 0;
    List<QuoteIssue> out = new ArrayList<>();
    boolean blankLineParagraphs = walk.blankLineParagraphs;
    // one sentence or segment per line, no paragraph breaks (translation corpora, some
    // extractors): a quotation may run over several lines and close in a later one
    boolean segmented = !blankLineParagraphs;
    int open = -1;
    // segmented text: a quotation left open at a line end, kept until a later stray closing
    // mark shows it simply ran over line breaks
    Pending[] pending = new Pending[1];
    int previous = -1; // the last non-blank line walked
    // the last straight mark of the current line that can close (computed once per line, when
    // a nested straight quotation needs it), so a line of many marks is walked in linear time
    int closerLine = -1;
    int lastStraightCloser = -1;
    for (int line = 0; line < walk.lineCount; line++) {
      if (open < 0) {
        // no quotation open: lines without a mark change nothing the walk reads later, so it
        // goes straight to the line of the next mark
        int next = mi < marks.length ? marks[mi] : Integer.MAX_VALUE;
        if (si < singles.length) {
          next = Math.min(next, singles[si]);
        }
        if (next == Integer.MAX_VALUE) {
          break;
        }
        line = Math.max(line, walk.lineOf(next));
      }
      int start = walk.start(line);
      int end = walk.end(line);
      int first = walk.firstNonSpace(line);
      if (first < 0) {
        continue; // blank
      }
      boolean wrapped = blankLineParagraphs && previous >= 0 && previous == line - 1;
      if (open >= 0) {
        if (reopens(text, first, end, style)) {
          open = -1; // continued quotation: the paragraph reopens it
        } else if (!wrapped) {
          if (segmented) {
            flush(pending, out);
            pending[0] = new Pending(unclosed(text, open, style), line);
          } else {
            out.add(unclosed(text, open, style));
          }
          open = -1;
        }
      }
      while (mi < marks.length && marks[mi] < start) {
        mi++;
      }
      int lastClose = -1;
      int nested = 0;
      for (; mi < marks.length && marks[mi] < end; mi++) {
        int p = marks[mi];
        Role role = role(text, p, start, end, style, open >= 0 && nested == 0);
        if (role == Role.OPEN) {
          if (open >= 0 && text.charAt(p) == '"' && closerLine != line) {
            closerLine = line;
            lastStraightCloser = lastStraightCloser(walk, start, end);
          }
          if (open >= 0 && text.charAt(p) == '"' && lastStraightCloser > p) {
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
          } else if (pending[0] != null && line - pending[0].line() <= MAX_LINES_AHEAD) {
            pending[0] = null; // the quotation ran over line breaks and closes here: whole
          } else {
            flush(pending, out);
            out.add(new QuoteIssue(Kind.STRAY_CLOSER, new Span(p, p + 1), lastClose >= 0));
          }
        }
      }
      while (si < singles.length && singles[si] < start) {
        si++;
      }
      int firstSingle = si;
      while (si < singles.length && singles[si] < end) {
        si++;
      }
      if (si > firstSingle) {
        singleQuotes(walk, line, style, out, singles, firstSingle, si);
      }
      previous = line;
    }
    flush(pending, out);
    if (open >= 0) {
      out.add(unclosed(text, open, style));
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /**
   * The last straight mark in {@code [lineStart, lineEnd)} that can close (one not followed by a
   * letter or digit), or -1: a straight mark that can close follows {@code p} on its line exactly
   * when this lies after {@code p}. Found from the line's end through the straight marks' sorted
   * positions, once per line.
   */
  private static int lastStraightCloser(Walk walk, int lineStart, int lineEnd) {
    String text = walk.text;
    int[] straight = walk.positionsOf('"');
    int k = java.util.Arrays.binarySearch(straight, lineEnd);
    k = k >= 0 ? k - 1 : -k - 2; // the last mark before lineEnd
    for (; k >= 0 && straight[k] >= lineStart; k--) {
      int q = straight[k];
      if (!Character.isLetterOrDigit(q + 1 < lineEnd ? text.charAt(q + 1) : ' ')) {
        return q;
      }
    }
    return -1;
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
  private static boolean reopens(String text, int first, int end, QuoteStyle style) {
    char c = text.charAt(first);
    return c == style.doubleOpen() || c == '"'
        || c == style.doubleClose() && first + 1 < end
        && Character.isLetterOrDigit(text.charAt(first + 1));
  }

  /**
   * An opening single mark with no closing candidate after it in the paragraph. A closing
   * candidate is a closing mark not followed by a letter: ’ between letters is an apostrophe.
   */
  private static void singleQuotes(Walk walk, int line, QuoteStyle style,
      List<QuoteIssue> out, int[] opens, int from, int to) {
    String text = walk.text;
    char open = style.singleOpen();
    char close = style.singleClose();
    if (open == close) {
      return;
    }
    int start = walk.start(line);
    int end = walk.end(line);
    // a quotation opened at p is closed when a closing candidate lies after p on the line: the
    // last candidate of the line (found once) answers that for every opening mark
    int lastCandidate = -2; // not searched yet
    int reopened = -1; // whether the next paragraph reopens: -1 not known yet, 0 no, 1 yes
    for (int k = from; k < to; k++) {
      int p = opens[k];
      char before = p > start ? text.charAt(p - 1) : ' ';
      char after = p + 1 < end ? text.charAt(p + 1) : ' ';
      if (Character.isLetterOrDigit(before) || Character.isDigit(after)
          || !(Character.isLetter(after) || "“\"(".indexOf(after) >= 0)) {
        continue; // a wrongly turned apostrophe (‘90s, can‘t) or a lone mark, not a quotation
      }
      if (lastCandidate == -2) {
        lastCandidate = lastSingleCloser(text, start, end, open, close);
      }
      if (lastCandidate > p) {
        continue;
      }
      if (reopened < 0) {
        reopened = nextParagraphStartsWith(walk, line, open) ? 1 : 0;
      }
      if (reopened == 0) {
        out.add(unclosed(text, p, style));
      }
    }
  }

  /**
   * The last closing candidate in {@code [start, end)}, or -1: a closing mark not followed by a
   * letter (’ between letters is an apostrophe), or the opening mark typed as a closing one (not
   * followed by a letter or digit).
   */
  private static int lastSingleCloser(String text, int start, int end, char open, char close) {
    for (int q = end - 1; q >= start; q--) {
      char m = text.charAt(q);
      if (m != close && m != open) {
        continue;
      }
      char next = q + 1 < end ? text.charAt(q + 1) : ' ';
      if (m == close ? !Character.isLetter(next) || close != '’'
          : !Character.isLetterOrDigit(next)) {
        return q;
      }
    }
    return -1;
  }

  private static boolean nextParagraphStartsWith(Walk walk, int line, char mark) {
    for (int i = line + 1; i < walk.lineCount; i++) {
      int first = walk.firstNonSpace(i);
      if (first >= 0) {
        return walk.text.charAt(first) == mark
            || first < walk.lastNonSpace(i) && walk.text.charAt(first + 1) == mark;
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
