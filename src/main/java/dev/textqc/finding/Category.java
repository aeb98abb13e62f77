package dev.textqc.finding;

import java.util.Locale;

/** The closed set of finding categories of the output contract (OUTPUT.md). */
public enum Category {
  BOILERPLATE, GARBLED, QUOTE, PUNCTUATION, REPETITION, ENCODING, WHITESPACE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Category parse(String s) {
    return Category.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
