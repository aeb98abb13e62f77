package dev.textqc.report;

/** Short one-line excerpts of finding text for report messages. */
final class Snippets {
  static final int MAX = 80;

  private Snippets() {}

  /** The text on one line (line breaks shown as ⏎), cut to {@link #MAX} code points. */
  static String of(String s) {
    String one = s.replace("\r", "").replace("\n", "⏎");
    if (one.codePointCount(0, one.length()) <= MAX) {
      return one;
    }
    return one.substring(0, one.offsetByCodePoints(0, MAX - 1)) + "…";
  }
}
