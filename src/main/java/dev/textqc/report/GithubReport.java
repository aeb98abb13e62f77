package dev.textqc.report;

import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * GitHub Actions workflow commands: printed in a job's log, each line becomes an annotation on the
 * file and line in the pull request ({@code ::warning file=…,line=…,col=…,title=…::message}).
 * Values are escaped as the runner expects ({@code %}, CR, LF, and in properties also {@code :}
 * and {@code ,}), so no document text can break out of its command.
 */
public final class GithubReport {
  private GithubReport() {}

  public static String write(List<Result> results) {
    return Reports.toString(GithubReport::writer, results);
  }

  /** A writer of workflow commands to {@code out}, document by document. */
  public static ReportWriter writer(Writer out) {
    return new ReportWriter() {
      private final StringBuilder sb = new StringBuilder();

      @Override
      public void add(Result r) throws IOException {
        sb.setLength(0);
        append(sb, r);
        out.append(sb);
      }

      @Override
      public void finish() {}
    };
  }

  private static void append(StringBuilder sb, Result r) {
    String text = r.document().text();
    LineIndex lines = new LineIndex(text);
    String file = r.document().id();
    for (Annotation a : r.annotations()) {
      int start = a.span().start();
      int end = a.span().end();
      sb.append("::").append(command(a.severity()))
          .append(" file=").append(property(file))
          .append(",line=").append(lines.line(start))
          .append(",col=").append(lines.column(start))
          .append(",endLine=").append(lines.line(end))
          .append(",endColumn=").append(lines.column(end))
          .append(",title=").append(property("textqc " + a.rule() + " (" + a.category().id()
              + ")"))
          .append("::").append(data(describe(a, text))).append('\n');
    }
    for (RuleFailure f : r.failures()) {
      sb.append("::error file=").append(property(file)).append(",title=")
          .append(property("textqc rule " + f.ruleId() + " failed")).append("::")
          .append(data(f.message())).append('\n');
    }
  }

  private static String describe(Annotation a, String text) {
    String snippet = Snippets.of(a.span().of(text));
    return (a.message().isEmpty() ? a.rule() : a.message()) + switch (a.action()) {
      case REMOVE -> " Removed: «" + snippet + "»";
      case REPLACE -> " «" + snippet + "» → «" + Snippets.of(a.replacement()) + "»";
      case FLAG -> " «" + snippet + "»";
    };
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
