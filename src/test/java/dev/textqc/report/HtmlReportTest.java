package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.pipeline.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report's markup: highlights, filters, summary and links, without a browser. */
class HtmlReportTest {
  @TempDir
  Path dir;

  /** The page's text with all markup stripped, entities decoded: what a reader sees. */
  private static String visibleText(String html) {
    String doc = html.substring(html.indexOf("<div class=\"doc\">") + 17,
        html.indexOf("</div>\n<div class=\"panel findings\">"));
    return doc.replaceAll("<ins[^>]*>[^<]*</ins>", "").replaceAll("<span class=\"nl\">↵</span>", "")
        .replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&amp;", "&");
  }

  @Test
  void theDocumentTextIsShownWhole() {
    Result r = ReportFixtures.dirty();
    assertEquals(r.document().text(), visibleText(HtmlReport.documentPage(r, "../index.html")));
  }

  @Test
  void removalsAreStruckReplacementsShownAndFlagsMarked() {
    String html = HtmlReport.documentPage(ReportFixtures.dirty(), "../index.html");
    assertTrue(html.contains("<mark class=\"f c-boilerplate a-remove\" data-cat=\"boilerplate\" "
        + "data-sev=\"warning\" id=\"f0\">Advertisement<span class=\"nl\">↵</span>\n</mark>"),
        html);
    // The doubled word sits inside the garbled-sentence flag: both marks wrap it, outer first.
    assertTrue(html.contains("<mark class=\"f c-garbled a-flag\" data-cat=\"garbled\" "
        + "data-sev=\"info\"><mark class=\"f c-repetition a-replace\" data-cat=\"repetition\" "
        + "data-sev=\"warning\" id=\"f2\">the the</mark></mark>"), html);
    assertTrue(html.contains("<ins class=\"rep c-repetition\" data-cat=\"repetition\" "
        + "data-sev=\"warning\" title=\"REP_DOUBLED_WORD\">the</ins>"), html);
    assertTrue(html.contains("<ins class=\"rep c-encoding\" data-cat=\"encoding\" "
        + "data-sev=\"error\" title=\"ENC_MOJIBAKE\">é</ins>"), html);
    // One list entry per finding, and the filters offer exactly the categories present.
    assertEquals(7, count(html, "<li data-f="));
    assertEquals(6, count(html, "data-filter=\"category\""));
    assertEquals(3, count(html, "data-filter=\"severity\""));
    assertTrue(html.contains("72%</div><div class=\"k\">machine translation: likely"), html);
    assertTrue(html.contains("7 of 7 findings shown"));
  }

  @Test
  void markupInTheTextIsEscaped() {
    String html = HtmlReport.documentPage(ReportFixtures.awkward(), "../index.html");
    assertTrue(html.contains("Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt;"));
    assertFalse(html.contains("<b>said"));
    assertFalse(html.contains("\u0001"));
    assertTrue(html.contains("Rule <b>MT_GARBLED</b> failed"));
  }

  @Test
  void writesAnOverviewLinkingEveryDocumentPage() throws Exception {
    Path index = HtmlReport.write(ReportFixtures.data(), dir);
    String html = Files.readString(index);
    Matcher links = Pattern.compile("href=\"(documents/[^\"]+)\"").matcher(html);
    List<String> hrefs = links.results().map(m -> m.group(1)).toList();
    assertEquals(List.of("documents/0001-markets.txt.html", "documents/0002-calm.txt.html",
        "documents/0003-feed_rec-7.html"), hrefs);
    for (String h : hrefs) {
      assertTrue(Files.exists(dir.resolve(h)), h);
      assertTrue(Files.readString(dir.resolve(h)).contains("href=\"../index.html\""));
    }
    assertTrue(html.contains("<div class=\"v\">8</div><div class=\"k\">findings</div>"), html);
    assertTrue(html.contains("data-mt=\"likely\""));
    // Self-contained: nothing is fetched from elsewhere.
    assertFalse(html.contains("src=\"http"));
    assertFalse(html.contains("href=\"http"));
  }

  private static int count(String s, String what) {
    return (s.length() - s.replace(what, "").length()) / what.length();
  }
}
