package dev.textqc.detect.encoding;

import dev.textqc.document.Span;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

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

  public static List<Repair> find(String text, MojibakeRepair mojibake) {
    List<Repair> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int end = wordEnd(text, i, mojibake);
      i = end;
      String word = text.substring(start, end);
      if (word.chars().allMatch(c -> c < 0x80)) {
        continue;
      }
      String fixed = mojibake.repair(word);
      if (fixed != null) {
        out.add(new Repair(Kind.MOJIBAKE, new Span(start, end), c1ToWindows1252(fixed)));
        continue;
      }
      for (int p = start; p < end; p++) {
        String r = windows1252(text.charAt(p));
        if (r != null) {
          out.add(new Repair(Kind.C1_CONTROL, new Span(p, p + 1), r));
        }
      }
    }
    return out;
  }

  /**
   * The end of the word starting at {@code i}. A word one byte short of a sequence ("voilÃ", "à¸") takes
   * the following space, and the word after it, along: that space may stand for a lost byte.
   */
  private static int wordEnd(String text, int i, MojibakeRepair mojibake) {
    int n = text.length();
    int end = i;
    while (end < n && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    if (end < n && text.charAt(end) == ' ' && end > i
        && mojibake.endsOneByteShort(text.substring(i, end))) {
      end++;
      while (end < n && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
    }
    return end;
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
