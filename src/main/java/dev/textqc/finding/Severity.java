package dev.textqc.finding;

import java.util.Locale;

/** How much a finding matters; ordered so that {@code compareTo} ranks them. */
public enum Severity {
  INFO, WARNING, ERROR;

  // The id goes into every finding of the JSON output: made once, not lower-cased per finding.
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  public static Severity parse(String s) {
    return Severity.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
