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
    Sentences sentences = splitter.offsets(text);
    for (int k = 0; k < sentences.size(); k++) {
      String word;
      if (sentences.index(k) == 0 || (word = bareWord(sentences, k)) == null) {
        continue;
      }
      String stem = stem(word);
      boolean cannotStandAlone = fragmentWords.contains(stem);
      boolean inARun = !completeWords.contains(stem) && !readsComplete(List.of(word))
          && (isLoneWordNeighbour(sentences, k, k - 1) || isLoneWordNeighbour(sentences, k, k + 1));
      if (cannotStandAlone || inARun) {
        out.accept(meta.annotate(sentences.span(k)));
      }
    }
  }

  /**
   * The word of a sentence of one capitalised word of letters ending with a single full stop, or
   * null. The checks go from cheapest to dearest: length, end mark, then one word.
   */
  private static String bareWord(Sentences sentences, int k) {
    // a one-word sentence is short: skip tokenising the long ones
    int end = sentences.end(k);
    if (sentences.length(k) > MAX_WORD_SENTENCE || sentences.endMark(k) != '.') {
      return null;
    }
    String t = sentences.text();
    if (end - 2 >= sentences.start(k) && t.charAt(end - 1) == '.' && t.charAt(end - 2) == '.') {
      return null;
    }
    int from = sentences.nextWord(k, sentences.start(k));
    if (from == end || !Character.isUpperCase(t.charAt(from))) {
      return null;
    }
    int to = sentences.wordEnd(k, from);
    if (sentences.nextWord(k, to) != end) {
      return null; // more than one word
    }
    String word = t.substring(from, to);
    return !DetectorSupport.hasDigit(List.of(word)) && !DetectorSupport.isAllUpper(word)
        && stem(word).length() == word.length() ? word : null;
  }

  private boolean isLoneWordNeighbour(Sentences sentences, int k, int j) {
    if (j < 0 || j >= sentences.size() || sentences.line(j) != sentences.line(k)) {
      return false;
    }
    String word = bareWord(sentences, j);
    return word != null && !completeWords.contains(stem(word)) && !readsComplete(List.of(word));
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
