package dev.textqc.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.document.PageStructure;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlBlockExtractorTest {

  @Test
  void aCollapsedAccordionPanelIsReadAndOtherHiddenBoxesAreNot() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<html><body>"
        + "<a role=\"button\" aria-controls=\"s1\">1. Understand your bill</a>"
        + "<div id=\"s1\" style=\"display:none;\" role=\"region\"><p>Gather a year of bills."
        + "</p></div><div style=\"display: none\" role=\"dialog\"><p>Sign up now</p></div>"
        + "<div style=\"display:none\"><p>Loading</p></div></body></html>");
    assertEquals("1. Understand your bill\nGather a year of bills.", p.text());
  }

  @Test
  void oneBlockPerLineWithTagAndLinkShare() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<html><head><title>T</title>"
        + "<style>p{}</style></head><body><h2>Rain   at last</h2>"
        + "<p>The <b>river</b> rose,<br>then fell.</p>"
        + "<ul class=\"menu\"><li><a href=\"/a\">Sport</a></li></ul>"
        + "<script>var x = 1;</script><div hidden>secret</div>"
        + "<p style=\"display: none\">gone</p><p aria-hidden=\"true\">also gone</p></body></html>");
    assertEquals("Rain at last\nThe river rose,\nthen fell.\nSport", p.text());
    List<PageStructure.Block> b = p.structure().blocks();
    assertEquals(List.of("h2", "p", "p", "li"), b.stream().map(PageStructure.Block::tag).toList());
    assertEquals(1.0, b.get(3).linkDensity(), 1e-9);
    assertEquals(0.0, b.get(1).linkDensity(), 1e-9);
    assertEquals(1, b.get(1).commas());
    PageStructure.Node ul = p.structure().nodes().get(p.structure().nodes().get(b.get(3).node())
        .parent());
    assertEquals("ul", ul.tag());
    assertEquals("menu", ul.hints());
    assertEquals("T", p.metadata().get("title"));
  }

  @Test
  void everyNodeComesAfterItsParent() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<body><div id=\"Main\"><section>"
        + "<p>One</p></section><p>Two</p></div><footer><p>Three</p></footer></body>");
    List<PageStructure.Node> nodes = p.structure().nodes();
    for (int i = 1; i < nodes.size(); i++) {
      assertTrue(nodes.get(i).parent() < i, "parent of node " + i);
      assertEquals(nodes.get(nodes.get(i).parent()).depth() + 1, nodes.get(i).depth());
    }
    assertTrue(nodes.stream().anyMatch(n -> n.hints().equals("main")), "hints are lower case");
    assertEquals(3, p.structure().blocks().size());
  }

  @Test
  void metaCharsetDecidesUnlessTheCallerKnowsBetter() {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>caf\u00e9 "
        + "\u2013 na\u00efve</p></body></html>";
    byte[] cp1252 = html.getBytes(Charset.forName("windows-1252"));
    assertEquals("caf\u00e9 \u2013 na\u00efve", HtmlBlockExtractor.extract(cp1252, null, null)
        .text());
    // a page saved as UTF-8 whose meta is stale: the header's charset wins
    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
    assertEquals("caf\u00e9 \u2013 na\u00efve", HtmlBlockExtractor.extract(utf8,
        StandardCharsets.UTF_8, null).text());
  }

  @Test
  void aWindowThatDeclaresOnlyUtf8SkipsJsoupsSniffing() {
    assertTrue(HtmlBlockExtractor.declaresOnlyUtf8(bytes("<html><body><p>x</p>")));
    assertTrue(HtmlBlockExtractor.declaresOnlyUtf8(bytes("<meta charset=\"UTF-8\"><p>x")));
    assertTrue(HtmlBlockExtractor.declaresOnlyUtf8(bytes("<META HTTP-EQUIV=\"Content-Type\" "
        + "CONTENT=\"text/html; charset=utf-8\"><meta charset=utf8>")));
    for (String other : new String[] {"<meta charset=\"windows-1252\">",
        "<meta http-equiv=content-type content=\"text/html; charset=iso-8859-1\">",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>",
        "<meta charset=\"utf-8\"><meta charset=\"koi8-r\">", "<meta charset=\"utf-8x\">",
        "<script>var c = document.charset;</script>"}) {
      assertFalse(HtmlBlockExtractor.declaresOnlyUtf8(bytes(other)), other);
    }
    byte[] utf16 = "\ufeff<p>x</p>".getBytes(StandardCharsets.UTF_16BE);
    assertFalse(HtmlBlockExtractor.declaresOnlyUtf8(utf16));
    // past the window jsoup sniffs, a declaration changes nothing
    String late = "<p>" + "x".repeat(6000) + "</p><meta charset=\"windows-1252\">";
    assertTrue(HtmlBlockExtractor.declaresOnlyUtf8(bytes(late)));
    assertEquals(HtmlBlockExtractor.extract(Jsoup.parse(late)).text(),
        HtmlBlockExtractor.extract(bytes(late), null, null).text());
  }

  @Test
  void aKnownCharsetDecodesAsJsoupWould() throws Exception {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] page = bytes("<html><head><title>T\u00e9</title></head><body><p>caf\u00e9 "
        + "\u2013 x</p><p>bad \u0000</p></body></html>");
    byte[] malformed = page.clone();
    malformed[malformed.length - 20] = (byte) 0xc3; // a lead byte with no continuation
    byte[] withBom = new byte[bom.length + page.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(page, 0, withBom, bom.length, page.length);
    for (byte[] b : new byte[][] {page, malformed, withBom}) {
      for (Charset cs : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1252"),
          StandardCharsets.ISO_8859_1}) {
        HtmlBlockExtractor.Page want = HtmlBlockExtractor.extract(
            Jsoup.parse(new java.io.ByteArrayInputStream(b), cs.name(), ""));
        HtmlBlockExtractor.Page got = HtmlBlockExtractor.extract(b, cs, null);
        assertEquals(want.text(), got.text(), cs.name());
        assertEquals(want.metadata(), got.metadata(), cs.name());
      }
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void preformattedTextKeepsItsLines() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<body><pre>a = 1\nb = 2</pre></body>");
    assertEquals("a = 1\nb = 2", p.text());
  }

  @Test
  void linksCountOnlyWithAnHrefAndNestedBlocksSplitThem() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<body>"
        + "<p><a href=\"/x\">Weather</a> and <a name=\"anchor\">tides</a></p>"
        + "<div><a href=\"/y\">Ferries<div>Timetable</div>Harbour</a></div></body>");
    assertEquals("Weather and tides\nFerries\nTimetable\nHarbour", p.text());
    List<PageStructure.Block> b = p.structure().blocks();
    assertEquals(7, b.get(0).linkChars()); // "Weather", not the anchor without href
    assertEquals(15, b.get(0).chars());
    assertEquals(1.0, b.get(2).linkDensity(), 1e-9);
    assertEquals(1.0, b.get(3).linkDensity(), 1e-9); // the link still open after the inner div
  }

  @Test
  void spacersBreaksRulesAndHiddenElements() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<body><div><label>Date</label>"
        + "<time>4 May</time>by<span hidden>x</span> us<br>next<hr>after"
        + "<img src=\"a.png\" alt=\"photo\"><section hidden id=\"S:0\">streamed</section>"
        + "<p aria-hidden=\"TRUE\">gone</p><p style=\"Visibility: Hidden\">gone too</p></div>"
        + "</body>");
    assertEquals("Date 4 May by us\nnext\nafter\nstreamed", p.text());
    assertEquals(List.of("div", "div", "div", "section"), p.structure().blocks().stream()
        .map(PageStructure.Block::tag).toList());
  }

  @Test
  void longBlocksAndOddSpacesAreKeptWhole() {
    String word = "harbour\u00a0\u2019s\u200b ";
    String html = "<body><p>\ufeff" + word.repeat(120) + "</p><pre>  x\u3001y\uff0cz  \n\n"
        + "</pre></body>";
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract(html);
    String line = "harbour \u2019s ".repeat(120).strip();
    assertEquals(line + "\nx\u3001y\uff0cz", p.text());
    assertEquals(line.replace(" ", "").length(), p.structure().blocks().get(0).chars());
    assertEquals(2, p.structure().blocks().get(1).commas());
  }
}
