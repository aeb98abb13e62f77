package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI shares one corpus memory across the documents of a run, unless told not to. */
class CorpusMemoryCliTest {
  private static final String TEMPLATE = "Gazette reader offers";

  @TempDir
  Path dir;

  private Path corpus() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    String[] stories = {
        "The council voted on Tuesday to add two evening ferries to the island route.",
        "Engineers closed the old swing bridge on Monday after finding cracks in two supports.",
        "Visitors queued from early morning to see the restored reading room and its ceiling."};
    for (int i = 0; i < stories.length; i++) {
      String text = stories[i] + "\\n\\n" + TEMPLATE + "\\n\\n" + stories[i].replace("The ", "A ")
          + " Officials promised an update next week, after the inspection.";
      jsonl.append("{\"id\":\"d").append(i).append("\",\"text\":\"").append(text)
          .append("\"}\n");
    }
    Path p = dir.resolve("corpus.jsonl");
    Files.writeString(p, jsonl, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aLineRecurringAcrossTheCorpusIsRemovedFromTheThirdDocumentOn() throws Exception {
    // one thread: which document sees a template line first is only defined in input order
    CliTest.Run r = CliTest.run("check", "-f", "jsonl", "--fail-on=never", "--threads", "1",
        corpus().toString());
    assertEquals(0, r.code(), r.err());
    String[] out = r.out().split("\n");
    assertEquals(3, out.length, r.out());
    assertFalse(out[0].contains("BP_PAGE_LAYOUT"), out[0]);
    assertFalse(out[1].contains("BP_PAGE_LAYOUT"), out[1]);
    assertTrue(out[2].contains("recurs in 3 documents of this run"), out[2]);
  }

  @Test
  void noCorpusMemoryChecksEachDocumentOnItsOwn() throws Exception {
    CliTest.Run r = CliTest.run("check", "-f", "jsonl", "--fail-on=never", "--no-corpus-memory",
        corpus().toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("recurs in"), r.out());
  }
}
