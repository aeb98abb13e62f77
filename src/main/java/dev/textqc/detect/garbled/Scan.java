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

  /** The index of the first character of a run of spaces and tabs that ends at {@code i}. */
  static int spacesBefore(String s, int i) {
    while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
      i--;
    }
    return i;
  }

  /**
   * The positions of any of a few characters, in increasing order, each found with
   * {@link String#indexOf(int, int)} (vectorised by the JDK, and instant for a character a
   * Latin-1 string cannot hold). A detector that needs one of the characters (a dash, a closing
   * quote, a sentence end) jumps from one to the next instead of testing every character.
   */
  static final class Occurrences {
    private final String s;
    private final char[] chars;
    /** Per character, its first position at or after the last {@link #from} asked, or -1. */
    private final int[] next;

    Occurrences(String s, char... chars) {
      this.s = s;
      this.chars = chars;
      this.next = new int[chars.length];
      for (int k = 0; k < chars.length; k++) {
        next[k] = s.indexOf(chars[k]);
      }
    }

    /**
     * The first position at or after {@code i} holding one of the characters, or -1. Calls must
     * ask for non-decreasing {@code i}.
     */
    int from(int i) {
      int best = -1;
      for (int k = 0; k < next.length; k++) {
        int at = next[k];
        if (at >= 0 && at < i) {
          at = s.indexOf(chars[k], i);
          next[k] = at;
        }
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
        }
      }
      return best;
    }
  }
}
