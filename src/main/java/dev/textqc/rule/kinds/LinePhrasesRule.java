package dev.textqc.rule.kinds;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.TextNormalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Kind {@code line-phrases}: a whole line is boilerplate when its normalised form (see
 * {@link TextNormalizer}) equals a phrase ({@code match: exact}), starts with one
 * ({@code prefix}) or contains one as whole words ({@code contains}). Prefix and contains matching
 * use one Aho-Corasick automaton over all phrases, so the cost does not grow with the list.
 */
public final class LinePhrasesRule implements Rule {

  public enum Match { EXACT, PREFIX, CONTAINS }

  private final RuleMeta meta;
  private final Match match;
  private final Set<String> exact;
  private final Trie trie;
  private final int maxWords;

  public LinePhrasesRule(RuleMeta meta, Collection<String> phrases, Match match, int maxWords) {
    this.meta = meta;
    this.match = match;
    this.maxWords = maxWords <= 0 ? Integer.MAX_VALUE : maxWords;
    Set<String> normalized = new HashSet<>();
    for (String p : phrases) {
      String n = TextNormalizer.normalize(p);
      if (!n.isEmpty()) {
        normalized.add(n);
      }
    }
    this.exact = Set.copyOf(normalized);
    this.trie = match == Match.EXACT ? null
        : Trie.builder().onlyWholeWords().addKeywords(normalized).build();
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    List<Line> lines = text.lines();
    List<String> normalized = text.normalizedLines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String n = normalized.get(i);
      if (n.isEmpty() || !matches(n)) {
        continue;
      }
      out.accept(meta.annotate(LineRemoval.span(lines, i)));
    }
  }

  boolean matches(String n) {
    if (match == Match.EXACT) {
      return exact.contains(n);
    }
    if (wordCount(n) > maxWords) {
      return false;
    }
    if (match == Match.PREFIX) {
      Emit first = trie.firstMatch(n);
      if (first == null) {
        return false;
      }
      for (Emit e : trie.parseText(n)) {
        if (e.getStart() == 0) {
          return true;
        }
      }
      return false;
    }
    return trie.containsMatch(n);
  }

  private static int wordCount(String n) {
    int words = 1;
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }
}
