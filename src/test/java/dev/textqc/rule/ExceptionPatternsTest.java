package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.document.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Exceptions of legitimate text: the scan of the fragments a pattern needs only skips patterns
 * that could not have matched, on REP_DOUBLED_WORD's own list and random text dense in its words.
 */
class ExceptionPatternsTest {
  private static final String[] WORDS = {"had", "Had", "that", "in", "IN", "to", "on", "off",
      "up", "bye", "ha", "Ha", "haha", "knock", "no", "so", "step", "go", "going", "what", "is",
      "was", "the", "word", "Smith", "Mr", "and", "with", "yeah", "ſo", "İn", "tó", "a"};
  private static final String[] GAPS = {" ", " ", " ", "  ", ", ", "\n", "-", " \u00A0"};

  /** REP_DOUBLED_WORD's exceptions, compiled as its rule file compiles them. */
  private static List<Pattern> doubledWordExceptions() throws IOException {
    List<Pattern> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("rules/repetition/doubled-word-exceptions.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(Pattern.compile(line.strip(), Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE));
      }
    }
    return out;
  }

  @Test
  void theScanSkipsOnlyPatternsThatCouldNotMatch() throws IOException {
    ExceptionPatterns exceptions = new ExceptionPatterns(doubledWordExceptions());
    Random random = new Random(20261123);
    int excused = 0;
    int findings = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      List<int[]> words = new ArrayList<>();
      int tokens = 2 + random.nextInt(9);
      for (int t = 0; t < tokens; t++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        int repeats = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
        for (int r = 0; r < repeats; r++) {
          words.add(new int[] {sb.length(), sb.length() + w.length()});
          sb.append(r > 0 && random.nextBoolean() ? w.toUpperCase(java.util.Locale.ROOT) : w)
              .append(GAPS[random.nextInt(GAPS.length)]);
        }
      }
      String text = sb.toString();
      // a finding is two or more words in a row, as the doubled-word rule reports them
      int a = random.nextInt(words.size() - 1);
      int b = a + 1 + random.nextInt(Math.min(3, words.size() - a - 1));
      Span span = new Span(words.get(a)[0], words.get(b)[1]);
      boolean expected = exceptions.excuseTryingEveryPattern(text, span);
      assertEquals(expected, exceptions.excuse(text, span), text + " " + span);
      excused += expected ? 1 : 0;
      findings++;
    }
    // the random text reaches the exceptions often enough for the comparison to mean something
    assertTrue(excused > findings / 50, excused + " of " + findings);
  }

  @Test
  void legitimateDoublesAreExcusedAndSlipsAreNot() throws IOException {
    ExceptionPatterns exceptions = new ExceptionPatterns(doubledWordExceptions());
    String go = "how far they are willing to go to to get it";
    assertTrue(exceptions.excuse(go, span(go, "to to")));
    String step = "they may step in in some form";
    assertTrue(exceptions.excuse(step, span(step, "in in")));
    String laugh = "he said ha ha ha and left";
    assertTrue(exceptions.excuse(laugh, span(laugh, "ha ha")));
    String slip = "word word word word";
    assertFalse(exceptions.excuse(slip, span(slip, "word word")));
    String the = "over the the fence";
    assertFalse(exceptions.excuse(the, span(the, "the the")));
  }

  private static Span span(String text, String finding) {
    int at = text.indexOf(finding);
    return new Span(at, at + finding.length());
  }
}
