package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineFeaturesTest {
  private final LineFeatures features = new LineFeatures(Set.of("the", "of", "and", "to", "a"));

  private double value(double[] row, String name) {
    return row[LineFeatures.NAMES.indexOf(name)];
  }

  @Test
  void describesEachLineAndItsPlace() {
    List<String> lines = List.of(
        "Home | News | Sport",
        "Posts: 482",
        "The mayor said the end of the works was near, and the bridge would open to traffic.",
        "“We are ready,” she said.",
        "Share");
    double[][] rows = features.of(lines);
    assertEquals(lines.size(), rows.length);
    for (double[] row : rows) {
      assertEquals(LineFeatures.NAMES.size(), row.length);
    }
    assertEquals(1, value(rows[0], "pipe"));
    assertEquals(1, value(rows[0], "aboveProse"));
    assertEquals(1, value(rows[1], "labelColon"));
    assertEquals(1, value(rows[1], "digitsAndColon"));
    assertEquals(1, value(rows[2], "endsSentence"));
    assertEquals(0, value(rows[2], "aboveProse"));
    assertEquals(7 / 17.0, value(rows[2], "functionWords"), 1e-9); // The, the, of, the, and, the, to
    assertEquals(1, value(rows[3], "endsSentence")); // the period inside the closing quote
    assertEquals(1, value(rows[4], "belowProse"));
    assertEquals(1, value(rows[4], "words1"));
    assertEquals(1, value(rows[4], "relativePosition"));
    assertEquals(1, value(rows[0], "logShortRun") > 0 ? 1 : 0);
  }

  @Test
  void countsRepetitionWithinThePage() {
    double[][] rows = features.of(List.of("Share", "Some text here.", "share "));
    assertEquals(1, value(rows[0], "repeatedInPage"));
    assertEquals(0, value(rows[1], "repeatedInPage"));
  }

  @Test
  void anEmptyPageHasNoRows() {
    assertEquals(0, features.of(List.of()).length);
  }

  @Test
  void theLookedUpLogarithmIsTheJdkOne() {
    for (int count : new int[] {0, 1, 6, 8, 4095, 4096, 100_000}) {
      assertEquals(Math.log1p(count), LineFeatures.log1p(count), 0.0);
    }
  }

  @Test
  void aColonThatStartsAWordDoesNotCountThatWord() {
    double[][] rows = features.of(List.of("Latest Archived News :", "Latest Archived News Pages:"));
    assertEquals(1, value(rows[0], "labelColon")); // three words before the colon
    assertEquals(0, value(rows[1], "labelColon")); // four, the colon's own included
  }

  private static final String[] PIECES = {
      "the", "The", "of", "AND", "to", "a", "menu", "Home", "news", "Sport", "profile",
      "extraordinarily", "internationalisation", "x", "I", "día", "straße", "İstanbul", "ΣΟΦΙΑ",
      "\u212Aelvin", "naïve", "2011", "12:30", "9am", "a1", "1a", "it's", "don't", "e-mail",
      "(the", "the)", "\"the\"", "“and”", "‘to’", ".", ",", ":", ";", "!", "?", "…", "|", "»",
      "@", "http://x.org", "HTTP", "hTtP", "www.", "WWW.site", ".com", ".COM", "x.com", "•", "-",
      "—", "*", "#", "»", "”", "’", ")", "\"", "..", "?)", ".”", "!’", "\u0000", "\uD83D\uDE00",
      "ab|cd", "Posts:", "Joined:", ":Label", "\u00BD"};
  private static final String[] SPACES = {
      " ", " ", " ", " ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\u001C", "\u000B", "\u200B"};

  /** Random pages: long and short lines, sentence ends, repeats, odd spaces and letters. */
  private static List<String> randomPage(Random random) {
    List<String> lines = new ArrayList<>();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      if (!lines.isEmpty() && random.nextInt(6) == 0) {
        String again = lines.get(random.nextInt(lines.size()));
        lines.add(random.nextBoolean() ? again.toUpperCase(java.util.Locale.ROOT) : " " + again);
        continue;
      }
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(5) == 0) {
        sb.append(SPACES[random.nextInt(SPACES.length)]);
      }
      int words = random.nextInt(4) == 0 ? 5 + random.nextInt(40) : random.nextInt(9);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          sb.append(random.nextInt(8) == 0 ? "" : SPACES[random.nextInt(SPACES.length)]);
        }
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextInt(3) == 0) {
        sb.append(new String[] {".", "!", "?", "…", ".”", ".\"", "?)", ":", " .", ". ", ".\u00A0"}
            [random.nextInt(11)]);
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  @Test
  void rowsMatchTheReferenceBitForBit() {
    Set<String> function = Set.of("the", "of", "and", "to", "a", "it", "i", "x", "day");
    LineFeatures fast = new LineFeatures(function);
    ReferenceLineFeatures reference = new ReferenceLineFeatures(function);
    Random random = new Random(7);
    for (int page = 0; page < 3000; page++) {
      List<String> lines = randomPage(random);
      double[][] expected = reference.of(lines);
      double[][] actual = fast.of(lines);
      assertEquals(expected.length, actual.length);
      for (int i = 0; i < expected.length; i++) {
        assertArrayEquals(expected[i], actual[i], "page " + page + " line " + i);
      }
      // the rule's view: rows for the lines it may score, the others read only as far as needed
      // the lines where they lie in a text, between other characters
      StringBuilder text = new StringBuilder(random.nextBoolean() ? "" : "\n \n");
      int[] start = new int[lines.size() + 2];
      int[] end = new int[start.length];
      for (int i = 0; i < lines.size(); i++) {
        start[i] = text.length();
        text.append(lines.get(i));
        end[i] = text.length();
        text.append(new String[] {"\n", "\r\n", "\n\n", "\n \t\n", "x"}[random.nextInt(5)]);
      }
      for (int pass = 0; pass < 10; pass++) {
        int maxWords = new int[] {-1, 0, 3, 12, 25}[pass % 5];
        LineFeatures.Page p = pass < 5 ? fast.page(lines.toArray(new String[0]), maxWords)
            : fast.page(text.toString(), start, end, lines.size(), maxWords);
        double[] row = new double[LineFeatures.NAMES.size()];
        for (int i = 0; i < expected.length; i++) {
          String where = "page " + page + " line " + i + " maxWords " + maxWords + " pass " + pass;
          long words = Math.round(Math.expm1(expected[i][1]));
          boolean sentence = expected[i][6] > 0;
          assertEquals(words <= maxWords && !(words >= 3 && sentence), p.scorable(i), where);
          assertEquals(sentence, p.endsSentence(i), where);
          if (words <= maxWords) {
            assertEquals(words, p.words(i), where);
          } else {
            assertTrue(p.words(i) > maxWords, where);
          }
          if (p.scorable(i)) {
            p.row(i, row);
            assertArrayEquals(expected[i], row, where);
          }
        }
      }
    }
  }
}
