package dev.textqc.rule.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The census never rules out a character the text holds, and does rule out the rare ones. */
class CharCensusTest {
  private static final String RARE = "\u0000\u0007\u001F\u007F\t\r[&\"';<\u0085\u00A0\u00AD«»"
      + "\u1680\u2002\u200B\u200D\u2028\u205F\u202F‘’‚“”„–—‹›…「」『\uFEFF\uFFFD";

  @Test
  void everyCharacterOfTheTextMayOccur() {
    Random random = new Random(20261122);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = i % 100 == 0 ? random.nextInt(9000) : random.nextInt(20); // some span chunks
      for (int k = 0; k < len; k++) {
        int kind = random.nextInt(4);
        sb.append(kind == 0 ? (char) random.nextInt(0x10000)
            : kind == 1 ? RARE.charAt(random.nextInt(RARE.length()))
            : (char) (' ' + random.nextInt(95)));
      }
      String s = sb.toString();
      CharCensus census = CharCensus.of(s);
      boolean ascii = true;
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        assertTrue(census.mayContain(c), () -> "U+" + Integer.toHexString(c));
        ascii &= s.charAt(k) < 0x80;
      }
      assertEquals(ascii, census.pureAscii(), s);
    }
  }

  @Test
  void plainProseRulesOutTheRareCharacters() {
    CharCensus census = CharCensus.of("The mayor said it was 12.5% lower (not 13), didn’t he?\n"
        + "“Yes,” she said - and left.");
    for (char c : "\u0000\u007F\t\r[&\u0085\u00A0\u00AD«»\u2002\u200B\u2028\u202F„‹「\uFEFF"
        .toCharArray()) {
      assertFalse(census.mayContain(c), () -> "U+" + Integer.toHexString(c));
    }
    assertTrue(census.mayContain('’'));
    assertTrue(census.mayContain('“'));
    assertFalse(census.pureAscii());
    assertTrue(CharCensus.of("plain ASCII, \"quoted\".").pureAscii());
    assertTrue(CharCensus.of("").pureAscii());
  }
}
