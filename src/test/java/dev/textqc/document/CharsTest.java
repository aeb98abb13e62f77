package dev.textqc.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void agreesWithCharacterOnEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isLetter(c), Chars.isLetter(c), () -> "isLetter " + (int) c);
      assertEquals(Character.isDigit(c), Chars.isDigit(c), () -> "isDigit " + (int) c);
      assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), () -> "alnum " + (int) c);
      assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Chars.isSpace(c),
          () -> "isSpace " + (int) c);
    }
  }
}
