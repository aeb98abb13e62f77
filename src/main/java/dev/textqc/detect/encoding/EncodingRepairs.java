package dev.textqc.detect.encoding;

import dev.textqc.document.Span;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The encoding repairs of a whole text: words found to be mojibake (see {@link MojibakeRepair})
 * and, elsewhere, C1 control characters that stand for the Windows-1252 punctuation they encode
 * ("\u0085" for "…", "\u0094" for "”": text decoded as Latin-1 instead of Windows-1252). A C1
 * byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) has no meaning to restore and
 * is left alone.
 */
public final class EncodingRepairs {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private EncodingRepairs() {}

  /** One repair. */
  public record Repair(Kind kind, Span span, String replacement) {}

  /** What was repaired. */
  public enum Kind { MOJIBAKE, C1_CONTROL }

  /**
   * The repairs of {@code text}. Words are repaired on their own evidence first; when some were,
   * the readings that repaired them are trusted for a second look at the remaining words, whose
   * single damaged pair would not convince on its own ("Ð¸" for the Russian word "и").
   */
  public static List<Repair> find(String text, MojibakeRepair mojibake) {
    if (pureAscii(text)) {
      return List.of(); // damage is non-ASCII
    }
    return find(text, text.toCharArray(), mojibake);
  }

  /**
   * As {@link #find(String, MojibakeRepair)} for a text that is not pure ASCII, whose characters
   * {@code chars} the caller already holds (the stage's shared copy). The scans for words read the
   * array: on the string, the compiler hoisted its Latin-1 / UTF-16 test out of the scan loops as a
   * guess from the texts seen so far, and each text of the other kind sent them back to the
   * compiler (JFR: {@code profile_predicate} deoptimisations in the ASCII skip loop and in
   * {@code hasC1}).
   */
  public static List<Repair> find(String text, char[] chars, MojibakeRepair mojibake) {
    // only words with a lead-byte character can be mojibake, and only C1 controls have a
    // Windows-1252 reading: the rest (curly quotes, accented or foreign words) yield nothing
    List<Span> words = new ArrayList<>();
    for (Span w : words(text, chars, mojibake)) {
      if (mojibake.mayRepair(text, w.start(), w.end()) || hasC1(chars, w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    Map<Span, String> fixed = new HashMap<>();
    Set<String> trusted = new HashSet<>();
    for (Span w : words) {
      MojibakeRepair.Repaired r = mojibake.repair(w.of(text), Set.of());
      if (r != null) {
        fixed.put(w, r.text());
        trusted.addAll(r.readings());
      }
    }
    if (!trusted.isEmpty()) {
      for (Span w : words) {
        if (!fixed.containsKey(w)) {
          MojibakeRepair.Repaired r = mojibake.repair(w.of(text), trusted);
          if (r != null) {
            fixed.put(w, r.text());
          }
        }
      }
    }
    List<Repair> out = new ArrayList<>();
    for (Span w : words) {
      String f = fixed.get(w);
      if (f != null) {
        out.add(new Repair(Kind.MOJIBAKE, w, c1ToWindows1252(f)));
        continue;
      }
      for (int p = w.start(); p < w.end(); p++) {
        String r = windows1252(text.charAt(p));
        if (r != null) {
          out.add(new Repair(Kind.C1_CONTROL, new Span(p, p + 1), r));
        }
      }
    }
    return out;
  }

  /**
   * Whether every character is ASCII, answered without a character loop for most texts: a curly
   * quote means non-ASCII (the indexOf costs nothing on a Latin-1 string, which cannot hold one),
   * and otherwise encoding a Latin-1 string to UTF-8 checks for high bytes with a vectorised
   * intrinsic and copies the bytes when there are none.
   */
  static boolean pureAscii(String text) {
    if (text.indexOf('’') >= 0 || text.indexOf('”') >= 0) {
      return false;
    }
    return text.getBytes(StandardCharsets.UTF_8).length == text.length();
  }

  private static boolean hasC1(char[] text, Span w) {
    for (int i = w.start(), end = w.end(); i < end; i++) {
      char c = text[i];
      if (c >= 0x80 && c <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  /**
   * The whitespace-delimited words that hold a non-ASCII character: damage is non-ASCII, so the
   * scan jumps from one such character to the next and never walks the ASCII words between. The
   * loop that skips ASCII is all this method runs per character; the word around a hit is
   * measured by helpers, so the loop compiles small (it is compiled on stack in long texts, and
   * the compiler recompiled its larger form several times per run).
   */
  private static List<Span> words(String s, char[] text, MojibakeRepair mojibake) {
    List<Span> out = new ArrayList<>();
    int n = text.length;
    int i = 0; // the end of the last word taken; nothing before it is looked at again
    while (true) {
      int j = nonAscii(text, i, n);
      if (j >= n) {
        return out;
      }
      if (Character.isWhitespace(text[j])) {
        i = j + 1;
        continue;
      }
      Span w = wordAround(s, text, i, j, mojibake);
      out.add(w);
      i = w.end();
    }
  }

  /** The first position at or after {@code i} holding a non-ASCII character, or {@code n}. */
  private static int nonAscii(char[] text, int i, int n) {
    while (i < n && text[i] < 0x80) {
      i++;
    }
    return i;
  }

  /**
   * The word holding the non-ASCII, non-space character at {@code j}, not reaching back before
   * {@code from}.
   */
  private static Span wordAround(String s, char[] text, int from, int j,
      MojibakeRepair mojibake) {
    int n = text.length;
    int start = j;
    while (start > from && !Character.isWhitespace(text[start - 1])) {
      start--;
    }
    int end = wordEnd(text, j + 1);
    // a word one byte short of a sequence ("voilÃ", "à¸") takes the following space, and the
    // word after it, along: that space may stand for a lost byte
    if (end < n && text[end] == ' ' && text[end - 1] >= 0x80
        && mojibake.endsOneByteShort(s, start, end)) {
      end = wordEnd(text, end + 1);
    }
    return new Span(start, end);
  }

  /** The first whitespace position at or after {@code i}, or the text's length. */
  private static int wordEnd(char[] text, int i) {
    int n = text.length;
    while (i < n && !Character.isWhitespace(text[i])) {
      i++;
    }
    return i;
  }

  private static String c1ToWindows1252(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      String r = windows1252(s.charAt(i));
      if (r != null) {
        if (sb == null) {
          sb = new StringBuilder(s.substring(0, i));
        }
        sb.append(r);
      } else if (sb != null) {
        sb.append(s.charAt(i));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The Windows-1252 reading of a C1 control, or null when it has none. */
  static String windows1252(char c) {
    if (c < 0x80 || c > 0x9F) {
      return null;
    }
    String s = CP1252.decode(ByteBuffer.wrap(new byte[] {(byte) c})).toString();
    return s.length() == 1 && s.charAt(0) != '\uFFFD' && s.charAt(0) != c ? s : null;
  }
}
