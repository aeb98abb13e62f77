package dev.textqc.report;

import dev.textqc.finding.Severity;
import dev.textqc.rule.RuleMeta;
import java.util.List;

/**
 * What a report knows about the run before its first document: the rules that run (for rule
 * metadata), the severity at which a finding fails the run, and the tool's version.
 *
 * @param failOn findings at or above this severity fail (JUnit failures); null never fails
 * @param toolVersion the textqc version written into SARIF, or null when unknown
 */
public record ReportContext(List<RuleMeta> rules, Severity failOn, String toolVersion) {

  public ReportContext {
    rules = List.copyOf(rules);
  }

  /** Whether a finding of this severity fails the run. */
  boolean fails(Severity severity) {
    return failOn != null && severity.compareTo(failOn) >= 0;
  }
}
