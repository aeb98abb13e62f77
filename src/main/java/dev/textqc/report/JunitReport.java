package dev.textqc.report;

import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML (the Ant/Surefire dialect CI servers read): one test suite, one test case per
 * document. A document fails when it has findings at or above the run's {@code failOn}
 * severity; the failure lists them. Findings below the threshold go to {@code system-out}; a rule
 * that crashed on the document is an {@code error}.
 */
public final class JunitReport {
  private JunitReport() {}

  public static String write(ReportData data) {
    int failures = 0;
    int errors = 0;
    StringBuilder cases = new StringBuilder();
    for (Result r : data.results()) {
      String text = r.document().text();
      LineIndex lines = new LineIndex(text);
      List<String> failing = new ArrayList<>();
      List<String> other = new ArrayList<>();
      for (Annotation a : r.annotations()) {
        String line = r.document().id() + ":" + lines.line(a.span().start()) + ":"
            + lines.column(a.span().start()) + ": " + a.severity().id() + " " + a.rule() + " "
            + a.message() + " «" + Snippets.of(a.span().of(text)) + "»" + switch (a.action()) {
              case REMOVE -> " removed";
              case REPLACE -> " → «" + Snippets.of(a.replacement()) + "»";
              case FLAG -> " flagged";
            };
        boolean fails = data.failOn() != null && a.severity().compareTo(data.failOn()) >= 0;
        (fails ? failing : other).add(line);
      }
      cases.append("    <testcase classname=\"textqc\" name=\"")
          .append(Xml.attr(r.document().id())).append("\">\n");
      if (!failing.isEmpty()) {
        failures++;
        cases.append("      <failure type=\"textqc.findings\" message=\"")
            .append(Xml.attr(failing.size() + (failing.size() == 1 ? " finding" : " findings")
                + " at or above " + data.failOn().id()))
            .append("\">").append(Xml.text(String.join("\n", failing)))
            .append("</failure>\n");
      }
      if (!r.failures().isEmpty()) {
        errors++;
        List<String> msgs = r.failures().stream().map(RuleFailure::toString).toList();
        cases.append("      <error type=\"textqc.rule-failure\" message=\"")
            .append(Xml.attr(msgs.size() + (msgs.size() == 1 ? " rule" : " rules") + " failed"))
            .append("\">").append(Xml.text(String.join("\n", msgs))).append("</error>\n");
      }
      if (!other.isEmpty()) {
        cases.append("      <system-out>").append(Xml.text(String.join("\n", other)))
            .append("</system-out>\n");
      }
      cases.append("    </testcase>\n");
    }
    int tests = data.results().size();
    String counts = "tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors
        + "\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<testsuites name=\"textqc\" " + counts + ">\n"
        + "  <testsuite name=\"textqc\" " + counts + " skipped=\"0\">\n"
        + cases
        + "  </testsuite>\n"
        + "</testsuites>\n";
  }
}
