package dev.textqc.detect.garbled;

import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that answers "is {@code s[from, to)}, lower-cased, in the set?" without
 * building a string: the detectors ask it at every period, modal candidate and title word, and a
 * {@code substring(...).toLowerCase()} per question was a large part of their cost. ASCII ranges
 * are hashed and compared in place (folding A-Z); a range with any other character takes the exact
 * {@link String#toLowerCase(Locale)} path, so the answer is always that of
 * {@code words.contains(s.substring(from, to).toLowerCase(Locale.ROOT))}.
 */
final class WordSet {
  private final Set<String> words;
  private final String[] table;
  private final int mask;
  private final int maxLength;

  WordSet(Set<String> words) {
    this.words = Set.copyOf(words);
    int size = Integer.highestOneBit(Math.max(4, this.words.size() * 4) - 1) << 1;
    this.table = new String[size];
    this.mask = size - 1;
    int max = 0;
    for (String w : this.words) {
      max = Math.max(max, w.length());
      int slot = w.hashCode() & mask;
      while (table[slot] != null) {
        slot = (slot + 1) & mask;
      }
      table[slot] = w;
    }
    this.maxLength = max;
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** Whether {@code s[from, to)} lower-cased ({@link Locale#ROOT}) is in the set. */
  boolean contains(String s, int from, int to) {
    int len = to - from;
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return containsLowerCased(s, from, to);
      }
      h = 31 * h + lower(c);
    }
    return len <= maxLength && probe(h, s, from, len);
  }

  /**
   * The exact path for a range with a non-ASCII character, a method of its own: inlined into
   * {@link #contains}, {@link String#toLowerCase(Locale)} made every compilation of it (and of the
   * detector loops it is inlined into) several times larger, and it was compiled again each time
   * a text first took this path.
   */
  private boolean containsLowerCased(String s, int from, int to) {
    return words.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
  }

  private boolean probe(int h, String s, int from, int len) {
    for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w.length() == len && matches(w, s, from)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #contains(String, int, int)} of the chars {@code s[from, to)}. */
  boolean contains(char[] s, int from, int to) {
    int len = to - from;
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c >= 128) {
        return words.contains(new String(s, from, len).toLowerCase(Locale.ROOT));
      }
      h = 31 * h + lower(c);
    }
    if (len > maxLength) {
      return false;
    }
    for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
      String w = table[slot];
      if (w.length() == len && matches(w, s, from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whole string lower-cased is in the set. */
  boolean contains(String s) {
    return contains(s, 0, s.length());
  }

  private static boolean matches(String w, String s, int from) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != lower(s.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String w, char[] s, int from) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != lower(s[from + k])) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
