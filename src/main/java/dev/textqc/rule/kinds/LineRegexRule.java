package dev.textqc.rule.kinds;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.LineScan;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Kind {@code line-regex}: a whole line is reported (and, for boilerplate, removed) when the
 * pattern is found in it. Lines longer than {@code maxLength} are skipped, which keeps a pattern
 * meant for short furniture lines away from article paragraphs and bounds the regex work. With
 * {@code requires} (literal fragments, any case), the regex only runs on lines that contain one
 * of them: one Aho-Corasick pass replaces trying a long alternation at every position. The rules
 * of a pipeline stage share that pass ({@link #sharePrefilters}) with each other and with the
 * stage's phrase rules: one {@link LineScan} over the text answers every rule's {@code requires}
 * at once.
 */
public final class LineRegexRule implements LineScan.Participant {
  private final RuleMeta meta;
  private final Pattern pattern;
  private final int maxLength;
  private final List<String> requires;
  private final List<String> lowerCaseRequires;
  /** Every alternative starts with ^: a match can only start at the line's start. */
  private final boolean anchored;
  /** The shared prefilter this rule's fragments are part of, and the rule's bit in it. */
  private volatile Link link;

  private record Link(LineScan scan, long bit) {}

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength) {
    this(meta, pattern, maxLength, List.of());
  }

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength, List<String> requires) {
    this.meta = meta;
    this.pattern = pattern;
    this.maxLength = maxLength <= 0 ? Integer.MAX_VALUE : maxLength;
    this.requires = List.copyOf(requires);
    this.anchored = startAnchored(pattern);
    this.lowerCaseRequires = requires.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    if (!this.requires.isEmpty()) {
      LineScan.share(List.of(this)); // on its own until a pipeline groups it with others
    }
  }

  /**
   * Lets the line rules among {@code rules} (one stage's) share one scan over the text: the
   * {@code requires} fragments of the line-regex rules and the phrases of the line-phrases rules
   * go into one automaton ({@link LineScan}), up to 64 rules per scan. A rule keeps working
   * whatever group it is in, since its own literals are always part of it.
   */
  public static void sharePrefilters(List<? extends Rule> rules) {
    LineScan.share(rules);
  }

  @Override
  public LineScan.Member scanMember() {
    return requires.isEmpty() ? null
        : new LineScan.Member(List.of(), requires, maxLength, 0, 0);
  }

  @Override
  public void useScan(LineScan scan, long bit) {
    this.link = scan == null ? null : new Link(scan, bit);
  }

  /**
   * Whether every top-level alternative of the pattern starts with {@code ^} (without MULTILINE
   * or COMMENTS, and without inline flags): then {@code find()} can only succeed at index 0, and
   * {@code lookingAt()} gives the same answer without trying the pattern at every position.
   */
  static boolean startAnchored(Pattern pattern) {
    String p = pattern.pattern();
    if ((pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0
        || p.isEmpty()) {
      return false;
    }
    int depth = 0;
    int classes = 0;
    boolean altStart = true;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (altStart && c != '^') {
        return false;
      }
      altStart = false;
      if (c == '\\') {
        if (i + 1 < p.length() && (p.charAt(i + 1) == 'Q')) {
          return false; // a quoted section: not worth parsing
        }
        i++;
      } else if (c == '[') {
        classes++;
      } else if (c == ']' && classes > 0) {
        classes--;
      } else if (classes == 0) {
        if (c == '(') {
          if (i + 2 < p.length() && p.charAt(i + 1) == '?' && p.charAt(i + 2) != ':') {
            // inline flags, lookaround, named groups: keep find()
            if (!(p.charAt(i + 2) == '<' && i + 3 < p.length() && Character.isLetter(p.charAt(i + 3)))) {
              return false;
            }
          }
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          altStart = true;
        }
      }
    }
    return !altStart;
  }

  private boolean holdsFragment(String lowerCaseLine) {
    for (String f : lowerCaseRequires) {
      if (lowerCaseLine.contains(f)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    List<Line> lines = text.lines();
    Link l = link;
    long bit = l == null ? 0 : l.bit();
    LineScan.Result scan = l == null ? null : text.derived(l.scan(), l.scan()::run);
    for (int i = 0; i < lines.size(); i++) {
      // the scan (when there is one) rules out most lines before the line is looked at
      if (scan != null && (scan.mask(i) & bit) == 0) {
        continue;
      }
      Line line = lines.get(i);
      if (line.isBlank() || line.text().length() > maxLength) {
        continue;
      }
      // the scan reads text folded and single-spaced: the fragment must be in the lower-cased line
      if (!lowerCaseRequires.isEmpty() && !holdsFragment(
          scan != null ? scan.lowerCase(i) : line.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      java.util.regex.Matcher m = pattern.matcher(line.text());
      if (anchored ? m.lookingAt() : m.find()) {
        out.accept(meta.action().edits() ? meta.annotate(LineRemoval.span(lines, i))
            : meta.annotate(line.content()));
      }
    }
  }
}
