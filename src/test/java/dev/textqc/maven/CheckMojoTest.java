package dev.textqc.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.Config;
import dev.textqc.TextQc;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal's parameters, exercised directly (the invoker tests under {@code src/it} cover
 * real builds): thresholds, rule selection, the messages of setup mistakes, and results handed on
 * as they are made rather than kept for the end of the build.
 */
class CheckMojoTest {
  private static final String DIRTY = "Harbour news\n\n- Advertisement -\n\n"
      + "The ferry will will run daily. .\n";

  @TempDir
  Path project;

  @BeforeEach
  void content() throws Exception {
    Files.createDirectories(project.resolve("src/content"));
    Files.writeString(project.resolve("src/content/ferry.txt"), DIRTY);
    Files.writeString(project.resolve("src/content/calm.txt"), "A calm sentence.\n");
  }

  private CheckMojo mojo() {
    CheckMojo m = Mojos.configured(new CheckMojo(), project);
    m.failOn = "warning";
    m.formats = List.of("html", "sarif");
    return m;
  }

  @Test
  void failsNamingTheCountAndTheReport() {
    MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo().execute());
    assertEquals("textqc: 3 findings at or above warning (maxFindings 0) in 1 of 2 documents; "
        + "report: target/textqc/report/index.html".replace('/', File.separatorChar),
        e.getMessage());
    assertTrue(Files.isRegularFile(project.resolve("target/textqc/report/textqc.sarif")));
  }

  @Test
  void toleratesUpToMaxFindingsAndIgnoresLowerSeverities() throws Exception {
    CheckMojo tolerant = mojo();
    tolerant.maxFindings = 3;
    // the fixture's findings, three at warning level: a failing check would throw
    assertDoesNotThrow(tolerant::execute);
    CheckMojo errorsOnly = mojo();
    errorsOnly.failOn = "error";
    assertDoesNotThrow(errorsOnly::execute);
    CheckMojo never = mojo();
    never.failOn = "never";
    assertDoesNotThrow(never::execute);
  }

  @Test
  void disabledCategoriesDoNotCount() {
    CheckMojo m = mojo();
    m.disable = List.of("boilerplate");
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(e.getMessage().startsWith("textqc: 2 findings"), e.getMessage());
    CheckMojo only = mojo();
    only.enable = List.of("REP_DOUBLED_WORD");
    e = assertThrows(MojoFailureException.class, only::execute);
    assertTrue(e.getMessage().startsWith("textqc: 1 finding at"), e.getMessage());
  }

  @Test
  void setupMistakesSayWhatToFix() {
    CheckMojo unknownRule = mojo();
    unknownRule.disable = List.of("BOILERPLATE_STUFF");
    MojoExecutionException e = assertThrows(MojoExecutionException.class, unknownRule::execute);
    assertTrue(e.getMessage().contains("'BOILERPLATE_STUFF'"), e.getMessage());
    assertTrue(e.getMessage().contains("boilerplate"), e.getMessage());

    CheckMojo badFormat = mojo();
    badFormat.formats = List.of("pdf");
    e = assertThrows(MojoExecutionException.class, badFormat::execute);
    assertTrue(e.getMessage().contains("sarif, github, checkstyle, junit, html"), e.getMessage());

    CheckMojo badSeverity = mojo();
    badSeverity.failOn = "fatal";
    e = assertThrows(MojoExecutionException.class, badSeverity::execute);
    assertTrue(e.getMessage().contains("info, warning, error, never"), e.getMessage());

    CheckMojo missingFolder = mojo();
    missingFolder.ruleFolders = List.of(new File("no-such-rules"));
    e = assertThrows(MojoExecutionException.class, missingFolder::execute);
    assertTrue(e.getMessage().contains("no-such-rules"), e.getMessage());
  }

  @Test
  void aChangedFileIsCheckedAgainAndAnUnchangedOneIsNot() throws Exception {
    assertThrows(MojoFailureException.class, () -> mojo().execute());
    Files.writeString(project.resolve("src/content/ferry.txt"), "Harbour news, all fixed.\n");
    mojo().execute();
    try (var entries = Files.list(project.resolve("target/textqc/cache"))) {
      Path configDir = entries.findFirst().orElseThrow();
      try (var files = Files.list(configDir)) {
        // calm.txt once, ferry.txt in both versions.
        assertEquals(3, files.count());
      }
    }
  }

  @Test
  void aBadCorpusRecordIsNamedByItsLine() throws Exception {
    Files.writeString(project.resolve("src/content/c.jsonl"),
        "{\"id\": \"a\", \"text\": \"A calm sentence.\"}\nnot json\n");
    CheckMojo m = mojo();
    m.cache = false;
    RecordingSink sink = new RecordingSink();
    AbstractTextQcMojo.Run run = m.check(TextQc.create(Config.defaults()), Config.defaults(),
        List.of("src/content/c.jsonl"), sink);
    assertEquals(1, run.problems().size(), run.problems().toString());
    assertTrue(run.problems().get(0).startsWith("src/content/c.jsonl:2: not a JSON object"),
        run.problems().get(0));
    assertEquals(List.of("start src/content/c.jsonl", "result a", "end src/content/c.jsonl"),
        sink.events, "the good record is still checked");
    assertEquals(1, run.documents());
  }

  @Test
  void eachResultReachesTheSinkAsItsFileIsCheckedAndTheRunKeepsNone() throws Exception {
    Files.writeString(project.resolve("src/content/c.jsonl"), "{\"id\": \"a\", \"text\": "
        + "\"A calm sentence.\"}\n{\"id\": \"b\", \"text\": \"The ferry will will run.\"}\n");
    List<String> files = List.of("src/content/c.jsonl", "src/content/calm.txt",
        "src/content/ferry.txt");
    TextQc qc = TextQc.create(Config.defaults());
    RecordingSink sink = new RecordingSink();
    AbstractTextQcMojo.Run run = mojo().check(qc, Config.defaults(), files, sink);
    assertEquals(List.of("start src/content/c.jsonl", "result a", "result b",
        "end src/content/c.jsonl", "start src/content/calm.txt", "result src/content/calm.txt",
        "end src/content/calm.txt", "start src/content/ferry.txt",
        "result src/content/ferry.txt", "end src/content/ferry.txt"), sink.events);
    assertEquals(List.of(4L, 3, 0), List.of(run.documents(), run.files(), run.cachedFiles()));
    // Nothing the check left behind (the run included) may still hold a result it handed over.
    for (int i = 0; i < 20 && sink.results.stream().anyMatch(r -> r.get() != null); i++) {
      System.gc();
    }
    assertTrue(sink.results.stream().allMatch(r -> r.get() == null),
        "a result handed to the sink is still held after a check of " + run.documents()
            + " documents");

    RecordingSink again = new RecordingSink();
    run = mojo().check(qc, Config.defaults(), files, again);
    assertEquals(sink.events.stream().map(e -> e.startsWith("start ") ? e + " (cached)" : e)
        .toList(), again.events, "cached results go through the same sink");
    assertEquals(List.of(4L, 3, 3), List.of(run.documents(), run.files(), run.cachedFiles()));
  }

  @Test
  void aCorpusOfManyRecordsIsReportedAndCountedRecordByRecord() throws Exception {
    StringBuilder corpus = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      corpus.append("{\"id\": \"n").append(i).append("\", \"text\": \"")
          .append(i % 4 == 0 ? "The ferry will will run daily." : "The ferry runs daily.")
          .append("\"}\n");
    }
    Files.writeString(project.resolve("src/content/news.jsonl"), corpus);
    CheckMojo m = mojo();
    m.includes = List.of("src/content/news.jsonl");
    RecordingLog log = new RecordingLog();
    m.setLog(log);
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertEquals("textqc: 100 findings at or above warning (maxFindings 0) in 100 of 400 "
        + "documents; report: target/textqc/report/index.html".replace('/', File.separatorChar),
        e.getMessage());
    assertEquals("textqc: 400 documents (1 file, 0 unchanged from cache), 100 findings, 100 at "
        + "or above warning", log.infos.get(0));
    assertEquals(51, log.warnings.size(), "fifty findings, then how many more");
    assertEquals("textqc: n0:1:11: warning REP_DOUBLED_WORD", log.warnings.get(0)
        .substring(0, "textqc: n0:1:11: warning REP_DOUBLED_WORD".length()));
    assertEquals("textqc: … and 50 more (see the report)", log.warnings.get(50));
    JsonNode sarif = new ObjectMapper().readTree(project.resolve("target/textqc/report/"
        + "textqc.sarif").toFile());
    assertEquals(100, sarif.at("/runs/0/results").size());
    try (var pages = Files.list(project.resolve("target/textqc/report/documents"))) {
      assertEquals(400, pages.count(), "one HTML page per record");
    }
  }

  @Test
  void aFileOverTheCacheBoundIsCheckedAndReportedButNotCached() throws Exception {
    long ferry = Files.size(project.resolve("src/content/ferry.txt"));
    long calm = Files.size(project.resolve("src/content/calm.txt"));
    CheckMojo m = mojo();
    m.maxCachedFileBytes = calm; // calm.txt is just small enough, ferry.txt is over
    assertTrue(ferry > calm);
    MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
    assertTrue(e.getMessage().startsWith("textqc: 3 findings at or above warning (maxFindings 0) "
        + "in 1 of 2 documents"), e.getMessage());
    assertTrue(Files.isRegularFile(project.resolve("target/textqc/report/textqc.sarif")));
    try (var entries = Files.list(project.resolve("target/textqc/cache"))) {
      Path configDir = entries.findFirst().orElseThrow();
      try (var cached = Files.list(configDir)) {
        assertEquals(1, cached.count(), "only calm.txt is cached");
      }
    }

    CheckMojo again = mojo();
    again.maxCachedFileBytes = calm;
    RecordingSink sink = new RecordingSink();
    AbstractTextQcMojo.Run run = again.check(TextQc.create(Config.defaults()), Config.defaults(),
        List.of("src/content/calm.txt", "src/content/ferry.txt"), sink);
    assertEquals(List.of("start src/content/calm.txt (cached)", "result src/content/calm.txt",
        "end src/content/calm.txt", "start src/content/ferry.txt",
        "result src/content/ferry.txt", "end src/content/ferry.txt"), sink.events);
    assertEquals(1, run.cachedFiles());
  }

  @Test
  void skipChecksNothing() throws Exception {
    CheckMojo m = mojo();
    m.skip = true;
    m.execute();
    assertFalse(Files.exists(project.resolve("target/textqc")));
  }
}
