package dev.textqc.detect.html;

import dev.textqc.document.Document;
import dev.textqc.document.Line;
import dev.textqc.document.Lines;
import dev.textqc.document.PageStructure;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Detector {@code html-structure}: removes the lines of an HTML page whose place on the page says
 * they are furniture (see {@link MainContentClassifier}): outside the article container, under a
 * share bar or related-links box, or mostly links. Works only on documents that carry a
 * {@link PageStructure} (HTML input); plain text is left to the line rules.
 *
 * <p>Keys: {@code threshold} (remove a line whose boilerplate score reaches it; default 0.5),
 * {@code negativeHints}, {@code positiveHints} (class/id words), {@code negativeTags} and
 * {@code utilityPrefixes} (first words of style utility classes, whose words are no hints), and
 * {@code headlineMessage}: the message, with type {@code page-title}, for the top heading that
 * repeats the page title, which article bodies leave out (the rule's own message names menus
 * and sidebars, which would mislead there).
 */
public final class HtmlStructureDetector implements DetectorFactory {

  @Override
  public String name() {
    return "html-structure";
  }

  @Override
  public Set<String> keys() {
    return Set.of("threshold", "negativeHints", "positiveHints", "negativeTags",
        "utilityPrefixes", "headlineMessage");
  }

  @Override
  public Rule create(RuleMeta meta, RuleParams params) {
    double threshold = params.number("threshold", 0.5);
    if (threshold <= 0 || threshold > 1) {
      throw params.error("threshold", "must be in (0, 1], got " + threshold);
    }
    StructureHints hints = new StructureHints(new HashSet<>(params.strings("negativeHints")),
        new HashSet<>(params.strings("positiveHints")),
        new HashSet<>(params.strings("negativeTags")),
        new HashSet<>(params.strings("utilityPrefixes")));
    return new StructureRule(meta, hints, threshold, params.string("headlineMessage", null),
        new ThreadLocal<>());
  }

  /** The scores of the page a thread judged last, with the lines they belong to. */
  private record Judged(PageStructure page, String text, List<Line> original,
      MainContentClassifier.Judgement judgement) {}

  /**
   * @param last the pipeline runs its stages again (up to three rounds) over the same document;
   *     the page and its scores do not change between rounds, so each thread keeps the last page
   *     it judged instead of classifying it again (bounded: one page per thread)
   */
  private record StructureRule(RuleMeta meta, StructureHints hints, double threshold,
      String headlineMessage, ThreadLocal<Judged> last) implements Rule {

    @Override
    public void check(AnalyzedText text, Consumer<Annotation> out) {
      Document doc = text.document();
      PageStructure page = doc.structure();
      if (page == null) {
        return;
      }
      Judged judged = last.get();
      if (judged == null || judged.page() != page || judged.text() != doc.text()) {
        List<Line> lines = Lines.of(doc.text());
        if (lines.size() != page.blocks().size()) {
          return; // the text no longer matches its structure: judge nothing rather than guess
        }
        judged = new Judged(page, doc.text(), lines, MainContentClassifier.judge(page,
            lines.stream().map(Line::text).toList(), hints, doc.metadata().get("title")));
        last.set(judged);
      }
      List<Line> original = judged.original();
      double[] scores = judged.judgement().scores();
      java.util.BitSet titles = judged.judgement().titles();
      List<Line> current = text.lines();
      int[] map = align(original, current);
      for (int i = 0; i < current.size(); i++) {
        if (map[i] >= 0 && !current.get(i).isBlank() && scores[map[i]] >= threshold) {
          Annotation a = meta.annotate(LineRemoval.span(current, i));
          if (headlineMessage != null && titles.get(map[i])) {
            a = a.withType("page-title").withMessage(headlineMessage);
          }
          out.accept(a);
        }
      }
    }

    /**
     * Which original line each current line is. Earlier stages may have fixed characters inside
     * lines (same line count: line i is line i) or removed whole lines (then match in order).
     */
    private static int[] align(List<Line> original, List<Line> current) {
      int[] map = new int[current.size()];
      if (original.size() == current.size()) {
        for (int i = 0; i < map.length; i++) {
          map[i] = i;
        }
        return map;
      }
      int j = 0;
      for (int i = 0; i < current.size(); i++) {
        String t = current.get(i).text();
        int k = j;
        while (k < original.size() && !original.get(k).text().equals(t)) {
          k++;
        }
        if (k == original.size()) {
          map[i] = -1;
        } else {
          map[i] = k;
          j = k + 1;
        }
      }
      return map;
    }
  }
}
