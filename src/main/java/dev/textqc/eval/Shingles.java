package dev.textqc.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word 4-gram shingle overlap between an extracted text and its gold text, the measure used by
 * article-extraction benchmarks: words are runs of letters and digits, lower-cased; shingles are
 * counted as a multiset so a repeated paragraph counts twice.
 */
public final class Shingles {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
  static final int N = 4;

  private Shingles() {}

  /** True positives, predicted and gold shingle counts. */
  public record Overlap(long tp, long predicted, long gold) {
    double precision() {
      return predicted == 0 ? (gold == 0 ? 1 : 0) : tp / (double) predicted;
    }

    double recall() {
      return gold == 0 ? 1 : tp / (double) gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Overlap overlap(String predicted, String gold) {
    Map<String, Integer> p = shingles(predicted);
    Map<String, Integer> g = shingles(gold);
    long tp = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      Integer c = g.get(e.getKey());
      if (c != null) {
        tp += Math.min(c, e.getValue());
      }
    }
    return new Overlap(tp, total(p), total(g));
  }

  private static long total(Map<String, Integer> m) {
    long t = 0;
    for (int v : m.values()) {
      t += v;
    }
    return t;
  }

  static Map<String, Integer> shingles(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    if (words.isEmpty()) {
      return out;
    }
    if (words.size() < N) {
      out.merge(String.join(" ", words), 1, Integer::sum);
      return out;
    }
    for (int i = 0; i + N <= words.size(); i++) {
      out.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }
}
