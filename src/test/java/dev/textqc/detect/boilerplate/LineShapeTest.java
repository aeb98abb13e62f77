package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineShapeTest {

  @Test
  void aSentenceMayEndInAClosingQuoteOrAnEmoji() {
    assertTrue(LineShape.of("“We will not wait,” she said to the crowd.”").sentence());
    assertTrue(LineShape.of("Thanks for the tip, I will try it tonight. 🙂").sentence());
    assertFalse(LineShape.of("Council approves school extension").sentence());
  }

  @Test
  void wordsOfScriptsWithoutSpacesAreCountedByCharacters() {
    LineShape s = LineShape.of("設定画面からこのショートカットキーを変更することはできません。");
    assertTrue(s.words() >= 10, "words " + s.words());
    assertTrue(s.sentence());
  }

  @Test
  void aLongLineEndingInAColonIntroducesWhatFollows() {
    assertTrue(LineShape.of("The new evening departures from the quay are:").sentence());
    LineShape teaser = LineShape.of("MORE ON THIS:");
    assertTrue(teaser.colonHeader());
    assertTrue(teaser.shouting());
    assertFalse(teaser.sentence());
  }

  @Test
  void punctuationSymbolsAndLinksAreRecognised() {
    assertTrue(LineShape.of(" , ").punctuationOnly());
    assertTrue(LineShape.of("||").punctuationOnly());
    assertTrue(LineShape.of("facebook.com/harbourgazette @harbourgazette").symbolic());
    assertFalse(LineShape.of("12 March 2024").symbolic());
    assertFalse(LineShape.of("Ferry timetable changes").symbolic());
  }

  @Test
  void proseIsALongSentenceInMostlyLowerCase() {
    assertTrue(LineShape.of("The council voted on Tuesday to add two evening ferries to the "
        + "island route from next month.").prose());
    assertFalse(LineShape.of("A spokeswoman declined to comment.").prose());
    assertEquals(5, LineShape.of("A spokeswoman declined to comment.").words());
  }

  @Test
  void theLightPathAgreesWithTheFullShape() {
    String[] pieces = {"The", "council", "voted", "on", "Tuesday", " ", "  ", "\t", "\u00A0",
        "\u2003", ".", "!", "?", ":", "\uFF1A", "\u3002", "\u2026", "\"", "”", ")", "🙂", "™",
        "設定画面", "か", "한국어", "РЕКЛАМА", "новости", "ΟΔΟΣ", "é", "3", "12", "-", "—", "•",
        "www.example.com", "@handle", "#tag", "a", "B", ",", "\u0001", "\uD801\uDC00", "ǅ", "x"};
    java.util.Random random = new java.util.Random(7);
    for (int t = 0; t < 50000; t++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          sb.append(' ');
        }
      }
      String line = sb.toString();
      char[] padded = ("ab\n" + line + "\ncd").toCharArray();
      LineShape full = LineShape.of(line);
      int light = LineShape.sentenceWords(padded, 3, 3 + line.length());
      if (full.sentence()) {
        assertEquals(full.words() << 1 | (full.prose() ? 1 : 0), light, line);
      } else {
        assertEquals(-1, light, line);
      }
    }
  }
}
