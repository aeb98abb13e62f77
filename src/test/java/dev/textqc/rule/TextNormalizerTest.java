package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsCaseQuotesDashesSpacesAndDecoration() {
    assertEquals("advertisement", TextNormalizer.normalize("- Advertisement -"));
    assertEquals("read more", TextNormalizer.normalize("READ\u00A0 MORE:"));
    assertEquals("don't miss", TextNormalizer.normalize("• Don’t   Miss —"));
    assertEquals("реклама", TextNormalizer.normalize("РЕКЛАМА"));
    assertEquals("i\u0307stanbul", TextNormalizer.normalize("İstanbul"));
    assertEquals("", TextNormalizer.normalize(" \t-- "));
  }

  /** The straightforward definition the fast path must agree with. */
  private static String reference(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = TextNormalizer.fold(s.charAt(i));
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(c);
    }
    int start = 0;
    int end = sb.length();
    while (start < end && TextNormalizer.isDecoration(sb.charAt(start))) {
      start++;
    }
    while (end > start && TextNormalizer.isDecoration(sb.charAt(end - 1))) {
      end--;
    }
    return sb.substring(start, end).trim().toLowerCase(Locale.ROOT);
  }

  @Test
  void agreesWithTheReferenceOnGeneratedLines() {
    String alphabet = "aZ .-:|•»«?!\t\u00A0\u2003\u0007\u001F“”’—İΣσςßÄé😀\u3000x";
    Random random = new Random(20261122);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(24);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertEquals(reference(s), TextNormalizer.normalize(s), () -> "input: " + s);
    }
  }
}
