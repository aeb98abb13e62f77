package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.finding.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CI formats parse as their consumers read them: XML stays well-formed whatever the document
 * text holds, counts match the findings, and GitHub commands cannot be broken by the text.
 */
class CiReportsTest {

  private static Document xml(String s) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void checkstyleHasOneErrorPerFindingAndSurvivesAwkwardText() throws Exception {
    ReportData data = ReportFixtures.data();
    Document d = xml(CheckstyleReport.write(data.results()));
    NodeList files = d.getElementsByTagName("file");
    assertEquals(3, files.getLength());
    Element markets = (Element) files.item(0);
    assertEquals("news/markets.txt", markets.getAttribute("name"));
    NodeList errors = markets.getElementsByTagName("error");
    assertEquals(ReportFixtures.dirty().annotations().size(), errors.getLength());
    Element first = (Element) errors.item(0);
    assertEquals("2", first.getAttribute("line"));
    assertEquals("warning", first.getAttribute("severity"));
    assertEquals("textqc.boilerplate.BP_AD_MARKER", first.getAttribute("source"));
    // The awkward record: one finding plus its rule failure, control characters replaced.
    NodeList awkward = ((Element) files.item(2)).getElementsByTagName("error");
    assertEquals(2, awkward.getLength());
  }

  @Test
  void junitFailsExactlyTheDocumentsWithFindingsAtTheThreshold() throws Exception {
    Document d = xml(JunitReport.write(ReportFixtures.data()));
    Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
    assertEquals("3", suite.getAttribute("tests"));
    assertEquals("2", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("errors"));
    Element failure = (Element) d.getElementsByTagName("failure").item(0);
    // 6 of the 7 findings of the markets article are warnings or errors; the info ones are
    // listed in system-out.
    assertEquals("5 findings at or above warning", failure.getAttribute("message"));
    assertTrue(d.getElementsByTagName("system-out").item(0).getTextContent()
        .contains("QUOTE_UNBALANCED"));

    ReportData errorsOnly = new ReportData(ReportFixtures.data().results(),
        ReportFixtures.rules(), Severity.ERROR, null);
    Document e = xml(JunitReport.write(errorsOnly));
    assertEquals("1", ((Element) e.getElementsByTagName("testsuite").item(0))
        .getAttribute("failures"));
    ReportData never = new ReportData(ReportFixtures.data().results(), ReportFixtures.rules(),
        null, null);
    assertEquals(0, xml(JunitReport.write(never)).getElementsByTagName("failure").getLength());
  }

  @Test
  void githubCommandsAreOneLineEachWithEscapedValues() {
    String out = GithubReport.write(List.of(ReportFixtures.dirty(), ReportFixtures.awkward()));
    String[] lines = out.split("\n");
    // 7 findings + 1 finding + 1 rule failure.
    assertEquals(9, lines.length);
    assertTrue(lines[0].startsWith("::warning file=news/markets.txt,line=2,col=1,endLine=3,"
        + "endColumn=1,title=textqc BP_AD_MARKER (boilerplate)::"), lines[0]);
    assertTrue(out.contains("::error file=news/markets.txt,line=6,col=4,"), out);
    assertTrue(out.contains("::notice file=news/markets.txt,line=3,"), out);
    // A colon in a property is escaped, so the record id cannot end the property list.
    assertTrue(out.contains("file=feed%3Arec-7,"), out);
    // The removed line's newline shows as ⏎ instead of ending the command.
    assertTrue(lines[0].endsWith("Removed: «Advertisement⏎»"), lines[0]);
  }
}
