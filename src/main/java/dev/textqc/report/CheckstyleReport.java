package dev.textqc.report;

import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Checkstyle XML, the lowest common denominator of CI servers and IDE plugins: a {@code file}
 * element per document with an {@code error} element per finding ({@code source} is
 * {@code textqc.CATEGORY.RULE}, so tools can group by category). Severities map one to one.
 */
public final class CheckstyleReport {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<checkstyle version=\"10.0\">\n";

  private CheckstyleReport() {}

  public static String write(List<Result> results) {
    return Reports.toString(CheckstyleReport::writer, results);
  }

  /** A writer of the XML to {@code out}: a {@code file} element as each document comes. */
  public static ReportWriter writer(Writer out) {
    return new ReportWriter() {
      private final StringBuilder sb = new StringBuilder(HEAD);

      @Override
      public void add(Result r) throws IOException {
        file(sb, r);
        out.append(sb);
        sb.setLength(0);
      }

      @Override
      public void finish() throws IOException {
        out.append(sb).append("</checkstyle>\n");
        sb.setLength(0);
      }
    };
  }

  private static void file(StringBuilder sb, Result r) {
    String text = r.document().text();
    LineIndex lines = new LineIndex(text);
    sb.append("  <file name=\"").append(Xml.attr(r.document().id())).append("\">\n");
    for (Annotation a : r.annotations()) {
      String msg = (a.message().isEmpty() ? a.rule() : a.message()) + " «"
          + Snippets.of(a.span().of(text)) + "»" + switch (a.action()) {
            case REMOVE -> " removed";
            case REPLACE -> " → «" + Snippets.of(a.replacement()) + "»";
            case FLAG -> "";
          };
      sb.append("    <error line=\"").append(lines.line(a.span().start()))
          .append("\" column=\"").append(lines.column(a.span().start()))
          .append("\" severity=\"").append(a.severity().id())
          .append("\" message=\"").append(Xml.attr(msg))
          .append("\" source=\"").append(Xml.attr("textqc." + a.category().id() + "."
              + a.rule()))
          .append("\"/>\n");
    }
    for (RuleFailure f : r.failures()) {
      sb.append("    <error line=\"1\" severity=\"error\" message=\"")
          .append(Xml.attr("rule " + f.ruleId() + " failed: " + f.message()))
          .append("\" source=\"").append(Xml.attr("textqc.failure." + f.ruleId()))
          .append("\"/>\n");
    }
    sb.append("  </file>\n");
  }
}
