package dev.textqc.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.textqc.TestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boilerplate-lines suite reports the even- and odd-numbered records apart, so a gain tuned on
 * the even half can be checked on the odd one; the halves add up to the primary numbers.
 */
class BoilerplateLinesHalvesTest {

  @Test
  void evenAndOddRecordsAreScoredApartAndAddUp(@TempDir Path dir) throws Exception {
    // record 0 (even): a menu line the rules remove, and an article line
    // record 1 (odd): an article line and a footer line the rules remove, one ambiguous line
    String even = "{\"id\":\"t:0\",\"lines\":[\"Skip to content\",\"The council met on Tuesday and"
        + " approved the budget for next year after a long debate.\"],"
        + "\"boilerplate\":[true,false],\"ambiguous\":[false,false]}";
    String odd = "{\"id\":\"t:1\",\"lines\":[\"The ferry left on time and the crossing was calm,"
        + " the captain said after the boat docked.\",\"Source: Read Full Article\",\"Home\"],"
        + "\"boilerplate\":[false,true,true],\"ambiguous\":[false,false,true]}";
    Path file = dir.resolve("t.jsonl");
    Files.writeString(file, even + "\n" + odd + "\n", StandardCharsets.UTF_8);

    SuiteReport rep = BoilerplateLinesSuite.score(TestSupport.defaultQc(), file, "t");

    assertEquals("1/1", rep.counts().get("even.boilerplate.lines.recall"));
    assertEquals("0/1 lines", rep.counts().get("even.content-loss"));
    assertEquals("1/1", rep.counts().get("odd.boilerplate.lines.recall"));
    assertEquals("0/1 lines", rep.counts().get("odd.content-loss"));
    assertEquals("2/2", rep.counts().get("boilerplate.lines.recall"));
    assertEquals("0/2 lines", rep.counts().get("content-loss"));
  }
}
