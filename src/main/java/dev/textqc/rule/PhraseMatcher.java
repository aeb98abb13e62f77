package dev.textqc.rule;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whole-word phrase matching over normalised text (see {@link TextNormalizer}). Containment runs
 * one Aho-Corasick automaton (a double-array trie: flat int arrays, no boxing) over the text, so
 * the cost is one pass whatever the size of the list; equality and prefix tests are hash lookups.
 */
public final class PhraseMatcher {
  private final Set<String> phrases;
  private final AhoCorasickDoubleArrayTrie<Boolean> automaton;
  /** The first word of every phrase. */
  private final Set<String> firstWords;
  private final int maxPhraseWords;
  private final int maxPhraseLength;

  public PhraseMatcher(Collection<String> normalisedPhrases) {
    this.phrases = Set.copyOf(new HashSet<>(normalisedPhrases));
    TreeMap<String, Boolean> map = new TreeMap<>();
    int words = 0;
    int length = 0;
    for (String p : phrases) {
      map.put(p, Boolean.TRUE);
      words = Math.max(words, p.split(" ").length);
      length = Math.max(length, p.length());
    }
    this.automaton = new AhoCorasickDoubleArrayTrie<>();
    if (!map.isEmpty()) {
      automaton.build(map);
    }
    this.maxPhraseWords = words;
    Set<String> first = new HashSet<>();
    for (String p : phrases) {
      int space = p.indexOf(' ');
      first.add(space < 0 ? p : p.substring(0, space));
    }
    this.firstWords = Set.copyOf(first);
    this.maxPhraseLength = length;
  }

  /** The phrases, in normal form. */
  public Set<String> phrases() {
    return phrases;
  }

  /** The length of the longest phrase. */
  public int maxPhraseLength() {
    return maxPhraseLength;
  }

  public boolean equalsAny(String n) {
    return n.length() <= maxPhraseLength && phrases.contains(n);
  }

  /** Whether the text starts with a phrase that ends at a word boundary. */
  public boolean startsWithAny(String n) {
    if (!startsWithFirstWord(n)) {
      return false;
    }
    int words = 0;
    int i = 0;
    while (words < maxPhraseWords && i <= n.length()) {
      int space = n.indexOf(' ', i);
      int end = space < 0 ? n.length() : space;
      words++;
      if (end > maxPhraseLength) {
        return false;
      }
      String head = n.substring(0, end);
      if (phrases.contains(head) || (end > 0 && !Character.isLetterOrDigit(n.charAt(end - 1))
          && phrases.contains(head.substring(0, end - 1)))) {
        return true;
      }
      if (space < 0) {
        break;
      }
      i = space + 1;
    }
    return false;
  }

  // most lines start with a word no phrase starts with: one lookup rules them out
  private boolean startsWithFirstWord(String n) {
    int space = n.indexOf(' ');
    int end = space < 0 ? n.length() : space;
    if (end > maxPhraseLength + 1) {
      return false;
    }
    String head = n.substring(0, end);
    return firstWords.contains(head) || (end > 0 && !Character.isLetterOrDigit(n.charAt(end - 1))
        && firstWords.contains(head.substring(0, end - 1)));
  }

  /** Whether a phrase occurs in the text as whole words. */
  public boolean containsAny(String n) {
    if (phrases.isEmpty()) {
      return false;
    }
    boolean[] found = {false};
    automaton.parseText(n, (AhoCorasickDoubleArrayTrie.IHitCancellable<Boolean>) (b, e, v) -> {
      if ((b == 0 || !Character.isLetterOrDigit(n.charAt(b - 1)))
          && (e == n.length() || !Character.isLetterOrDigit(n.charAt(e)))) {
        found[0] = true;
        return false;
      }
      return true;
    });
    return found[0];
  }
}
