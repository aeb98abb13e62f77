package dev.textqc.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass counts agree with the regular expressions that define them. */
class TextCountsTest {
  private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{L}) - (?=\\p{L})");
  private static final Pattern OF_THE = Pattern.compile("(?<![\\p{L}\\p{N}])of the(?![\\p{L}\\p{N}])");
  private static final Pattern CONTRACTION = Pattern.compile(
      "\\p{L}['’](?:s|t|re|ve|ll|d|m)(?![\\p{L}\\p{N}_])");

  private static final List<String> TEXTS = List.of(
      "Details - in the report of the agency. The position of the ministry - unchanged.",
      "It's done, they'd say; we're sure the mayor's car isn't there, y'all.",
      "Don’t panic: “the plan” — she said — is ‘fine’ – mostly.",
      "The 'quoted' words and \"quotes\" stay straight; rock 'n' roll, o'clock, 'twas.",
      "Proof of theory, of thee, Of the, of  the, of-the, of\nthe, -of the-, ofthe.",
      "Ünïcödé wörds - ärë wörds; l’État; naïve café’s menu; 3 - 4 and a - 5.",
      "Emoji 😀 - ok, x - y - z, a-b, a -b, a- b, 'll 're 've 's.",
      "",
      "'s at the start, ends with it's");

  private static int count(Pattern p, String s) {
    int n = 0;
    Matcher m = p.matcher(s);
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void countsMatchTheirRegexDefinitions() {
    for (String t : TEXTS) {
      TextCounts c = TextCounts.of(t);
      assertEquals(count(SPACED_HYPHEN, t), c.spacedHyphens(), t);
      assertEquals(count(OF_THE, t), c.ofThe(), t);
      assertEquals(count(CONTRACTION, t), c.contractions(), t);
      assertEquals(t.chars().filter(ch -> ch == '–' || ch == '—').count(), c.typographicDashes(), t);
      assertEquals(t.chars().filter(ch -> "‘’“”".indexOf(ch) >= 0).count(),
          c.typographicQuotes(), t);
      assertEquals(t.chars().filter(ch -> ch == '\'' || ch == '"').count(), c.straightQuotes(), t);
    }
  }

  @Test
  void countsMatchTheirDefinitionsOnRandomText() {
    String[] pieces = {"of the ", "Of the ", "of  the ", "ofthe", "-", " - ", "a - b", "it's ",
        "don’t ", "'s", "’ll ", "‘", "“", "”", "\"", "–", "—", "naïve ", "ö", "2023", "😀", " ",
        "\n", "x", "_", "o", "f", "the", "l’État "};
    java.util.Random r = new java.util.Random(3);
    for (int k = 0; k < 3000; k++) {
      StringBuilder b = new StringBuilder();
      // every 50th text is long, so marks and "of the" fall on the edges of the chunks the
      // counter reads
      for (int j = k % 50 == 0 ? 2000 + r.nextInt(3000) : r.nextInt(30); j > 0; j--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String t = b.toString();
      TextCounts c = TextCounts.of(t);
      int words = 0;
      for (int i = 0; i < t.length(); i++) {
        if (Character.isLetterOrDigit(t.charAt(i))
            && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
          words++;
        }
      }
      assertEquals(words, c.words(), t);
      assertEquals(count(SPACED_HYPHEN, t), c.spacedHyphens(), t);
      assertEquals(count(OF_THE, t), c.ofThe(), t);
      // each apostrophe counts on its own ("x's's" twice), where the regex consumes the letter
      int contractions = 0;
      for (int i = 1; i < t.length(); i++) {
        if ((t.charAt(i) == '\'' || t.charAt(i) == '’') && Character.isLetter(t.charAt(i - 1))
            && CONTRACTION.matcher(t).region(i - 1, t.length()).lookingAt()) {
          contractions++;
        }
      }
      assertEquals(contractions, c.contractions(), t);
      assertEquals(t.chars().filter(ch -> ch == '–' || ch == '—').count(), c.typographicDashes(), t);
      assertEquals(t.chars().filter(ch -> "‘’“”".indexOf(ch) >= 0).count(),
          c.typographicQuotes(), t);
      assertEquals(t.chars().filter(ch -> ch == '\'' || ch == '"').count(), c.straightQuotes(), t);
    }
  }

  @Test
  void wordsAreRunsOfLettersAndDigits() {
    assertEquals(0, TextCounts.of("").words());
    assertEquals(0, TextCounts.of(" - ... ").words());
    assertEquals(5, TextCounts.of("It's 2023, l’État!").words());
    assertEquals(3, TextCounts.of("naïve café, ok").words());
  }

  @Test
  void ofTheNeedsOneSpaceAndLowerCase() {
    assertEquals(1, TextCounts.of("most of the time").ofThe());
    assertEquals(0, TextCounts.of("Of the two, of  the three, of\nthe four").ofThe());
    assertEquals(2, TextCounts.of("of the of the").ofThe());
  }
}
