package dev.textqc.finding;

import java.util.Locale;

/** The closed set of finding categories of the output contract (OUTPUT.md). */
public enum Category {
  BOILERPLATE, GARBLED, QUOTE, PUNCTUATION, REPETITION, ENCODING, WHITESPACE;

  // The id goes into every finding of the JSON output: made once, not lower-cased per finding.
  private final String id = name().toLowerCase(Locale.ROOT);

  public String id() {
    return id;
  }

  public static Category parse(String s) {
    return Category.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
