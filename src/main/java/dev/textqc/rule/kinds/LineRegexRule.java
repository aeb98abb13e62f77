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
      if (pattern.matcher(line.text()).find()) {
        out.accept(meta.action().edits() ? meta.annotate(LineRemoval.span(lines, i))
            : meta.annotate(line.content()));
      }
    }
  }
}
