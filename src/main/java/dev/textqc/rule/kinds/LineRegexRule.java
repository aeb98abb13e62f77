package dev.textqc.rule.kinds;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Kind {@code line-regex}: a whole line is reported (and, for boilerplate, removed) when the
 * pattern is found in it. Lines longer than {@code maxLength} are skipped, which keeps a pattern
 * meant for short furniture lines away from article paragraphs and bounds the regex work. With
 * {@code requires} (literal fragments, any case), the regex only runs on lines that contain one
 * of them: one Aho-Corasick pass replaces trying a long alternation at every position.
 */
public final class LineRegexRule implements Rule {
  private final RuleMeta meta;
  private final Pattern pattern;
  private final int maxLength;
  private final AhoCorasickDoubleArrayTrie<Boolean> prefilter;

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength) {
    this(meta, pattern, maxLength, List.of());
  }

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength, List<String> requires) {
    this.meta = meta;
    this.pattern = pattern;
    this.maxLength = maxLength <= 0 ? Integer.MAX_VALUE : maxLength;
    this.prefilter = requires.isEmpty() ? null : automaton(requires);
  }

  private static AhoCorasickDoubleArrayTrie<Boolean> automaton(List<String> fragments) {
    TreeMap<String, Boolean> map = new TreeMap<>();
    for (String f : fragments) {
      map.put(f.toLowerCase(Locale.ROOT), Boolean.TRUE);
    }
    AhoCorasickDoubleArrayTrie<Boolean> trie = new AhoCorasickDoubleArrayTrie<>();
    trie.build(map);
    return trie;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    List<Line> lines = text.lines();
    List<String> lowerCase = prefilter == null ? null : text.lowerCaseLines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || line.text().length() > maxLength) {
        continue;
      }
      if (prefilter != null && !prefilter.matches(lowerCase.get(i))) {
        continue;
      }
      if (pattern.matcher(line.text()).find()) {
        out.accept(meta.action().edits() ? meta.annotate(LineRemoval.span(lines, i))
            : meta.annotate(line.content()));
      }
    }
  }
}
