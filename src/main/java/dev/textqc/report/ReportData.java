package dev.textqc.report;

import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.RuleMeta;
import java.util.List;

/**
 * Everything a report writer reads: the results of a run, the rules that ran (for rule metadata)
 * and the severity at which a finding fails the run.
 *
 * @param failOn findings at or above this severity fail (JUnit failures); null never fails
 * @param toolVersion the textqc version written into SARIF, or null when unknown
 */
public record ReportData(List<Result> results, List<RuleMeta> rules, Severity failOn,
    String toolVersion) {

  public ReportData {
    results = List.copyOf(results);
    rules = List.copyOf(rules);
  }

  /** The run's description, for the report writers. */
  public ReportContext context() {
    return new ReportContext(rules, failOn, toolVersion);
  }

  /** Findings that fail the run under {@link #failOn}. */
  public long failing() {
    return failOn == null ? 0 : results.stream().mapToLong(r -> r.count(failOn)).sum();
  }

  public long findings() {
    return results.stream().mapToLong(r -> r.annotations().size()).sum();
  }
}
