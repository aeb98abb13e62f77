package dev.textqc.finding;

import java.util.Locale;

/** How much a finding matters; ordered so that {@code compareTo} ranks them. */
public enum Severity {
  INFO, WARNING, ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String s) {
    return Severity.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
