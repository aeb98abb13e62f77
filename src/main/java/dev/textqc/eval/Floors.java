package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pinned accuracy limits ({@code eval-floors.json}): per suite file, metric → minimum, or
 * {@code max:}metric → maximum. One reading of that format serves the CLI's {@code --floors} and
 * the test gates, so both fail on the same scores.
 */
public final class Floors {
  /** Prefix of a metric that must stay at or below its value. */
  public static final String CEILING = "max:";
  private static final double SLACK = 1e-9;

  private Floors() {}

  /**
   * Limits of one suite file that the scores break; a limited metric that was not reported
   * counts as broken.
   */
  public static List<String> violations(String name, JsonNode limits,
      Function<String, Double> score) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> f : limits.properties()) {
      boolean ceiling = f.getKey().startsWith(CEILING);
      String metric = ceiling ? f.getKey().substring(CEILING.length()) : f.getKey();
      double limit = f.getValue().asDouble();
      Double v = score.apply(metric);
      if (v == null) {
        out.add(name + " " + metric + ": not reported");
      } else if (ceiling ? v > limit + SLACK : v < limit - SLACK) {
        out.add(String.format(Locale.ROOT, "%s %s: %.4f, %s %.4f", name, metric, v,
            ceiling ? "ceiling" : "floor", limit));
      }
    }
    return out;
  }

  /** Violations of one report against the limits pinned for it, none if nothing is pinned. */
  public static List<String> violations(JsonNode allLimits, String name, SuiteReport report) {
    JsonNode limits = allLimits.get(name);
    return limits == null ? List.of() : violations(name, limits, report.metrics()::get);
  }

  /** Violations over all suites in a scores object; limits of suites not run are ignored. */
  public static List<String> violations(JsonNode allLimits, JsonNode scores) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> suite : allLimits.properties()) {
      JsonNode got = scores.get(suite.getKey());
      if (got != null) {
        out.addAll(violations(suite.getKey(), suite.getValue(),
            m -> got.hasNonNull(m) ? got.get(m).asDouble() : null));
      }
    }
    return out;
  }
}
