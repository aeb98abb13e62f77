package dev.textqc.eval;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of one evaluation suite: named metrics (0..1 unless the name says otherwise) with the
 * counts behind them, in insertion order, printable as a table and as JSON.
 */
public final class SuiteReport {
  private final String name;
  private final Map<String, Double> metrics = new LinkedHashMap<>();
  private final Map<String, String> counts = new LinkedHashMap<>();

  public SuiteReport(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public SuiteReport put(String metric, double value, String count) {
    metrics.put(metric, value);
    if (count != null) {
      counts.put(metric, count);
    }
    return this;
  }

  public SuiteReport put(String metric, double value) {
    return put(metric, value, null);
  }

  /** Precision, recall and F1 from counts, under a prefix. */
  public SuiteReport prf(String prefix, long tp, long fp, long fn) {
    double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    put(prefix + ".precision", p, tp + "/" + (tp + fp));
    put(prefix + ".recall", r, tp + "/" + (tp + fn));
    put(prefix + ".f1", f, null);
    return this;
  }

  public Map<String, Double> metrics() {
    return metrics;
  }

  public Map<String, String> counts() {
    return counts;
  }

  public void print(PrintWriter out) {
    out.println("== " + name);
    for (Map.Entry<String, Double> e : metrics.entrySet()) {
      String c = counts.get(e.getKey());
      out.printf(Locale.ROOT, "  %-44s %8.3f  %s%n", e.getKey(), e.getValue(),
          c == null ? "" : "(" + c + ")");
    }
  }
}
