package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineScanTest {

  private static final List<String> PHRASES =
      List.of("sign up", "advertisement", "don't miss", "read more", "реклама", "ad", "follow us");
  private static final List<String> FRAGMENTS = List.of("photo", "»", "©", "point of view", ":");

  private static LineScan scan() {
    return LineScan.of(List.of(
        new LineScan.Member(PHRASES, List.of(), 0, 0, 13),
        new LineScan.Member(PHRASES, List.of(), 0, 5, 0),
        new LineScan.Member(List.of(), FRAGMENTS, 40, 0, 0)));
  }

  /**
   * One to five lines of up to seven random pieces, each maybe followed by a space; lines end in
   * a line feed, or at random in a line feed or CR LF with {@code crlf}.
   */
  private static String randomText(Random random, String[] pieces, boolean crlf) {
    StringBuilder text = new StringBuilder();
    int lines = 1 + random.nextInt(5);
    for (int l = 0; l < lines; l++) {
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      text.append(!crlf || random.nextBoolean() ? "\n" : "\r\n");
    }
    return text.toString();
  }

  /** Candidates are a superset: every line a member can match has the member's bit. */
  @Test
  void everyLineAMemberCanMatchIsItsCandidate() {
    LineScan scan = scan();
    Random random = new Random(7);
    String[] pieces = {"Sign", "UP", "sign\u00A0 up", "- Advertisement -", "Don’t", "miss",
        "DON'T  MISS:", "read\tmore", "РЕКЛАМА", "İstanbul", "ΣΟΦΙΑ", "😀", "AD", "ad", "photo",
        "PHOTO", "»", "«", "©", "Point  of view", "point of\u2007view", ":", "•", "—", " ", "  ",
        "x", "follow us", "Follow\u202FUs", "word", "...", "|", "\u0001", "had"};
    for (int t = 0; t < 3000; t++) {
      String text = randomText(random, pieces, true);
      AnalyzedText view = AnalyzedText.of(text);
      LineScan.Result r = scan.run(view);
      for (int i = 0; i < view.lines().size(); i++) {
        String raw = view.lines().get(i).text();
        String n = TextNormalizer.normalize(raw);
        String lower = raw.toLowerCase(Locale.ROOT);
        boolean exact = PHRASES.contains(n);
        boolean contains = PHRASES.stream().anyMatch(n::contains)
            && (n.isEmpty() ? 1 : n.split(" ").length) <= 5;
        boolean fragment = FRAGMENTS.stream().anyMatch(lower::contains) && raw.length() <= 40;
        String where = "line '" + raw + "' of '" + text + "'";
        assertTrue(!exact || (r.mask(i) & 1) != 0, where);
        assertTrue(!contains || (r.mask(i) & 2) != 0, where);
        assertTrue(!fragment || (r.mask(i) & 4) != 0, where);
        assertEquals(n, r.normalized(i));
        assertEquals(lower, r.lowerCase(i));
      }
    }
  }

  @Test
  void proseLinesOverEveryBoundAreNobodysCandidate() {
    String prose = "We will sign up for the read more scheme, said the photo editor: "
        + "the board agreed after a long debate about the cost and the timetable.";
    LineScan.Result r = scan().run(AnalyzedText.of(prose + "\nSign up!\n"));
    assertEquals(0, r.mask(0));
    assertEquals(3, r.mask(1));
  }

  @Test
  void candidatesListTheLinesWhoseMaskHoldsEveryBit() {
    LineScan.Result r = scan().run(AnalyzedText.of(
        "Sign up\nphoto: x\nnothing\nad\n- ad -\nsign up: now\n\nread   more"));
    for (long bits : new long[] {1, 2, 4, 3, 6, 5, 7}) {
      List<Integer> expected = new java.util.ArrayList<>();
      for (int i = 0; i < r.lines(); i++) {
        if ((r.mask(i) & bits) == bits) {
          expected.add(i);
        }
      }
      assertEquals(expected, java.util.Arrays.stream(r.candidates(bits)).boxed().toList());
    }
  }

  @Test
  void aLineWithACharReadUnlikeItsCaseClassIsEveryonesCandidate() {
    // a case-insensitive "most" matches "moſt": the scan cannot read it as "s"
    LineScan.Result r = scan().run(AnalyzedText.of("moſt\nmost\nοδός"));
    assertEquals(7, r.mask(0));
    assertEquals(0, r.mask(1));
    assertEquals(7, r.mask(2));
  }

  /**
   * A line asked about on its own gets what a run over its text reports for it, settled or not:
   * a rule that reads the whole page every round (BP_PAGE_LAYOUT) asks so, since a run skips
   * the lines the pipeline marks settled.
   */
  @Test
  void aLineAskedAboutOnItsOwnGetsTheRunsMaskSettledOrNot() {
    LineScan scan = scan();
    Random random = new Random(11);
    String[] pieces = {"Sign", "UP", "sign\u00A0 up", "- Advertisement -", "Don’t", "miss",
        "read\tmore", "РЕКЛАМА", "İstanbul", "😀", "ad", "photo", "»", "©", "Point  of view",
        ":", "—", " ", "x", "follow us", "word", "the board agreed after a long debate"};
    int reported = 0;
    for (int t = 0; t < 2000; t++) {
      AnalyzedText view = AnalyzedText.of(randomText(random, pieces, false));
      LineScan.Result all = scan.run(view);
      java.util.BitSet settled = new java.util.BitSet();
      settled.set(0, view.lines().size());
      view.settleLines(settled);
      LineScan.Result none = scan.run(view);
      for (int i = 0; i < view.lines().size(); i++) {
        dev.textqc.document.Line line = view.lines().get(i);
        long mask = scan.mask(view.chars(), line.content().start(), line.content().end());
        assertEquals(all.mask(i), mask, "line '" + line.text() + "'");
        assertEquals(0, none.mask(i));
        reported += mask != 0 ? 1 : 0;
      }
    }
    assertTrue(reported > 1000, "lines with a member's literal: " + reported);
  }
}
