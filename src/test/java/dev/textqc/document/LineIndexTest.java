package dev.textqc.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void linesAndColumnsAreOneBased() {
    LineIndex index = new LineIndex("ab\ncd\r\n\nef");
    assertEquals(4, index.lineCount());
    assertEquals(1, index.line(0));
    assertEquals(1, index.line(2)); // the \n belongs to the line it ends
    assertEquals(2, index.line(3));
    assertEquals(3, index.column(5)); // the \r of line 2
    assertEquals(3, index.line(7));
    assertEquals(4, index.line(8));
    assertEquals(2, index.column(9));
    assertEquals(8, index.lineStart(4));
  }

  @Test
  void columnsCountCodePoints() {
    LineIndex index = new LineIndex("x\n\uD83D\uDE00y");
    assertEquals(2, index.column(4)); // after one emoji (two chars)
  }

  @Test
  void columnsAndCountsAgreeWithCodePointCountAroundPairsAndLoneSurrogates() {
    Random random = new Random(20261123);
    String[] pieces = {"a", "\n", "\uD83D\uDE00", "\uD83D", "\uDE00", "é", " "};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      LineIndex index = new LineIndex(text);
      for (int offset = 0; offset <= text.length() + 1; offset++) {
        int start = index.lineStart(index.line(offset));
        int expected = text.codePointCount(start, Math.min(offset, text.length())) + 1;
        assertEquals(expected, index.column(offset), text + " @" + offset);
        for (int from = 0; from <= Math.min(offset, text.length()); from++) {
          assertEquals(text.codePointCount(from, Math.min(offset, text.length())),
              index.codePoints(from, Math.min(offset, text.length())));
        }
      }
    }
  }

  @Test
  void agreesWithACharByCharCountOnRandomText() {
    Random random = new Random(7);
    char[] alphabet = {'a', ' ', '\n', '\r', 'é', '\u2028'};
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      LineIndex index = new LineIndex(text);
      int line = 1;
      for (int i = 0; i <= text.length(); i++) {
        assertEquals(line, index.line(i), () -> "offset in " + text.replace("\n", "\\n"));
        if (i < text.length() && text.charAt(i) == '\n') {
          line++;
        }
      }
      assertEquals(line, index.lineCount());
    }
  }
}
