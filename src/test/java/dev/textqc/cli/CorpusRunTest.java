package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The worker pool through the CLI: order, failure isolation, timeouts and the summary. */
class CorpusRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path corpus(int records, int brokenAt) throws Exception {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < records; i++) {
      if (i == brokenAt) {
        b.append("{\"id\": \"broken\", \"text\": \n");
        continue;
      }
      b.append(JSON.writeValueAsString(java.util.Map.of("id", "r" + i, "text",
          "Record " + i + " says the the same thing.\n\n- Advertisement -\n"))).append('\n');
    }
    Path p = dir.resolve("corpus.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
      o.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  private static List<String> ids(Path jsonl) throws Exception {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    return ids;
  }

  @Test
  void outputOrderAndContentDoNotDependOnThreads() throws Exception {
    Path in = corpus(60, 17);
    CliTest.Run one = CliTest.run("clean", "--threads", "1", "-o", dir.resolve("one").toString(),
        in.toString());
    CliTest.Run four = CliTest.run("clean", "--threads", "4", "-o",
        dir.resolve("four").toString(), in.toString());
    assertEquals(2, one.code(), "a broken record makes the exit code 2: " + one.err());
    assertEquals(2, four.code(), four.err());
    assertTrue(four.err().contains("corpus.jsonl.gz:18: not a JSON object"), four.err());
    Path a = dir.resolve("one/corpus.jsonl");
    Path b = dir.resolve("four/corpus.jsonl");
    assertEquals(59, ids(a).size(), "every good record is written");
    assertEquals("r0", ids(a).get(0));
    assertEquals("r59", ids(a).get(58));
    assertEquals(Files.readString(a), Files.readString(b));
    JsonNode first = JSON.readTree(Files.readAllLines(a).get(0));
    assertFalse(first.get("text").asText().contains("Advertisement"), first.toString());
  }

  @Test
  void loneSurrogatesAndPairsSurviveTheCleanedCorpus() throws Exception {
    Path in = dir.resolve("lone.jsonl");
    // a lone high surrogate before a space, a lone low one, a reversed pair and an emoji
    String text = "A lone \\ud800 surrogate, \\udc00 and \\udc00\\ud800 x, \\ud83d\\ude00.";
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"Before.\"}\n"
        + "{\"id\":\"lone\",\"text\":\"" + text + "\"}\n"
        + "{\"id\":\"b\",\"text\":\"After.\"}\n");
    CliTest.Run r = CliTest.run("clean", "-o", dir.resolve("out").toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    Path cleaned = dir.resolve("out/lone.jsonl");
    assertEquals(List.of("a", "lone", "b"), ids(cleaned));
    assertEquals("A lone \ud800 surrogate, \udc00 and \udc00\ud800 x, \ud83d\ude00.",
        JSON.readTree(Files.readAllLines(cleaned).get(1)).get("text").asText());
    List<String> notes = Files.readAllLines(dir.resolve("out/lone.annotations.jsonl"));
    assertEquals(3, notes.size());
    assertEquals("A lone \ud800 surrogate, \udc00 and \udc00\ud800 x, \ud83d\ude00.",
        JSON.readTree(notes.get(1)).get("cleaned").asText());
  }

  @Test
  @Timeout(60) // a run that never replaced its stuck worker would wait forever
  void aDocumentThatRunsTooLongIsSkippedAndTheRunCompletes() throws Exception {
    // a user rule with catastrophic backtracking: hopeless on a long run of a's
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    Files.writeString(rules.resolve("PUNCT_SLOW.yaml"), String.join("\n",
        "id: PUNCT_SLOW", "kind: inline-regex", "category: punctuation", "type: slow",
        "message: Slow.", "description: Backtracks for ages on a run of a's.",
        "pattern: '(.*a){12}x'", "examples:", "  incorrect: [aaaaaaaaaaaax]", "  correct: [ccc]", ""));
    StringBuilder b = new StringBuilder();
    b.append("{\"id\":\"fast1\",\"text\":\"Nothing to see.\"}\n");
    b.append("{\"id\":\"slow\",\"text\":\"").append("a".repeat(26)).append("c\"}\n");
    b.append("{\"id\":\"fast2\",\"text\":\"Nothing here either.\"}\n");
    Path in = dir.resolve("c.jsonl");
    Files.writeString(in, b);
    // one thread: the run can only finish if a fresh worker takes the stuck one's place
    CliTest.Run r = CliTest.run("check", "--rules", rules.toString(), "--enable", "PUNCT_SLOW",
        "--timeout", "300ms", "--threads", "1", "--format", "jsonl", in.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("slow: timed out after 300 ms"), r.err());
    List<String> ids = new ArrayList<>();
    for (String line : r.out().strip().split("\n")) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(List.of("fast1", "fast2"), ids);
  }

  @Test
  void summaryCountsDocumentsFindingsAndErrors() throws Exception {
    Path in = corpus(5, 2);
    CliTest.Run r = CliTest.run("check", "--progress", "always", "--format", "jsonl",
        in.toString());
    assertEquals(2, r.code(), r.err());
    String summary = r.err().lines().filter(l -> l.startsWith("textqc: 4 documents"))
        .findFirst().orElse("");
    assertTrue(summary.contains("boilerplate 4"), r.err());
    assertTrue(summary.contains("errors: 1"), r.err());
    assertTrue(summary.contains("MB/s"), r.err());
  }

  @Test
  void aNegativeThreadCountIsAUsageErrorAndZeroMeansOnePerCore() throws Exception {
    CliTest.Run bad = CliTest.run("check", "--threads", "-3", "x.txt");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("'-3': must be 0 (one per core) or more"), bad.err());
    Path in = corpus(3, -1);
    CliTest.Run zero = CliTest.run("check", "--threads", "0", "--fail-on=never", "--format", "jsonl",
        in.toString());
    assertEquals(0, zero.code(), zero.err());
    assertEquals(3, zero.out().strip().split("\n").length, zero.out());
  }

  @Test
  void anErrorMessageStartsOnItsOwnLineNotAfterTheProgressBar() throws Exception {
    Path in = dir.resolve("c.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"Fine.\"}\nnot json\n"
        + "{\"id\":\"c\",\"text\":\"Fine too.\"}\n");
    CliTest.Run r = CliTest.run("check", "--progress", "always", "--format", "jsonl",
        in.toString());
    assertEquals(2, r.code(), r.err());
    String err = r.err();
    int at = err.indexOf("textqc: " + in + ":2: not a JSON object");
    assertTrue(at >= 0, err);
    // the first document drew the bar; the message must not continue its line
    assertTrue(at == 0 || err.charAt(at - 1) == '\r' || err.charAt(at - 1) == '\n',
        err.replace("\r", "<CR>"));
  }

  @Test
  void badTimeoutIsAUsageError() {
    CliTest.Run r = CliTest.run("check", "--timeout", "soon", "x.txt");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("'soon' is not a duration"), r.err());
  }
}
