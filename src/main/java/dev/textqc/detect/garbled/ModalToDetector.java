package dev.textqc.detect.garbled;

import dev.textqc.document.Chars;
import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A modal verb followed by "to": "would to reduce", "could “to share”". English modals never take
 * "to", so the clause lost its verb or kept a calque of the source. The modals are listed in the
 * rule file; "ought to" and the noun "will" ("the will to win") are not listed. The scan jumps from
 * one " to " to the next with {@code indexOf} and looks back for a modal, which keeps it far
 * faster than a regular expression tried at every position. Flag only.
 */
public record ModalToDetector(RuleMeta meta, WordSet modals) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("modal-to", Set.of("modals"),
        (meta, params) -> new ModalToDetector(meta,
            new WordSet(DetectorSupport.wordSet(params, "modals"))));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    String s = text.text();
    // the reads around each " to " go to the text's char copy: charAt loops here were compiled
    // for the coder of the first texts (Latin-1) and sent back to the compiler by the first
    // UTF-16 one, four times a 200 MB run (JFR: profile_predicate deoptimisations)
    char[] c = text.chars();
    for (int to = s.indexOf("to ", 1); to >= 0; to = s.indexOf("to ", to + 3)) {
      int before = to;
      if (before > 0 && isOpeningQuote(c[before - 1])) {
        before--;
      }
      if (before == 0 || (c[before - 1] != ' ' && c[before - 1] != '\t')) {
        continue;
      }
      int modalEnd = before - 1;
      while (modalEnd > 0 && (c[modalEnd - 1] == ' ' || c[modalEnd - 1] == '\t')) {
        modalEnd--;
      }
      int modalStart = modalEnd;
      while (modalStart > 0 && Chars.isLetter(c[modalStart - 1])) {
        modalStart--;
      }
      if (modalStart == modalEnd || !Character.isLowerCase(c[modalStart])
          || !modals.contains(c, modalStart, modalEnd)) {
        continue;
      }
      int verb = to + 3;
      int verbEnd = verb;
      while (verbEnd < c.length && Character.isLowerCase(c[verbEnd])) {
        verbEnd++;
      }
      if (verbEnd > verb) {
        out.accept(meta.annotate(new Span(modalStart, verbEnd)));
      }
    }
  }

  private static boolean isOpeningQuote(char c) {
    return c == '“' || c == '"' || c == '‘';
  }
}
