package dev.textqc.detect.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quote analysis walks from mark to mark; it must report exactly what the character-by-
 * character walk it replaced ({@link QuoteAnalysisReference}) reported, on random texts dense in
 * marks, line breaks and blank lines, under the built-in styles and each style alone.
 */
class QuoteAnalysisEquivalenceTest {
  private static final String[] TOKENS = {"the", "We", "said", "12", "a", " ", " ", " ", "  ",
      "\n", "\n", "\n\n", "\n \n", "\r\n", ".", ",", "!", "?", "…", ":", "(", "-", "—",
      "\"", "\"", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "'",
      "don’t", "’90s", "5\"", "12”", " “", "” ", ". ”", "\n“", "\n\"", "😀", "\t", "\r",
      "\u00A0", "\u2028", "\n\t\n", "\n\u00A0\n"};

  static List<QuoteStyle> builtinStyles() throws IOException {
    try (InputStream in = QuoteAnalysisEquivalenceTest.class
        .getResourceAsStream("/textqc/rules/quotes/quote-styles.txt")) {
      List<String> lines = new ArrayList<>();
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.strip().startsWith("#")) {
          lines.add(l);
        }
      }
      return QuoteStyle.parse(lines, "quote-styles.txt");
    }
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int tokens = random.nextInt(80);
    for (int t = 0; t < tokens; t++) {
      sb.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return sb.toString();
  }

  @Test
  void theMarkWalkReportsWhatTheCharacterWalkReported() throws IOException {
    List<QuoteStyle> styles = builtinStyles();
    assertTrue(styles.size() >= 6);
    Random random = new Random(20261122);
    int issues = 0;
    for (int i = 0; i < 30_000; i++) {
      String text = randomText(random);
      List<QuoteIssue> expected = QuoteAnalysisReference.analyze(text, styles);
      assertEquals(expected, QuoteAnalysis.analyze(text, styles), () -> text.replace("\n", "\\n"));
      issues += expected.size();
      QuoteStyle one = styles.get(random.nextInt(styles.size()));
      assertEquals(QuoteAnalysisReference.analyze(text, one), QuoteAnalysis.analyze(text, one),
          () -> one.name() + ": " + text.replace("\n", "\\n"));
    }
    assertTrue(issues > 10_000, "the random texts are dense in quotation problems: " + issues);
  }
}
