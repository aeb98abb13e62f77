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
 * A fragment left standing as a sentence inside a paragraph: "Were.", "Ready. Status." Translation
 * through a pivot language cuts clauses into pieces and leaves the pieces with a capital and a full
 * stop. Writers use short sentences on purpose too ("Weird.", "Really hard.", "Problem solved."),
 * so only two shapes are reported, never as the first sentence of a paragraph (headlines and
 * datelines stand on their own lines): a one-word sentence whose word cannot stand alone (an
 * auxiliary, preposition or article, listed in the rule file as {@code fragmentWords}), and two or
 * more one-word sentences in a row ("Ready. Status.") whose words are not among the words that
 * make a short sentence complete ("Yes. Exactly.", listed as {@code completeWords}). Flag only:
 * the missing words cannot be recovered.
 */
public record FragmentSentenceDetector(RuleMeta meta, SentenceSplitter splitter,
    Set<String> completeWords, Set<String> fragmentWords) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("fragment-sentence",
        Set.of("abbreviations", "abbreviationsFile", "completeWords", "completeWordsFile",
            "fragmentWords", "fragmentWordsFile"),
        (meta, params) -> new FragmentSentenceDetector(meta,
            new SentenceSplitter(DetectorSupport.wordSet(params, "abbreviations")),
            DetectorSupport.wordSet(params, "completeWords"),
            DetectorSupport.wordSet(params, "fragmentWords")));
  }

  private static final int MAX_WORD_SENTENCE = 32;

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    List<Sentence> sentences = splitter.sentences(text);
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.index() == 0 || !isBareWord(s)) {
        continue;
      }
      String word = stem(s.words().get(0));
      boolean cannotStandAlone = fragmentWords.contains(word);
      boolean inARun = !completeWords.contains(word) && !readsComplete(s.words())
          && (isLoneWordNeighbour(sentences, k, k - 1) || isLoneWordNeighbour(sentences, k, k + 1));
      if (cannotStandAlone || inARun) {
        out.accept(meta.annotate(s.span()));
      }
    }
  }

  /** A sentence of one capitalised word of letters ending with a single full stop. */
  private static boolean isBareWord(Sentence s) {
    // a one-word sentence is short: skip tokenising the long ones
    if (s.text().length() > MAX_WORD_SENTENCE || s.endMark() != '.' || s.text().endsWith("..")) {
      return false;
    }
    List<String> words = s.words();
    return words.size() == 1 && !DetectorSupport.hasDigit(words)
        && DetectorSupport.isCapitalized(words.get(0)) && !DetectorSupport.isAllUpper(words.get(0))
        && stem(words.get(0)).length() == words.get(0).length();
  }

  private boolean isLoneWordNeighbour(List<Sentence> sentences, int k, int j) {
    if (j < 0 || j >= sentences.size() || sentences.get(j).line() != sentences.get(k).line()) {
      return false;
    }
    Sentence n = sentences.get(j);
    return isBareWord(n) && !completeWords.contains(stem(n.words().get(0)))
        && !readsComplete(n.words());
  }

  /**
   * Short sentences that writers use on purpose: an adverb ("Really hard.", "Possibly."), a
   * participle closing the sentence ("Problem solved.", "All rights reserved."), or a determiner,
   * noun and verb ("The model spread.").
   */
  private static boolean readsComplete(List<String> words) {
    for (String w : words) {
      if (w.length() > 3 && w.toLowerCase(Locale.ROOT).endsWith("ly")) {
        return true;
      }
    }
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    if (words.size() > 1 && last.length() > 3 && last.endsWith("ed")) {
      return true;
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    return words.size() == 3 && (first.equals("the") || first.equals("a") || first.equals("an")
        || first.equals("his") || first.equals("her") || first.equals("their")
        || first.equals("our") || first.equals("my") || first.equals("its"));
  }

  /** The word lower-cased, without a contraction ending ("It's" -> "it"). */
  private static String stem(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    int apostrophe = Math.max(lower.indexOf('\''), lower.indexOf('’'));
    return apostrophe > 0 ? lower.substring(0, apostrophe) : lower;
  }
}
