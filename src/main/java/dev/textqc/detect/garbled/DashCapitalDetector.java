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
 * A clause cut off after a sentence end and opened with a dash and a capital: "the failure of the
 * decade”. – Wants to rebuild the union". Translation turns a dash-introduced clause into a new
 * "sentence". A sentence end, optional closing quote, a dash between spaces and a capitalised word
 * followed by a lower-case word is reported; an attribution after a quote ("– John Smith") has no
 * lower-case word after the name and stays alone. One pass over the text. Flag only.
 */
public record DashCapitalDetector(RuleMeta meta) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("dash-capital", Set.of(),
        (meta, params) -> new DashCapitalDetector(meta));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    String s = text.text();
    int n = s.length();
    // from each dash back to the sentence end before it: ". – ", "!” — ", ". - "
    Scan.Occurrences dashes = new Scan.Occurrences(s, '-', '–', '—');
    for (int k = dashes.from(0); k >= 0; k = dashes.from(k + 1)) {
      int j = Scan.spacesBefore(s, k);
      if (j == k || j == 0) {
        continue;
      }
      int i = j - 1;
      if (SentenceSplitter.isCloser(s.charAt(i))) {
        i--;
      }
      if (i < 0) {
        continue;
      }
      char c = s.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int word = Scan.spaces(s, k + 1);
      if (word == k + 1 || word >= n || !Character.isUpperCase(s.charAt(word))) {
        continue;
      }
      int wordEnd = Scan.lower(s, word + 1);
      if (wordEnd == word + 1) {
        continue;
      }
      int next = Scan.spaces(s, wordEnd);
      int nextEnd = Scan.lower(s, next);
      if (next > wordEnd && nextEnd - next >= 2) {
        out.accept(meta.annotate(new Span(i, nextEnd)));
      }
    }
  }
}
