package dev.textqc.finding;

import java.util.Locale;

/** What cleaning does with a finding's span. */
public enum Action {
  /** The span is cut from the cleaned text. */
  REMOVE,
  /** The span becomes the annotation's replacement. */
  REPLACE,
  /** Reported only; the text is kept. */
  FLAG;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean edits() {
    return this != FLAG;
  }

  public static Action parse(String s) {
    return Action.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
