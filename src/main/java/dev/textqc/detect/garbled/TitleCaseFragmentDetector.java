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
 * A headline in title case run into a paragraph as if it were a sentence: "Time is Running Out."
 * Scrapers and translation tools merge a sub-heading with the paragraph around it. A short sentence
 * inside a multi-sentence paragraph in which every word of four or more letters is capitalised and
 * at least one small word that is only capitalised in titles ("Out", "Is", "Of", listed in a file)
 * carries a capital is reported. Names ("Joe Biden met Vladimir Putin.") have lower-case verbs and
 * keep their small words lower case ("Council of Europe"), so they stay alone. Flag only.
 */
public record TitleCaseFragmentDetector(RuleMeta meta, SentenceSplitter splitter,
    Set<String> titleWords, int maxWords) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("title-case-fragment",
        Set.of("abbreviations", "abbreviationsFile", "titleWords", "titleWordsFile", "maxWords"),
        (meta, params) -> new TitleCaseFragmentDetector(meta,
            new SentenceSplitter(DetectorSupport.wordSet(params, "abbreviations")),
            DetectorSupport.wordSet(params, "titleWords"), params.integer("maxWords", 8)));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    for (Sentence s : splitter.sentences(text)) {
      // at most maxWords words of modest length: skip tokenising long sentences
      if (s.count() < 2 || s.text().length() > maxWords * 16 || s.endMark() != '.') {
        continue;
      }
      List<String> words = s.words();
      if (words.size() < 3 || words.size() > maxWords || DetectorSupport.hasDigit(words)) {
        continue;
      }
      boolean titleCase = true;
      boolean capitalTitleWord = false;
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (DetectorSupport.isAllUpper(w) && w.length() > 1) {
          titleCase = false; // acronyms: a different kind of line
        }
        if (w.length() >= 4 && !DetectorSupport.isCapitalized(w)) {
          titleCase = false;
        }
        if (i > 0 && DetectorSupport.isCapitalized(w)
            && titleWords.contains(w.toLowerCase(Locale.ROOT))) {
          capitalTitleWord = true;
        }
      }
      if (titleCase && capitalTitleWord) {
        out.accept(meta.annotate(s.span()));
      }
    }
  }
}
