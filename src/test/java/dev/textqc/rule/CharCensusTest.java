package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharCensusTest {

  @Test
  void knowsWhichCharactersOccur() {
    CharCensus c = CharCensus.of("Tab\there, “quoted” & 😀");
    assertTrue(c.contains('\t'));
    assertTrue(c.contains('&'));
    assertTrue(c.contains('\u201C'));
    assertTrue(c.contains('\uD83D')); // surrogates are chars like any other
    assertFalse(c.contains('\u0007'));
    assertFalse(c.contains('~'));
    assertFalse(c.contains('\u00A0'));
    assertTrue(c.hasNonAscii());
  }

  @Test
  void pureAsciiTextHasNoOtherCharacters() {
    CharCensus c = CharCensus.of("plain words.");
    assertFalse(c.hasNonAscii());
    for (char space = '\u2000'; space <= '\u200A'; space++) {
      assertFalse(c.contains(space));
    }
    assertTrue(c.contains('a'));
    for (char control = '\u0000'; control <= '\u0008'; control++) {
      assertFalse(c.contains(control));
    }
  }

  @Test
  void mayContainIsNeverFalseForAFragmentThatOccurs() {
    CharCensus c = CharCensus.of("a , b ; c");
    assertTrue(c.mayContain(" ,"));
    assertTrue(c.mayContain(", ")); // every char occurs: only a maybe
    assertFalse(c.mayContain(" ."));
  }
}
