package dev.textqc.detect.garbled;

/** Character-run helpers for the single-pass detectors. */
final class Scan {
  private Scan() {}

  /** The index after a run of spaces and tabs starting at {@code i}. */
  static int spaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The index after a run of lower-case letters starting at {@code i}. */
  static int lower(String s, int i) {
    while (i < s.length() && Character.isLowerCase(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
