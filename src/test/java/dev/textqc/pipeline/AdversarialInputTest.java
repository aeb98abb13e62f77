package dev.textqc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make regexes and quadratic loops blow up. The timeouts are generous guards
 * against a hang (a catastrophic pattern takes hours on these), not speed measurements: speed is
 * measured by {@code textqc bench}.
 */
class AdversarialInputTest {
  private static final TextQc QC = TestSupport.defaultQc();

  private static void lossless(String text) {
    Result r = QC.check(Document.of("adversarial", text));
    assertEquals(text, Result.rebuildOriginal(r.cleaned(), r.annotations(), text));
  }

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aTenMegabyteLine() {
    StringBuilder sb = new StringBuilder(10_000_100);
    int i = 0;
    while (sb.length() < 10_000_000) {
      sb.append(i % 50 == 0 ? "the the " : "").append(i % 97 == 0 ? "end . . " : "")
          .append("The council met on Tuesday , and the mayor said: “We wait.” ");
      i++;
    }
    lossless(sb.toString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theReportsOfALongLineWithManyFindings() {
    // curly quotes make the text UTF-16, where counting a column's code points from the line's
    // start read the whole line for each finding: 10 MB of such text had not been printed as
    // JSON after 614 s, and half as much as this took 59 s for the JSON and text reports
    StringBuilder sb = new StringBuilder(6_000_100);
    while (sb.length() < 6_000_000) {
      sb.append("The the council met on Tuesday , and the mayor said: “We wait.” ");
    }
    String text = sb.toString();
    Result r = QC.check(Document.of("long-line", text));
    assertTrue(r.annotations().size() > 100_000, "findings: " + r.annotations().size());
    String json = dev.textqc.report.JsonReport.toJsonLine(r, false);
    assertTrue(json.contains("\"column\":"), "columns are written");
    java.io.StringWriter out = new java.io.StringWriter();
    new dev.textqc.report.TextReport(false).write(new java.io.PrintWriter(out), r);
    assertTrue(out.toString().startsWith("long-line:1:1: "), out.toString().substring(0, 80));
    String sarif = dev.textqc.report.SarifReport.write(new dev.textqc.report.ReportData(
        java.util.List.of(r), java.util.List.of(), dev.textqc.finding.Severity.WARNING, null));
    assertTrue(sarif.contains("\"charOffset\""), "offsets in code points are written");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMegabyteOfDoubledWords() {
    lossless("word the the and, ".repeat(60_000));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aHundredThousandQuoteMarks() {
    lossless("“".repeat(50_000) + "”".repeat(30_000) + "\"".repeat(20_000));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aLongLineOfSingleAndStraightQuotes() {
    // openers with no closer after them, and straight marks nesting inside an open quotation:
    // each used to scan to the end of the line
    String[] tokens = {"‘a", " ‘b", "\"c", " \"", "a\"b", "’s", "x", " ", "'", "“d"};
    java.util.Random random = new java.util.Random(8);
    StringBuilder sb = new StringBuilder(1_000_010);
    while (sb.length() < 1_000_000) {
      sb.append(tokens[random.nextInt(tokens.length)]);
    }
    lossless(sb.toString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void onlyPunctuation() {
    StringBuilder sb = new StringBuilder();
    String p = ".,;:!?-–—()[]{}\"'“”‘’«»…/\\*&%$#@ \n";
    for (int i = 0; i < 500_000; i++) {
      sb.append(p.charAt((i * 7 + i / 3) % p.length()));
    }
    lossless(sb.toString());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void manyShortLinesAndLongWords() {
    lossless("a\n".repeat(200_000) + "x".repeat(1_000_000) + " " + "y".repeat(1_000_000));
  }
}
