package dev.textqc.detect.garbled;

import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A fragment left standing as a sentence inside a paragraph: "Were.", "Ready. Status.", "Note
 * Monday evening." Translation through a pivot language cuts clauses into pieces and leaves the
 * pieces with a capital and a full stop. A sentence of at most {@code maxWords} words that is not
 * the first of its paragraph, ends with a full stop, has no digits and holds none of the words
 * that make a short sentence complete ("It is.", "Not yet.", "Yes.": pronouns, answers, negation,
 * listed in a file) is reported. Headlines and datelines stand on their own lines, so they are
 * never the second sentence of a paragraph. Flag only: the missing words cannot be recovered.
 */
public record FragmentSentenceDetector(RuleMeta meta, SentenceSplitter splitter,
    Set<String> completeWords, int maxWords) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("fragment-sentence",
        Set.of("abbreviations", "abbreviationsFile", "completeWords", "completeWordsFile",
            "maxWords"),
        (meta, params) -> new FragmentSentenceDetector(meta,
            new SentenceSplitter(DetectorSupport.wordSet(params, "abbreviations")),
            DetectorSupport.wordSet(params, "completeWords"), params.integer("maxWords", 3)));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    for (Sentence s : splitter.sentences(text)) {
      if (s.index() == 0 || s.endMark() != '.' || s.text().endsWith("..")) {
        continue;
      }
      List<String> words = s.words();
      if (words.isEmpty() || words.size() > maxWords || DetectorSupport.hasDigit(words)
          || !DetectorSupport.isCapitalized(words.get(0))) {
        continue;
      }
      boolean complete = false;
      for (String w : words) {
        complete |= completeWords.contains(stem(w)) || DetectorSupport.isAllUpper(w)
            || stem(w).length() < w.length(); // a contraction ("It's", "We're") holds a verb
      }
      if (!complete) {
        out.accept(meta.annotate(s.span()));
      }
    }
  }

  /** The word lower-cased, without a contraction ending ("It's" -> "it"). */
  private static String stem(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
    return apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
  }
}
