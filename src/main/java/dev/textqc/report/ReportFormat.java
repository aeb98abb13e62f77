package dev.textqc.report;

import java.util.Locale;

/**
 * The report files textqc writes for CI tools and people, and the file name each gets in a
 * report folder (the names are fixed so CI configuration can point at them).
 */
public enum ReportFormat {
  /** SARIF 2.1.0, for code-scanning tools (GitHub code scanning, IDE viewers). */
  SARIF("textqc.sarif"),
  /** GitHub Actions workflow commands: one {@code ::warning file=…} line per finding. */
  GITHUB("textqc-github.txt"),
  /** Checkstyle XML, read by most CI servers and IDE plugins. */
  CHECKSTYLE("textqc-checkstyle.xml"),
  /** JUnit XML: one test case per document, failing when it has findings at the threshold. */
  JUNIT("TEST-textqc.xml"),
  /** The self-contained HTML report: an overview page and one page per document. */
  HTML("index.html");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a user's format name; the message lists the accepted values. */
  public static ReportFormat parse(String s) {
    String id = s.trim().toUpperCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format '" + s.trim()
        + "'; accepted values: sarif, github, checkstyle, junit, html");
  }
}
