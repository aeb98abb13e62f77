package dev.textqc.detect.garbled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.document.Line;
import dev.textqc.document.Lines;
import dev.textqc.document.Span;
import dev.textqc.rule.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared sentence split and the allocation-free helpers behind it agree with the plain
 * definitions they replace: a split of each line of {@link Lines} tested character by character,
 * {@code substring().toLowerCase()} set lookups, and lines built before looking at them.
 */
class SentenceSplitTest {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "gen", "jan", "st");
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(ABBREVIATIONS);

  /** The splitter as first written: per line of {@link Lines}, every character tested. */
  private static List<Sentence> reference(String text) {
    List<Sentence> out = new ArrayList<>();
    for (Line line : Lines.of(text)) {
      if (line.isBlank()) {
        continue;
      }
      String s = line.text();
      List<Span> spans = new ArrayList<>();
      int n = s.length();
      int start = skip(s, 0);
      int i = start;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '.' || c == '!' || c == '?') {
          int end = i + 1;
          while (end < n && ".!?".indexOf(s.charAt(end)) >= 0) {
            end++;
          }
          while (end < n && SentenceSplitter.isCloser(s.charAt(end))) {
            end++;
          }
          int next = skip(s, end);
          if (next > end && next < n && SentenceSplitter.startsSentence(s.charAt(next))
              && !(c == '.' && end == i + 1 && referenceAbbreviation(s, i))) {
            spans.add(new Span(start, end));
            start = next;
            i = next;
            continue;
          }
          i = end;
          continue;
        }
        i++;
      }
      int end = n;
      while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        spans.add(new Span(start, end));
      }
      for (int k = 0; k < spans.size(); k++) {
        Span sp = spans.get(k);
        out.add(new Sentence(new Span(line.content().start() + sp.start(),
            line.content().start() + sp.end()), line.index(), k, spans.size(),
            s.substring(sp.start(), sp.end())));
      }
    }
    return out;
  }

  private static boolean referenceAbbreviation(String s, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
      b--;
    }
    return b < dot && (dot - b == 1 || s.lastIndexOf('.', dot - 1) >= b
        || ABBREVIATIONS.contains(s.substring(b, dot).toLowerCase(Locale.ROOT)));
  }

  private static int skip(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t'
        || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static final String[] PIECES = {"The talks ended. ", "they met again. ", "Mr. Smith ",
      "U.S. ", "Jan. 5 ", "Wait!? ", "“Go.” ", "(Yes.) ", "\n", "\r\n", "\n\n", " \t\n", "\u00A0",
      "St. ", "end...", ". ", "? ", "Ça va. ", "İ. ", "a", "\r", " – Next ", "1. "};

  private static String randomText(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(25); k > 0; k--) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void splitAgreesWithTheLineByLineReference() {
    Random r = new Random(7);
    for (int k = 0; k < 5000; k++) {
      String text = randomText(r);
      List<Sentence> got = SPLITTER.sentences(AnalyzedText.of(text));
      assertEquals(reference(text), got, text);
      Sentences offsets = SPLITTER.offsets(AnalyzedText.of(text));
      for (int j = 0; j < offsets.size(); j++) {
        assertEquals(got.get(j).endMark(), offsets.endMark(j), text);
      }
    }
  }

  @Test
  void sentencesKnowTheirLineAndPlace() {
    String text = "One. Two.\r\n\r\n  Three? four. Five\n";
    List<Sentence> s = SPLITTER.sentences(AnalyzedText.of(text));
    assertEquals(List.of("One.", "Two.", "Three? four.", "Five"),
        s.stream().map(Sentence::text).toList());
    assertEquals(List.of(0, 0, 2, 2), s.stream().map(Sentence::line).toList());
    assertEquals(List.of(0, 1, 0, 1), s.stream().map(Sentence::index).toList());
    assertEquals(List.of(2, 2, 2, 2), s.stream().map(Sentence::count).toList());
  }

  @Test
  void wordsByOffsetMatchTheWordList() {
    String text = "It’s a well-known ‘fact’ - isn't it? 2-3 o'clock -x y- 'z'.";
    Sentences s = SPLITTER.offsets(AnalyzedText.of(text));
    for (int k = 0; k < s.size(); k++) {
      List<String> words = new ArrayList<>();
      for (int i = s.nextWord(k, s.start(k)); i < s.end(k); ) {
        int to = s.wordEnd(k, i);
        words.add(text.substring(i, to));
        i = s.nextWord(k, to);
      }
      assertEquals(s.sentence(k).words(), words);
    }
  }

  @Test
  void wordSetFoldsCaseLikeToLowerCase() {
    WordSet set = new WordSet(Set.of("would", "i\u0307stanbul", "é"));
    String s = "WOULD Would woul wouldn İstanbul É";
    assertTrue(set.contains(s, 0, 5));
    assertTrue(set.contains(s, 6, 11));
    assertFalse(set.contains(s, 12, 16));
    assertFalse(set.contains(s, 17, 23));
    // non-ASCII takes the exact path: "İ" lower-cases to two characters
    assertTrue(set.contains(s, 24, 32));
    assertTrue(set.contains(s, 33, 34));
    assertFalse(new WordSet(Set.of()).contains("a"));
  }

  @Test
  void occurrencesComeInOrder() {
    String s = "a-b – c — d-";
    Scan.Occurrences dashes = new Scan.Occurrences(s, '-', '–', '—');
    List<Integer> at = new ArrayList<>();
    for (int k = dashes.from(0); k >= 0; k = dashes.from(k + 1)) {
      at.add(k);
    }
    assertEquals(List.of(1, 4, 8, 11), at);
  }

  @Test
  void headingGateFindsOnlyLowerCaseStartsAfterABlankLine() {
    assertFalse(LowercaseHeadingDetector.hasLowerCaseParagraphStart("One.\ntwo\nThree."));
    assertFalse(LowercaseHeadingDetector.hasLowerCaseParagraphStart("One.\n\nTwo."));
    assertFalse(LowercaseHeadingDetector.hasLowerCaseParagraphStart("lower start\n"));
    assertTrue(LowercaseHeadingDetector.hasLowerCaseParagraphStart("One.\n \t\n  two\n\nX"));
    assertTrue(LowercaseHeadingDetector.hasLowerCaseParagraphStart("One.\r\n\r\ntwo"));
  }
}
