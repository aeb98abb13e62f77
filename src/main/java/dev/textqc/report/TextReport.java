package dev.textqc.report;

import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import java.io.PrintWriter;

/**
 * The format for people: one finding per line as {@code file:line:col: severity RULE message},
 * then the offending snippet with what cleaning does to it. Colour only on a terminal.
 */
public final class TextReport {
  private static final int SNIPPET = 80;
  private final boolean color;

  public TextReport(boolean color) {
    this.color = color;
  }

  public void write(PrintWriter out, Result r) {
    String text = r.document().text();
    LineIndex lines = new LineIndex(text);
    for (Annotation a : r.annotations()) {
      int start = a.span().start();
      out.println(paint(r.document().id() + ":" + lines.line(start) + ":" + lines.column(start)
          + ":", "1") + " " + severity(a.severity()) + " " + paint(a.rule(), "36") + " "
          + a.message());
      String snippet = snippet(a.span().of(text));
      String what = switch (a.action()) {
        case REMOVE -> paint("removed", "31");
        case REPLACE -> paint("→ " + quote(snippet(a.replacement())), "32");
        case FLAG -> paint("flagged", "33");
      };
      out.println("    " + quote(snippet) + "  " + what);
    }
    for (var f : r.failures()) {
      out.println(paint(r.document().id() + ":", "1") + " " + paint("error", "31;1") + " rule "
          + f.ruleId() + " failed: " + f.message());
    }
  }

  public void summary(PrintWriter out, int documents, long findings, long removed, long replaced,
      int errors) {
    out.println(paint(documents + (documents == 1 ? " document, " : " documents, ") + findings
        + (findings == 1 ? " finding" : " findings") + " (" + removed + " removed, " + replaced
        + " replaced)" + (errors > 0 ? ", " + errors + (errors == 1 ? " error" : " errors") : ""),
        "1"));
  }

  private String severity(Severity s) {
    return switch (s) {
      case ERROR -> paint("error", "31;1");
      case WARNING -> paint("warning", "33;1");
      case INFO -> paint("info", "34");
    };
  }

  private static String snippet(String s) {
    String one = s.replace("\r", "").replace("\n", "⏎");
    if (one.codePointCount(0, one.length()) <= SNIPPET) {
      return one;
    }
    int cut = one.offsetByCodePoints(0, SNIPPET - 1);
    return one.substring(0, cut) + "…";
  }

  private static String quote(String s) {
    return "«" + s + "»";
  }

  private String paint(String s, String code) {
    return color ? "\u001B[" + code + "m" + s + "\u001B[0m" : s;
  }
}
