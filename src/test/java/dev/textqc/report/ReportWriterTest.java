package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report writers write each document as it comes (or spool it to a file), so a corpus run's
 * report never holds the corpus: what a document adds is out of memory when {@code add} returns.
 */
class ReportWriterTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"SARIF", "GITHUB", "CHECKSTYLE"})
  void streamingFormatsWriteEachDocumentBeforeTheRunEnds(ReportFormat format) throws Exception {
    StringWriter out = new StringWriter();
    try (ReportWriter w = Reports.writer(format, ReportFixtures.data().context(), out)) {
      w.add(ReportFixtures.dirty());
      String first = out.toString();
      assertTrue(first.contains("markets.txt"), format + " wrote nothing of the first document");
      assertFalse(first.contains("rec-7"), format + " wrote a document it was not given");
      w.add(ReportFixtures.clean());
      w.add(ReportFixtures.awkward());
      assertTrue(out.toString().contains("rec-7"));
      w.finish();
    }
    assertEquals(Reports.render(format, ReportFixtures.data()), out.toString());
  }

  @Test
  void junitSpoolsItsTestCasesUntilTheCountsAreKnown() throws Exception {
    StringWriter out = new StringWriter();
    try (ReportWriter w = JunitReport.writer(ReportFixtures.data().context(), out, dir)) {
      Result dirty = ReportFixtures.dirty();
      int testCase = JunitReport.write(new ReportData(List.of(dirty), List.of(),
          Severity.WARNING, null)).length();
      for (int i = 0; i < 100; i++) {
        w.add(dirty);
      }
      assertEquals("", out.toString(), "the head waits for the counts");
      List<Path> parts = parts();
      assertEquals(1, parts.size());
      // All but the file's buffer (8 KB) is on disk, not in memory.
      assertTrue(Files.size(parts.get(0)) > 100 * testCase - 8192 - 100 * 200,
          Files.size(parts.get(0)) + " bytes spooled");
      w.finish();
    }
    assertEquals(List.of(), parts(), "the spool is deleted");
    String xml = out.toString();
    assertTrue(xml.contains("tests=\"100\" failures=\"100\" errors=\"0\""), xml);
    assertEquals(100, xml.split("<testcase ", -1).length - 1);
  }

  @Test
  void anUnfinishedReportLeavesNoSpoolBehind() throws Exception {
    try (Reports.Folder folder = Reports.folder(List.of(ReportFormat.values()),
        ReportFixtures.data().context(), dir)) {
      folder.add(ReportFixtures.dirty());
      assertEquals(2, parts().size(), "JUnit's cases and the overview's rows");
      assertTrue(Files.exists(dir.resolve("documents/0001-markets.txt.html")),
          "a document's page is written when it comes");
    }
    assertEquals(List.of(), parts());
  }

  @Test
  void overviewBarsAreScaledToTheLargestCount() throws Exception {
    List<Result> results = List.of(ReportFixtures.dirty(), ReportFixtures.clean(),
        ReportFixtures.awkward());
    HtmlReport.write(ReportFixtures.data(), dir);
    String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    int most = results.stream().mapToInt(r -> r.annotations().size()).max().orElseThrow();
    assertTrue(html.contains("<table class=\"docs\" style=\"--max:" + most + "\">"), html);
    Matcher bars = Pattern.compile("class=\"stack\" style=\"--n:(\\d+)\"").matcher(html);
    List<Integer> counts = bars.results().map(m -> Integer.parseInt(m.group(1))).toList();
    assertEquals(results.stream().map(r -> r.annotations().size()).toList(), counts);
  }

  private List<Path> parts() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
    }
  }
}
