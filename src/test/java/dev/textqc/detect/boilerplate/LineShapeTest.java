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
}
