package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.TestSupport;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import dev.textqc.report.JsonReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI through picocli, with captured output: formats, exit codes and bad inputs. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DIRTY = "Title here\n\n- Advertisement -\n\nIt was the the end. .\n";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws Exception {
    return TestSupport.writeFile(dir, name, text);
  }

  @Test
  void checkReportsFindingsAsFileLineColumnAndExitsOne() throws Exception {
    Path f = write("a.txt", DIRTY);
    Run r = run("check", "--color=never", f.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains(f + ":3:1: warning BP_AD_MARKER"), r.out());
    assertTrue(r.out().contains("REP_DOUBLED_WORD"), r.out());
    assertTrue(r.out().contains("1 document, 3 findings"), r.out());
  }

  @Test
  void cleanTextExitsZeroAndFailOnNeverIgnoresFindings() throws Exception {
    assertEquals(0, run("check", write("ok.txt", "A calm, clean sentence.\n").toString()).code());
    assertEquals(0, run("check", "--fail-on=never", write("b.txt", DIRTY).toString()).code());
    assertEquals(0, run("check", "--fail-on=error", write("c.txt", DIRTY).toString()).code());
  }

  @Test
  void jsonFollowsTheOutputContractAndRebuildsTheOriginal() throws Exception {
    Path f = write("a.txt", DIRTY);
    Run r = run("check", "--format", "json", f.toString());
    JsonNode o = JSON.readTree(r.out());
    assertEquals(f.toString(), o.get("id").asText());
    assertEquals("en", o.get("language").asText());
    assertTrue(o.get("machineTranslation").get("score").isNumber());
    assertTrue(o.get("machineTranslation").get("likely").isBoolean());
    assertTrue(o.get("quality").get("score").isNumber());
    assertFalse(o.has("text"), "text only for extracted input");
    Set<String> categories = Set.of("boilerplate", "garbled", "quote", "punctuation",
        "repetition", "encoding", "whitespace");
    List<Annotation> annotations = new ArrayList<>();
    for (JsonNode a : o.get("annotations")) {
      for (String k : List.of("rule", "category", "type", "severity", "start", "end", "line",
          "column", "action", "message", "confidence")) {
        assertTrue(a.has(k), "annotation field " + k);
      }
      assertTrue(categories.contains(a.get("category").asText()));
      assertTrue(Set.of("remove", "replace", "flag").contains(a.get("action").asText()));
      assertEquals(a.get("action").asText().equals("replace"), a.has("replacement"));
      assertEquals(DIRTY.substring(a.get("start").asInt(), a.get("end").asInt()),
          a.get("text").asText());
      annotations.add(new Annotation(a.get("rule").asText(), Category.parse(a.get("category")
          .asText()), a.get("type").asText(), Severity.parse(a.get("severity").asText()),
          new Span(a.get("start").asInt(), a.get("end").asInt()),
          Action.parse(a.get("action").asText()), a.path("replacement").asText(null), "m", 1));
    }
    assertEquals(DIRTY, Result.rebuildOriginal(o.get("cleaned").asText(), annotations, DIRTY));
    assertEquals("Title here\n\nIt was the end.\n", o.get("cleaned").asText());
  }

  @Test
  void severalInputsGiveAJsonArrayAndJsonlOneLineEach() throws Exception {
    Path a = write("a.txt", DIRTY);
    Path b = write("b.txt", "Fine text.");
    JsonNode arr = JSON.readTree(run("check", "-f", "json", a.toString(), b.toString()).out());
    assertTrue(arr.isArray());
    assertEquals(2, arr.size());
    String[] lines = run("check", "-f", "jsonl", a.toString(), b.toString()).out().split("\n");
    assertEquals(2, lines.length);
    assertEquals(b.toString(), JSON.readTree(lines[1]).get("id").asText());
  }

  @Test
  void theScoreExplanationIsWrittenOnlyWhenAskedFor() throws Exception {
    Path a = write("a.txt", DIRTY);
    Path b = write("b.txt", "Fine text.");
    for (String format : List.of("json", "jsonl")) {
      List<JsonNode> lean = records(run("check", "-f", format, a.toString(), b.toString()).out(),
          format);
      List<JsonNode> explained = records(run("check", "-f", format, "--explain", a.toString(),
          b.toString()).out(), format);
      assertEquals(2, lean.size());
      assertEquals(2, explained.size());
      for (int i = 0; i < 2; i++) {
        assertFalse(lean.get(i).has("explanation"), lean.get(i).toString());
        JsonNode signals = explained.get(i).get("explanation");
        assertTrue(signals != null && signals.size() > 0, explained.get(i).toString());
        assertTrue(signals.get(0).has("meaning"), signals.toString());
        // the rest of the record is the same either way
        ((ObjectNode) explained.get(i)).remove("explanation");
        assertEquals(lean.get(i), explained.get(i));
      }
    }
    Path corpus = write("c.jsonl", "{\"id\":\"r1\",\"text\":\"Hello the the world.\"}\n");
    Path out = dir.resolve("lean");
    assertEquals(0, run("clean", "-o", out.toString(), corpus.toString(), a.toString()).code());
    assertFalse(Files.readString(out.resolve("c.annotations.jsonl")).contains("explanation"));
    assertFalse(Files.readString(out.resolve("a.txt.annotations.json")).contains("explanation"));
    Path explainedOut = dir.resolve("explained");
    assertEquals(0, run("clean", "--explain", "-o", explainedOut.toString(), corpus.toString(),
        a.toString()).code());
    assertTrue(Files.readString(explainedOut.resolve("c.annotations.jsonl"))
        .contains("\"explanation\""));
    assertTrue(Files.readString(explainedOut.resolve("a.txt.annotations.json"))
        .contains("\"explanation\""));
  }

  /**
   * A result past JsonReport.STREAMED_BYTES is written by the thread writing the output as it is
   * made, the others by the workers: both come out as whole lines, in input order.
   */
  @Test
  void aLargeResultIsWrittenInItsTurnAsOneLine() throws Exception {
    String large = "It was the the end.\n".repeat(4200);
    assertTrue(JsonReport.streamed(TestSupport.defaultQc().check(Document.of("l", large))),
        "the document must be large enough to be streamed");
    Path a = write("a.txt", DIRTY);
    Path l = write("l.txt", large);
    Path b = write("b.txt", "Fine text.");
    String out = run("check", "-f", "jsonl", "--fail-on=never", a.toString(), l.toString(),
        b.toString()).out();
    String[] lines = out.split("\n");
    assertEquals(3, lines.length);
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(List.of(a.toString(), l.toString(), b.toString()), ids);
    assertEquals("It was the end.\n".repeat(4200),
        JSON.readTree(lines[1]).get("cleaned").asText());
    // one input: the JSON object and the JSON line of the same result (both streamed)
    String line = run("check", "-f", "jsonl", "--fail-on=never", l.toString()).out();
    String pretty = run("check", "-f", "json", "--fail-on=never", l.toString()).out();
    assertTrue(line.endsWith("}\n") && line.indexOf('\n') == line.length() - 1, line);
    assertTrue(pretty.endsWith("}" + System.lineSeparator()), pretty);
    assertEquals(JSON.readTree(line), JSON.readTree(pretty));

    Path corpus = write("c.jsonl", "{\"id\":\"r1\",\"text\":\"Hello the the world.\"}\n"
        + JSON.writeValueAsString(Map.of("id", "r2", "text", large)) + "\n"
        + "{\"id\":\"r3\",\"text\":\"Fine text.\"}\n");
    Path cleaned = dir.resolve("cleaned");
    assertEquals(0, run("clean", "-o", cleaned.toString(), corpus.toString()).code());
    List<String> texts = Files.readAllLines(cleaned.resolve("c.jsonl"));
    List<String> notes = Files.readAllLines(cleaned.resolve("c.annotations.jsonl"));
    assertEquals(3, texts.size());
    assertEquals(3, notes.size());
    assertEquals("It was the end.\n".repeat(4200), JSON.readTree(texts.get(1)).get("text").asText());
    JsonNode note = JSON.readTree(notes.get(1));
    assertEquals("r2", note.get("id").asText());
    assertTrue(note.get("annotations").size() >= 4200, notes.get(1));
  }

  /** The result records of a json (one array) or jsonl (one per line) output. */
  private static List<JsonNode> records(String out, String format) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    if (format.equals("json")) {
      JSON.readTree(out).forEach(list::add);
    } else {
      for (String line : out.strip().split("\n")) {
        list.add(JSON.readTree(line));
      }
    }
    return list;
  }

  @Test
  void badInputsAreNamedTheRunGoesOnAndExitIsTwo() throws Exception {
    Path good = write("good.txt", DIRTY);
    Path binary = dir.resolve("img.bin");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.txt");
    Run r = run("check", "-f", "jsonl", binary.toString(), latin1.toString(), missing.toString(),
        good.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(binary + ": looks like a binary file"), r.err());
    assertTrue(r.err().contains(latin1 + ": not valid UTF-8"), r.err());
    assertTrue(r.err().contains(missing + ": no such file"), r.err());
    assertEquals(good.toString(), JSON.readTree(r.out().strip()).get("id").asText());
    assertFalse(r.err().contains("Exception"), "no stack traces: " + r.err());
  }

  @Test
  void charsetOptionReadsOtherEncodings() throws Exception {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "caf\u00e9 cr\u00e8me.".getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("check", "--charset", "ISO-8859-1", "-f", "json", latin1.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("café crème.", JSON.readTree(r.out()).get("cleaned").asText());
  }

  @Test
  void brokenRuleFolderIsAConfigurationError() throws Exception {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    Files.writeString(rules.resolve("BP_X_Y.yaml"), "id: BP_X_Y\nkind: nope\n");
    Run r = run("check", "--rules", rules.toString(), write("a.txt", "x").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("BP_X_Y.yaml") && r.err().contains("'kind'")
        && r.err().contains("line-phrases"), r.err());
  }

  @Test
  void stdinIsReadWithDash() {
    InputStream old = System.in;
    try {
      System.setIn(new ByteArrayInputStream(DIRTY.getBytes(StandardCharsets.UTF_8)));
      Run r = run("clean", "-");
      assertEquals(0, r.code(), r.err());
      assertEquals("Title here\n\nIt was the end.\n", r.out());
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void cleanMirrorsFolderAndWritesAnnotationsAndIsAFixedPoint() throws Exception {
    Path in = dir.resolve("in");
    write("in/sub/a.txt", DIRTY);
    write("in/b.md", "Nothing to do.\n");
    Path out = dir.resolve("out");
    Run r = run("clean", "--include", "**.txt", "-o", out.toString(), in.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("Title here\n\nIt was the end.\n", Files.readString(out.resolve("sub/a.txt")));
    JsonNode notes = JSON.readTree(out.resolve("sub/a.txt.annotations.json").toFile());
    assertEquals(3, notes.get("annotations").size());
    assertFalse(Files.exists(out.resolve("b.md")), "include glob respected");
    Path out2 = dir.resolve("out2");
    assertEquals(0, run("clean", "-o", out2.toString(), out.resolve("sub/a.txt").toString())
        .code());
    assertEquals(Files.readString(out.resolve("sub/a.txt")), Files.readString(out2.resolve(
        "a.txt")));
  }

  @Test
  void jsonlCorporaUseConfigurableFieldsAndKeepIds() throws Exception {
    Path corpus = write("c.jsonl", "{\"doc\":\"r1\",\"body\":\"Hello the the world.\"}\n"
        + "not json\n{\"doc\":\"r3\",\"body\":\"Fine.\"}\n");
    Run r = run("check", "-f", "jsonl", "--id-field", "doc", "--text-field", "body",
        corpus.toString());
    assertEquals(2, r.code());
    String[] lines = r.out().strip().split("\n");
    assertEquals("r1", JSON.readTree(lines[0]).get("id").asText());
    assertEquals("r3", JSON.readTree(lines[1]).get("id").asText());
    assertTrue(r.err().contains(corpus + ":2: not a JSON object"), r.err());
    Path out = dir.resolve("cleaned");
    run("clean", "--id-field", "doc", "--text-field", "body", "-o", out.toString(),
        corpus.toString());
    String cleaned = Files.readString(out.resolve("c.jsonl"));
    assertTrue(cleaned.contains("{\"id\":\"r1\",\"text\":\"Hello the world.\"}"), cleaned);
    assertTrue(Files.exists(out.resolve("c.annotations.jsonl")));
  }

  @Test
  void rulesCommandListsTheCatalogue() {
    Run r = run("rules");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("BP_AD_MARKER") && r.out().contains("REP_DOUBLED_WORD"));
  }

  @Test
  void helpReadsWell() {
    Run r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("check") && r.out().contains("clean")
        && r.out().contains("Exit codes"), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("check", "--nope", "x").code());
  }
}
