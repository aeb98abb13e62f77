package dev.textqc.rule.kinds;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Kind {@code line-regex}: a whole line is reported (and, for boilerplate, removed) when the
 * pattern is found in it. Lines longer than {@code maxLength} are skipped, which keeps a pattern
 * meant for short furniture lines away from article paragraphs and bounds the regex work. With
 * {@code requires} (literal fragments, any case), the regex only runs on lines that contain one
 * of them: one Aho-Corasick pass replaces trying a long alternation at every position. The rules
 * of a pipeline stage share that pass ({@link #sharePrefilters}): one automaton over each line
 * answers every rule's {@code requires} at once.
 */
public final class LineRegexRule implements Rule {
  private final RuleMeta meta;
  private final Pattern pattern;
  private final int maxLength;
  private final List<String> requires;
  /** The shared prefilter this rule's fragments are part of, and the rule's bit in it. */
  private volatile Link link;

  private record Link(SharedPrefilter shared, long bit) {}

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength) {
    this(meta, pattern, maxLength, List.of());
  }

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength, List<String> requires) {
    this.meta = meta;
    this.pattern = pattern;
    this.maxLength = maxLength <= 0 ? Integer.MAX_VALUE : maxLength;
    this.requires = List.copyOf(requires);
    if (!this.requires.isEmpty()) {
      sharePrefilters(List.of(this)); // on its own until a pipeline groups it with others
    }
  }

  /**
   * Lets the line-regex rules among {@code rules} (one stage's) share one prefilter pass. Up to 64
   * rules share an automaton; a rule keeps working whatever group it is in, since its own
   * fragments are always part of it.
   */
  public static void sharePrefilters(List<? extends Rule> rules) {
    List<LineRegexRule> group = new ArrayList<>();
    for (Rule r : rules) {
      if (r instanceof LineRegexRule l && !l.requires.isEmpty()) {
        group.add(l);
        if (group.size() == Long.SIZE) {
          link(group);
          group = new ArrayList<>();
        }
      }
    }
    if (!group.isEmpty()) {
      link(group);
    }
  }

  private static void link(List<LineRegexRule> group) {
    TreeMap<String, Long> masks = new TreeMap<>();
    int maxLength = 0;
    for (int k = 0; k < group.size(); k++) {
      LineRegexRule rule = group.get(k);
      for (String f : rule.requires) {
        masks.merge(f.toLowerCase(Locale.ROOT), 1L << k, (a, b) -> a | b);
      }
      maxLength = Math.max(maxLength, rule.maxLength);
    }
    SharedPrefilter shared = new SharedPrefilter(masks, maxLength);
    for (int k = 0; k < group.size(); k++) {
      group.get(k).link = new Link(shared, 1L << k);
    }
  }

  /** One automaton over the {@code requires} fragments of a group of rules. */
  private static final class SharedPrefilter {
    private final AhoCorasickDoubleArrayTrie<Long> automaton = new AhoCorasickDoubleArrayTrie<>();
    private final int maxLength;

    SharedPrefilter(TreeMap<String, Long> masks, int maxLength) {
      automaton.build(masks);
      this.maxLength = maxLength;
    }

    /** Per line, the bits of the rules whose fragments it contains. */
    long[] scan(AnalyzedText text) {
      List<Line> lines = text.lines();
      List<String> lowerCase = text.lowerCaseLines();
      long[] out = new long[lines.size()];
      for (int i = 0; i < out.length; i++) {
        Line line = lines.get(i);
        if (line.isBlank() || line.text().length() > maxLength) {
          continue;
        }
        long[] mask = {0};
        automaton.parseText(lowerCase.get(i),
            (AhoCorasickDoubleArrayTrie.IHit<Long>) (begin, end, value) -> mask[0] |= value);
        out[i] = mask[0];
      }
      return out;
    }
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
    long[] masks = l == null ? null : text.derived(l.shared(), l.shared()::scan);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || line.text().length() > maxLength) {
        continue;
      }
      if (masks != null && (masks[i] & bit) == 0) {
        continue;
      }
      if (pattern.matcher(line.text()).find()) {
        out.accept(meta.action().edits() ? meta.annotate(LineRemoval.span(lines, i))
            : meta.annotate(line.content()));
      }
    }
  }
}
