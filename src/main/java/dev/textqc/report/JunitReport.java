package dev.textqc.report;

import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
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
    return Reports.toString(out -> writer(data.context(), out, null), data.results());
  }

  /**
   * A writer of the XML to {@code out}. The suite's counts come first in the file but are known
   * only at the end, so the test cases wait in a temporary file in {@code spoolDir} (the
   * system's temporary folder when null).
   */
  public static ReportWriter writer(ReportContext run, Writer out, Path spoolDir)
      throws IOException {
    Spool cases = new Spool(spoolDir, "junit");
    return new ReportWriter() {
      private final StringBuilder sb = new StringBuilder();
      private long tests;
      private long failures;
      private long errors;

      @Override
      public void add(Result r) throws IOException {
        sb.setLength(0);
        tests++;
        failures += testCase(sb, r, run) ? 1 : 0;
        errors += r.failures().isEmpty() ? 0 : 1;
        cases.writer().append(sb);
      }

      @Override
      public void finish() throws IOException {
        String counts = "tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\""
            + errors + "\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"textqc\" " + counts + ">\n"
            + "  <testsuite name=\"textqc\" " + counts + " skipped=\"0\">\n");
        cases.copyTo(out);
        out.write("  </testsuite>\n</testsuites>\n");
      }

      @Override
      public void close() throws IOException {
        cases.close();
      }
    };
  }

  /** Appends the document's test case; returns whether it fails. */
  private static boolean testCase(StringBuilder sb, Result r, ReportContext run) {
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
      (run.fails(a.severity()) ? failing : other).add(line);
    }
    sb.append("    <testcase classname=\"textqc\" name=\"")
        .append(Xml.attr(r.document().id())).append("\">\n");
    if (!failing.isEmpty()) {
      sb.append("      <failure type=\"textqc.findings\" message=\"")
          .append(Xml.attr(failing.size() + (failing.size() == 1 ? " finding" : " findings")
              + " at or above " + run.failOn().id()))
          .append("\">").append(Xml.text(String.join("\n", failing)))
          .append("</failure>\n");
    }
    if (!r.failures().isEmpty()) {
      List<String> msgs = r.failures().stream().map(RuleFailure::toString).toList();
      sb.append("      <error type=\"textqc.rule-failure\" message=\"")
          .append(Xml.attr(msgs.size() + (msgs.size() == 1 ? " rule" : " rules") + " failed"))
          .append("\">").append(Xml.text(String.join("\n", msgs))).append("</error>\n");
    }
    if (!other.isEmpty()) {
      sb.append("      <system-out>").append(Xml.text(String.join("\n", other)))
          .append("</system-out>\n");
    }
    sb.append("    </testcase>\n");
    return !failing.isEmpty();
  }
}
