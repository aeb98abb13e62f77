package dev.textqc.rule.kinds;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.LineScan;
import dev.textqc.rule.PhraseMatcher;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.TextNormalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Kind {@code line-phrases}: a whole line is boilerplate when its normalised form (see
 * {@link TextNormalizer}) equals a phrase ({@code match: exact}), starts with one
 * ({@code prefix}) or contains one as whole words ({@code contains}), via {@link PhraseMatcher}.
 * The phrase rules and line-regex prefilters of a stage share one {@link LineScan}, which names
 * each rule's candidate lines: a rule only normalises and tests those, so prose lines that hold
 * none of its phrases (or are longer than its {@code maxWords}) cost it nothing.
 */
public final class LinePhrasesRule implements LineScan.Participant {

  public enum Match { EXACT, PREFIX, CONTAINS }

  private final RuleMeta meta;
  private final Match match;
  private final PhraseMatcher phrases;
  private final int maxWords;
  /** The scan this rule's phrases are part of. */
  private final LineScan.Membership membership = new LineScan.Membership(this);

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
  public List<LineScan.Member> scanMembers() {
    List<String> literals = new ArrayList<>(phrases.phrases());
    if (literals.isEmpty()) {
      return List.of();
    }
    return List.of(switch (match) {
      case EXACT -> new LineScan.Member(literals, List.of(), 0, 0, phrases.maxPhraseLength());
      case PREFIX, CONTAINS -> new LineScan.Member(literals, List.of(), 0, maxWords, 0);
    });
  }

  @Override
  public void useScan(LineScan scan, long bits) {
    membership.set(scan, bits);
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    List<Line> lines = text.lines();
    LineScan.Link l = membership.link();
    if (l != null) {
      LineScan.Result scan = text.derived(l.scan(), l.scan()::run);
      for (int i : scan.candidates(l.bits())) {
        String n = scan.normalized(i);
        if (!n.isEmpty() && matches(n)) {
          out.accept(meta.annotate(LineRemoval.span(lines, i)));
        }
      }
      return;
    }
    List<String> normalized = text.normalizedLines();
    for (int i = 0; i < lines.size(); i++) {
      if (text.settled(i)) {
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
    return switch (match) {
      case EXACT -> phrases.equalsAny(n) || arrowed(n) && phrases.equalsAny(n.substring(2));
      case PREFIX -> !exceedsWords(n, maxWords) && phrases.startsWithAny(n);
      case CONTAINS -> !exceedsWords(n, maxWords) && phrases.containsAny(n);
    };
  }

  /**
   * Whether the normalised line starts with a quote mark, a space and text with no other quote
   * mark: what a line led by a list arrow ("» Publicidade", "« Retour") becomes once the
   * normaliser folds « and » to '"'. Only whole-line phrases read past it: "» Advertisement"
   * is the ad marker a site sets off with an arrow, while a quoted word stays a quotation.
   */
  private static boolean arrowed(String n) {
    return n.length() > 2 && n.charAt(0) == '"' && n.charAt(1) == ' ' && n.indexOf('"', 2) < 0;
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
