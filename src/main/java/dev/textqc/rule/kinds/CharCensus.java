package dev.textqc.rule.kinds;

import dev.textqc.rule.AnalyzedText;

/**
 * Which characters a text may hold: one pass sorts every character into one of 64 buckets and
 * keeps the set of buckets seen. A character whose bucket was not seen is certainly absent, so a
 * rule that looks for rare characters (controls, zero-width and odd spaces, a byte-order mark,
 * an ampersand) skips its own scan of the text. A bucket seen only says the character may occur:
 * the rule then searches as it would have anyway.
 *
 * <p>Why a shared pass: {@link String#indexOf(int)} is vectorised and costs nothing on a Latin-1
 * string for a character above U+00FF, but on a UTF-16 string (any text with a curly quote) each
 * such search reads the whole text, and the rules of a stage ask for a dozen or more characters.
 * The pass copies the text in chunks into a small array (no per-character {@code charAt} bounds
 * check) and costs one table load a character. It is computed once per text and stage
 * ({@link AnalyzedText#derived}) for every rule that asks. The encoding stage's rules ask; the
 * quote analysis of the inline stage does not: there the pass cost more than the dozen mark
 * searches it saved (measured with base and new classes alternated in one JVM).
 *
 * <p>Rare characters rules look for have buckets of their own; frequent ones share a few buckets
 * (asking for them is useless but harmless), and the rest of Unicode is spread over the remaining
 * buckets by code point.
 */
public final class CharCensus {
  private static final Object KEY = new Object();
  private static final int CHUNK = 2048;
  /** Buckets 0..11 hold ASCII characters only, so a text with none above is pure ASCII. */
  private static final long ASCII_BUCKETS = (1L << 12) - 1;
  private static final byte[] BUCKET = new byte[0x10000];

  static {
    // a local in the loop: see Chars
    byte[] bucket = BUCKET;
    for (int c = 0; c < 0x10000; c++) {
      bucket[c] = (byte) bucketOf(c);
    }
  }

  private static int bucketOf(int c) {
    if (c < 0x80) {
      if (c == '\t') {
        return 2;
      }
      if (c == '\r') {
        return 3;
      }
      if (c < 0x20 && c != '\n' || c == 0x7F) {
        return 1; // control characters
      }
      return switch (c) {
        case '[' -> 4;
        case '&' -> 5;
        case '"' -> 6;
        case '\'' -> 7;
        case ';' -> 8;
        case '<' -> 9;
        default -> 0; // letters, digits, spaces, line breaks, common punctuation
      };
    }
    if (c <= 0x9F) {
      return 12; // C1 controls
    }
    if (c <= 0xFF) {
      return switch (c) {
        case 0xA0 -> 13;
        case 0xAD -> 14;
        case 0xAB -> 15; // «
        case 0xBB -> 16; // »
        default -> 17;
      };
    }
    if (c < 0x2000) {
      return c == 0x1680 ? 28 : 20 + (c & 7); // Latin Extended, Greek, Cyrillic...
    }
    if (c <= 0x206F) {
      if (c <= 0x200A) {
        return 29; // typographic spaces
      }
      return switch (c) {
        case 0x200B, 0x200C, 0x200D, 0x2060 -> 30;
        case 0x2028, 0x2029 -> 31;
        case 0x205F -> 32;
        case 0x202F -> 33;
        case 0x2018 -> 34;
        case 0x2019 -> 35;
        case 0x201A -> 36;
        case 0x201C -> 37;
        case 0x201D -> 38;
        case 0x201E -> 39;
        case 0x2013 -> 40;
        case 0x2014 -> 41;
        case 0x2039 -> 42;
        case 0x203A -> 43;
        case 0x2026 -> 44;
        default -> 45;
      };
    }
    if (c >= 0x3000 && c <= 0x303F) {
      return switch (c) {
        case 0x300C -> 47;
        case 0x300D -> 48;
        case 0x300E -> 49;
        default -> 46;
      };
    }
    if (c == 0xFEFF) {
      return 50;
    }
    if (c == 0xFFFD) {
      return 51;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      return 52;
    }
    return 53 + c % 11; // 53..63
  }

  private final long buckets;

  private CharCensus(long buckets) {
    this.buckets = buckets;
  }

  /** The census of the text a rule sees, taken once per text and shared by the stage's rules. */
  public static CharCensus of(AnalyzedText text) {
    return text.derived(KEY, t -> of(t.text()));
  }

  public static CharCensus of(String s) {
    int n = s.length();
    long seen = 0;
    char[] buf = new char[Math.min(n, CHUNK)];
    for (int from = 0; from < n; from += CHUNK) {
      int len = Math.min(CHUNK, n - from);
      s.getChars(from, from + len, buf, 0);
      for (int j = 0; j < len; j++) {
        seen |= 1L << BUCKET[buf[j]];
      }
    }
    return new CharCensus(seen);
  }

  /** False when {@code c} is certainly not in the text; true when it may be. */
  public boolean mayContain(char c) {
    return (buckets & 1L << BUCKET[c]) != 0;
  }

  /** Whether every character of the text is ASCII (below U+0080). */
  public boolean pureAscii() {
    return (buckets & ~ASCII_BUCKETS) == 0;
  }
}
