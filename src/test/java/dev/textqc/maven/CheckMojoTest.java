package dev.textqc.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * real builds): thresholds, rule selection and the messages of setup mistakes.
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
    CheckMojo m = new CheckMojo();
    m.basedir = project.toFile();
    m.buildDirectory = project.resolve("target").toFile();
    m.outputDirectory = project.resolve("target/textqc").toFile();
    m.includes = List.of("src/content/**");
    m.builtinRules = true;
    m.language = "en";
    m.inputFormat = "auto";
    m.cache = true;
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
    AbstractTextQcMojo.Run run = m.check(dev.textqc.TextQc.create(dev.textqc.Config.defaults()),
        dev.textqc.Config.defaults(), List.of("src/content/c.jsonl"));
    assertEquals(1, run.problems().size(), run.problems().toString());
    assertTrue(run.problems().get(0).startsWith("src/content/c.jsonl:2: not a JSON object"),
        run.problems().get(0));
    assertEquals(1, run.files().get(0).results().size(), "the good record is still checked");
  }

  @Test
  void skipChecksNothing() throws Exception {
    CheckMojo m = mojo();
    m.skip = true;
    m.execute();
    assertFalse(Files.exists(project.resolve("target/textqc")));
  }
}
