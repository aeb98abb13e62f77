package dev.textqc.rule;

import java.util.BitSet;

/**
 * Which characters a text contains, from one pass over it. Most rules look for characters that
 * clean text rarely has (control characters, zero-width marks, entities, quotation marks, non-ASCII
 * mojibake); asking the census first lets them skip a text in constant time instead of running a
 * regex or a scan of their own over it.
 */
public final class CharCensus {
  private final long asciiLow;
  private final long asciiHigh;
  /** Non-ASCII characters present, or null when the text is pure ASCII. */
  private final BitSet nonAscii;

  private CharCensus(long asciiLow, long asciiHigh, BitSet nonAscii) {
    this.asciiLow = asciiLow;
    this.asciiHigh = asciiHigh;
    this.nonAscii = nonAscii;
  }

  private static final int CHUNK = 4096;

  public static CharCensus of(CharSequence text) {
    long low = 0;
    long high = 0;
    BitSet other = null;
    // read in chunks through getChars: a bulk copy and an array loop cost less than charAt per
    // character, which checks bounds on every call for text outside Latin-1
    char[] chunk = new char[Math.min(CHUNK, text.length())];
    String s = text.toString();
    for (int from = 0, n = s.length(); from < n; from += CHUNK) {
      int len = Math.min(CHUNK, n - from);
      s.getChars(from, from + len, chunk, 0);
      for (int i = 0; i < len; i++) {
        char c = chunk[i];
        if (c < 64) {
          low |= 1L << c;
        } else if (c < 128) {
          high |= 1L << (c - 64);
        } else {
          if (other == null) {
            other = new BitSet(0x2100);
          }
          other.set(c);
        }
      }
    }
    return new CharCensus(low, high, other);
  }

  public boolean contains(char c) {
    if (c < 64) {
      return (asciiLow & (1L << c)) != 0;
    }
    if (c < 128) {
      return (asciiHigh & (1L << (c - 64))) != 0;
    }
    return nonAscii != null && nonAscii.get(c);
  }

  /** Whether any character of the text is outside ASCII. */
  public boolean hasNonAscii() {
    return nonAscii != null;
  }

  /**
   * Whether the text may contain {@code fragment}: false is certain, true means every character of
   * it occurs somewhere (the caller confirms with {@link String#contains} if it matters).
   */
  public boolean mayContain(String fragment) {
    for (int i = 0; i < fragment.length(); i++) {
      if (!contains(fragment.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
