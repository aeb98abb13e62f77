package dev.textqc.detect.garbled;

import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stray punctuation after a closed quotation: “… to confirm.” , or “… of pride.” . Next. A comma,
 * full stop or semicolon standing alone after a quotation that already ended its sentence is a
 * remnant of reordering in translation; the sentence around it is usually damaged too, so this
 * flags rather than fixes. Spaced ellipses (". . .") are typography and stay. One pass.
 */
public record StrayPunctuationDetector(RuleMeta meta) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("stray-punctuation", Set.of(),
        (meta, params) -> new StrayPunctuationDetector(meta));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    String s = text.text();
    int n = s.length();
    // from each closing quote: a sentence end before it, a lone mark after it
    Scan.Occurrences quotes = new Scan.Occurrences(s, '”', '"', '’', '»');
    for (int q = quotes.from(0); q >= 0; q = quotes.from(q + 1)) {
      int i = q - 1;
      if (i < 0 || i + 3 >= n) {
        continue;
      }
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int k = Scan.spaces(s, i + 2);
      if (k == i + 2 || k >= n) {
        continue;
      }
      char stray = s.charAt(k);
      if (stray != ',' && stray != '.' && stray != ';') {
        continue;
      }
      boolean alone = k + 1 == n || Character.isWhitespace(s.charAt(k + 1));
      int after = Scan.spaces(s, k + 1);
      boolean ellipsis = stray == '.' && after < n && s.charAt(after) == '.';
      if (alone && !ellipsis) {
        out.accept(meta.annotate(new Span(i, k + 1)));
      }
    }
  }

  private static boolean isClosingQuote(char c) {
    return c == '”' || c == '"' || c == '’' || c == '»';
  }
}
