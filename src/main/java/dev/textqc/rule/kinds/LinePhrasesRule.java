package dev.textqc.rule.kinds;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.PhraseMatcher;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.TextNormalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Kind {@code line-phrases}: a whole line is boilerplate when its normalised form (see
 * {@link TextNormalizer}) equals a phrase ({@code match: exact}), starts with one
 * ({@code prefix}) or contains one as whole words ({@code contains}), via {@link PhraseMatcher}.
 */
public final class LinePhrasesRule implements Rule {

  public enum Match { EXACT, PREFIX, CONTAINS }

  private final RuleMeta meta;
  private final Match match;
  private final PhraseMatcher phrases;
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
    this.phrases = new PhraseMatcher(normalized);
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
      String n = normalized.get(i);
      if (n.isEmpty() || !matches(n)) {
        continue;
      }
      out.accept(meta.annotate(LineRemoval.span(lines, i)));
    }
  }

  boolean matches(String n) {
    return switch (match) {
      case EXACT -> phrases.equalsAny(n);
      case PREFIX -> !exceedsWords(n, maxWords) && phrases.startsWithAny(n);
      case CONTAINS -> !exceedsWords(n, maxWords) && phrases.containsAny(n);
    };
  }

  // normalised lines have single spaces between words; stop counting once over the limit
  private static boolean exceedsWords(String n, int max) {
    if (max == Integer.MAX_VALUE) {
      return false;
    }
    int words = 1;
    for (int i = n.indexOf(' '); i >= 0; i = n.indexOf(' ', i + 1)) {
      if (++words > max) {
        return true;
      }
    }
    return false;
  }
}
