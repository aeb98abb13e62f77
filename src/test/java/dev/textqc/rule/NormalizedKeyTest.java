package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NormalizedKeyTest {

  @Test
  void isTheHashOfTheNormalisedLine() {
    String[] pieces = {"Read", "MORE", ":", "- ", " -", "•", "’", "“", "—", "\u00A0", "\t", " ",
        "РЕКЛАМА", "İstanbul", "ΟΔΟΣ", "Σ", "😀", "\uD801\uDC00", "é", "\u0001", "…", "»", "x",
        "Ǆ", "ß", "...", "|"};
    Random random = new Random(11);
    char[] buf = new char[256];
    for (int t = 0; t < 20000; t++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(9);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      String normalized = TextNormalizer.normalize(s);
      assertEquals(BoundedCorpusMemory.hash(normalized), NormalizedKey.of(s, buf), s);
      assertEquals(normalized.isEmpty(), NormalizedKey.of(s, buf) == NormalizedKey.EMPTY, s);
    }
  }

  @Test
  void isTheHashOfTheNormalisedLineInsideALongerText() {
    String[] pieces = {"Read", "MORE", ":", "- ", " -", "•", "’", "“", "—", "\u2013", "\u00A0",
        "\u202F", "\t", " ", "  ", "«", "»", "РЕКЛАМА", "İstanbul", "ΟΔΟΣ", "Σ", "😀", "é", "\u0001",
        "\u001F", "…", "x", "Ǆ", "ß", "...", "|", "#", ">", "\u25BA", "Z", "a", "\u2192", "!"};
    Random random = new Random(13);
    char[] buf = new char[512];
    for (int t = 0; t < 50000; t++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(16);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      char[] text = ("ÀB" + s + "zΣ").toCharArray();
      assertEquals(BoundedCorpusMemory.hash(TextNormalizer.normalize(s)),
          NormalizedKey.of(text, 2, 2 + s.length(), buf), s);
    }
  }
}
