package dev.textqc.detect.garbled;

import dev.textqc.document.Chars;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
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
    WordSet titleWords, int maxWords) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("title-case-fragment",
        Set.of("abbreviations", "abbreviationsFile", "titleWords", "titleWordsFile", "maxWords"),
        (meta, params) -> new TitleCaseFragmentDetector(meta,
            new SentenceSplitter(DetectorSupport.wordSet(params, "abbreviations")),
            new WordSet(DetectorSupport.wordSet(params, "titleWords")),
            params.integer("maxWords", 8)));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    Sentences sentences = splitter.offsets(text);
    String t = sentences.text();
    for (int k = 0; k < sentences.size(); k++) {
      // at most maxWords words of modest length: skip tokenising long sentences
      if (sentences.count(k) < 2 || sentences.length(k) > maxWords * 16
          || sentences.endMark(k) != '.' || !titleCase(sentences, k)) {
        continue;
      }
      // a small word past the first that only takes a capital in titles
      boolean capitalTitleWord = false;
      int i = sentences.nextWord(k, sentences.start(k));
      i = sentences.nextWord(k, sentences.wordEnd(k, i));
      while (i < sentences.end(k) && !capitalTitleWord) {
        int to = sentences.wordEnd(k, i);
        capitalTitleWord = Character.isUpperCase(t.charAt(i)) && titleWords.contains(t, i, to);
        i = sentences.nextWord(k, to);
      }
      if (capitalTitleWord) {
        out.accept(meta.annotate(sentences.span(k)));
      }
    }
  }

  /**
   * Whether the sentence has between 3 and {@code maxWords} words, no digit, no acronym and no
   * word of four or more letters that is not capitalised. Stops at the first word that fails.
   */
  private boolean titleCase(Sentences sentences, int k) {
    String t = sentences.text();
    int end = sentences.end(k);
    int words = 0;
    for (int i = sentences.nextWord(k, sentences.start(k)); i < end; ) {
      int to = sentences.wordEnd(k, i);
      if (++words > maxWords) {
        return false;
      }
      boolean capitalized = Character.isUpperCase(t.charAt(i));
      if (to - i >= 4 && !capitalized) {
        return false;
      }
      boolean lower = false;
      boolean letter = false;
      for (int j = i; j < to; j++) {
        char c = t.charAt(j);
        if (Chars.isDigit(c)) {
          return false;
        }
        lower |= Character.isLowerCase(c);
        letter |= Chars.isLetter(c);
      }
      if (!lower && letter && to - i > 1) {
        return false; // acronyms: a different kind of line
      }
      i = sentences.nextWord(k, to);
    }
    return words >= 3;
  }
}
