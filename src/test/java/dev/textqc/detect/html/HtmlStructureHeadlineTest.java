package dev.textqc.detect.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import dev.textqc.source.html.HtmlDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The top heading that repeats the page title is removed as the page's headline, with a message
 * that says so, not as menus and sidebars; the rest of the furniture keeps the rule's message.
 */
class HtmlStructureHeadlineTest {
  private static final String PROSE = "The council approved the new flood barrier on Tuesday after"
      + " a long debate about its cost, its height and the view from the old quay, which many"
      + " residents said they would miss.";

  private static List<Annotation> structureFindings(String html) {
    Document doc = HtmlDocuments.fromString("page.html", html);
    Result r = TextQc.create(Config.defaults()).check(doc);
    return r.annotations().stream().filter(a -> a.rule().equals("BP_HTML_STRUCTURE")).toList();
  }

  private static String text(Annotation a, String docText) {
    return docText.substring(a.span().start(), a.span().end()).strip();
  }

  @Test
  void theHeadlineRepeatingTheTitleIsNamedAsSuch() {
    String html = "<html><head><title>Council approves flood barrier | Town News</title></head>"
        + "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
        + "<article><h1>Council approves flood barrier</h1><p>" + PROSE + "</p><p>" + PROSE
        + "</p></article></body></html>";
    Document doc = HtmlDocuments.fromString("page.html", html);
    List<Annotation> found = structureFindings(html);
    Annotation headline = found.stream()
        .filter(a -> text(a, doc.text()).equals("Council approves flood barrier"))
        .findFirst().orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals("page-title", headline.type());
    assertTrue(headline.message().contains("headline"), headline.message());
    Annotation menu = found.stream().filter(a -> text(a, doc.text()).equals("News"))
        .findFirst().orElseThrow(() -> new AssertionError(found.toString()));
    assertEquals("page-furniture", menu.type());
    assertTrue(menu.message().startsWith("Page furniture"), menu.message());
  }

  @Test
  void aHeadlineThatDoesNotRepeatThePageTitleStaysWithTheArticle() {
    String html = "<html><head><title>Town News</title></head><body><article>"
        + "<h1>Council approves flood barrier</h1><p>" + PROSE + "</p><p>" + PROSE
        + "</p></article></body></html>";
    Result r = TextQc.create(Config.defaults()).check(HtmlDocuments.fromString("page.html", html));
    assertTrue(r.cleaned().startsWith("Council approves flood barrier\n"), r.cleaned());
    assertTrue(r.annotations().stream().noneMatch(a -> a.type().equals("page-title")),
        r.annotations().toString());
  }
}
