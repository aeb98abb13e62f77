package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code textqc check --format sarif|github|checkstyle|junit|html} and {@code --report DIR}. */
class CliReportsTest {
  private static final String DIRTY = "Title here\n\n- Advertisement -\n\nIt was the the end. .\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void sarifToStdoutListsTheFindingsAndKeepsTheExitCode() throws Exception {
    Path f = write("a.txt", DIRTY);
    CliTest.Run r = CliTest.run("check", "--format", "sarif", f.toString());
    assertEquals(1, r.code(), r.err());
    JsonNode run = new ObjectMapper().readTree(r.out()).get("runs").get(0);
    assertEquals("2.1.0", new ObjectMapper().readTree(r.out()).get("version").asText());
    assertEquals(3, run.get("results").size(), r.out());
    assertTrue(run.at("/tool/driver/rules").size() > 3, "every loaded rule is described");
  }

  @Test
  void githubFormatWritesOneCommandPerFinding() throws Exception {
    Path f = write("a.txt", DIRTY);
    CliTest.Run r = CliTest.run("check", "--format=github", f.toString());
    assertEquals(3, r.out().lines().filter(l -> l.startsWith("::warning file=")).count(),
        r.out());
  }

  @Test
  void checkstyleAndJunitAreXml() throws Exception {
    Path f = write("a.txt", DIRTY);
    assertTrue(CliTest.run("check", "--format=checkstyle", f.toString()).out()
        .contains("<checkstyle version="));
    CliTest.Run junit = CliTest.run("check", "--format=junit", "--fail-on=never", f.toString());
    assertEquals(0, junit.code());
    assertTrue(junit.out().contains("failures=\"0\""), junit.out());
  }

  @Test
  void reportFolderGetsEveryFormat() throws Exception {
    Path f = write("a.txt", DIRTY);
    write("b.txt", "A calm, clean sentence.\n");
    Path out = dir.resolve("report");
    CliTest.Run r = CliTest.run("check", "--report", out.toString(), "--format=jsonl",
        f.toString(), dir.resolve("b.txt").toString());
    assertEquals(1, r.code(), r.err());
    assertEquals(2, r.out().lines().count(), "jsonl still goes to stdout");
    for (String name : new String[] {"index.html", "textqc.sarif", "textqc-checkstyle.xml",
        "TEST-textqc.xml", "textqc-github.txt"}) {
      assertTrue(Files.size(out.resolve(name)) > 0, name);
    }
    try (var pages = Files.list(out.resolve("documents"))) {
      assertEquals(2, pages.count());
    }
    try (var files = Files.list(out)) {
      assertEquals(Set.of("index.html", "textqc.sarif", "textqc-checkstyle.xml",
          "TEST-textqc.xml", "textqc-github.txt", "documents"), files.map(p -> p.getFileName()
          .toString()).collect(Collectors.toSet()), "the spooled parts are gone");
    }
    assertTrue(Files.readString(out.resolve("TEST-textqc.xml"))
        .contains("<testsuites name=\"textqc\" tests=\"2\" failures=\"1\" errors=\"0\">"));
    assertTrue(r.err().contains("reports written to " + out), r.err());
  }

  @Test
  void aReportFolderThatIsAFileStopsTheRunBeforeItStarts() throws Exception {
    Path f = write("a.txt", DIRTY);
    Path notAFolder = write("report", "");
    CliTest.Run r = CliTest.run("check", "--report", notAFolder.toString(), "--format=jsonl",
        f.toString());
    assertEquals(2, r.code());
    assertEquals("textqc: --report " + notAFolder + ": a file, not a folder", r.err().strip());
    assertEquals("", r.out(), "no document was checked");
  }

  @Test
  void htmlFormatNeedsAReportFolder() throws Exception {
    CliTest.Run r = CliTest.run("check", "--format=html", write("a.txt", DIRTY).toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("add --report DIR"), r.err());
  }
}
