package dev.textqc.detect.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.Stage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encoding stage: repairs input -> output, idempotence, exact spans, untouched text. */
class EncodingRulesTest {
  private static final TextQc ENCODING = TextQc.of(TestSupport.builtinRules().stream()
      .filter(r -> r.meta().stage() == Stage.ENCODING).toList());

  private static String clean(String text) {
    return ENCODING.check(Document.of("t", text)).cleaned();
  }

  /** UTF-8 bytes read with a single-byte charset: how mojibake is made. */
  private static String misread(String s, String charset) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void repairsAreExactAndIdempotent() {
    String[][] cases = {
        {"Ã‰tÃ© Ã  MontrÃ©al", "Été à Montréal"},
        {"Itâ€™s â€œdoneâ€\u009d.", "It’s “done”."},
        {"I â¤ it", "I ❤ it"},
        {"Smith &amp; Sons &#8217; &#x2014;", "Smith & Sons ’ —"},
        {"inter\u00ADnational\u200B", "international"},
        {"\uFEFFHello\u0007 world", "Hello world"},
        {"Wait\u0085 what?", "Wait… what?"},
    };
    for (String[] c : cases) {
      String out = clean(c[0]);
      assertEquals(c[1], out, "repair of " + c[0]);
      assertEquals(out, clean(out), "second repair of " + c[0]);
    }
  }

  @Test
  void mojibakeMadeByTheJvmIsUndone() {
    // no ” here: its last byte (0x9D) has no Windows-1252 reading, so the JVM drops it
    String original = "Zürich, São Paulo, Kraków, Ελληνικά, Привет, 日本語 — ‘quoted’ “so …";
    assertEquals(original, clean(misread(original, "windows-1252")));
    // read twice, Cyrillic and dashes would pass through the undefined bytes: Latin text only
    String latin = "Zürich, São Paulo, Kraków ‘quoted’ …";
    assertEquals(latin, clean(misread(misread(latin, "windows-1252"), "windows-1252")));
  }

  @Test
  void spanOfTheRepairIsTheDamagedWordAfterAnEmoji() {
    String text = "😀 cafÃ© “ok”";
    Result r = ENCODING.check(Document.of("t", text));
    List<Annotation> found = r.annotations();
    assertEquals(1, found.size(), found.toString());
    assertEquals("cafÃ©", found.get(0).span().of(text));
    assertEquals("café", found.get(0).replacement());
    assertEquals("😀 café “ok”", r.cleaned());
  }

  @Test
  void correctTextThatLooksOddIsLeftAlone() {
    for (String ok : List.of("NESTLÉ® Ō¬o", "10 Å— roughly", "(-1/2)! = √π", "Brontë…”",
        "ESSE CARA AI QUEM É¿", "HÅØYA ER BLÅØYD", "Family 👨\u200D👩\u200D👧 emoji",
        "SELKÄ\u00A0EDELLÄ\u00A0MAAHAN", "ВІКІ is Ukrainian for WIKI")) {
      Result r = ENCODING.check(Document.of("t", ok));
      assertEquals(ok, r.cleaned(), "changed: " + ok);
      assertTrue(r.annotations().stream().noneMatch(a -> a.category() == Category.ENCODING),
          ok + ": " + r.annotations());
    }
  }
}
