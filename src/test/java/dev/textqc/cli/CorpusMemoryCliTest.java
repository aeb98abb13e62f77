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
  void theFindingsAreTheSameWhateverTheThreadCount() throws Exception {
    // many short documents, so several are in flight at once; every third one adds its own
    // template line, so which of them a worker checks first would change the counts
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      String text = "Story number " + i + " tells of the ferry, the bridge and the council.\\n\\n"
          + "Gazette offer " + (i % 7) + "\\n\\nIt ends with a sentence of its own, number " + i
          + ".\\n\\nMore from the Gazette\\n\\nSection " + (i % 3);
      jsonl.append("{\"id\":\"d").append(i).append("\",\"text\":\"").append(text)
          .append("\"}\n");
    }
    Path p = dir.resolve("many.jsonl");
    Files.writeString(p, jsonl, StandardCharsets.UTF_8);
    CliTest.Run one = CliTest.run("check", "-f", "jsonl", "--fail-on=never", "--threads", "1",
        p.toString());
    assertEquals(0, one.code(), one.err());
    assertTrue(one.out().contains("recurs in"), one.out());
    for (int run = 0; run < 3; run++) {
      CliTest.Run four = CliTest.run("check", "-f", "jsonl", "--fail-on=never", "--threads", "4",
          p.toString());
      assertEquals(one.out(), four.out());
    }
  }

  @Test
  void noCorpusMemoryChecksEachDocumentOnItsOwn() throws Exception {
    CliTest.Run r = CliTest.run("check", "-f", "jsonl", "--fail-on=never", "--no-corpus-memory",
        corpus().toString());
    assertEquals(0, r.code(), r.err());
    assertFalse(r.out().contains("recurs in"), r.out());
  }
}
