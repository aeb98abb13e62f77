package dev.textqc.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.document.PageStructure;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlockExtractorTest {

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
  void preformattedTextKeepsItsLines() {
    HtmlBlockExtractor.Page p = HtmlBlockExtractor.extract("<body><pre>a = 1\nb = 2</pre></body>");
    assertEquals("a = 1\nb = 2", p.text());
  }
}
