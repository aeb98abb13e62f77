package dev.textqc.detect.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.source.html.HtmlBlockExtractor;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MainContentClassifierTest {
  private static final StructureHints HINTS = new StructureHints(Set.of("nav", "related"),
      Set.of("article", "content"), Set.of("nav", "footer"));

  private static final String P1 = "<p>The river festival returns to the old quay this weekend,"
      + " with boat races on Saturday and a market along the towpath on Sunday, when local"
      + " bakers, brewers and potters sell from their stalls.</p>";
  private static final String P2 = "<p>Organisers expect more visitors than last year, so the"
      + " council will close the bridge to cars from early morning until late evening.</p>";
  private static final String P3 = "<p>Volunteers are still needed to steward the races; anyone"
      + " who can help should call at the harbour office before Friday or leave a message with"
      + " the race secretary.</p>";
  private static final String P4 = "<p>The fireworks over the water close the festival at ten on"
      + " Sunday night, weather permitting, and the last ferry leaves at eleven.</p>";

  private static double[] classify(String html) {
    HtmlBlockExtractor.Page page = HtmlBlockExtractor.extract(html);
    return MainContentClassifier.classify(page.structure(), List.of(page.text().split("\n")),
        HINTS, null);
  }

  private static final StructureHints TOC_HINTS = new StructureHints(
      Set.of("nav", "related", "toc", "comment"), Set.of("article", "content"),
      Set.of("nav", "footer"));

  @Test
  void anArticleCutIntoSectionsThatShareAFurnitureClassIsKept() {
    // a guide's chapters, each a <section class="toc-para"> under its table of contents: the
    // furniture word is on every part of the article, and the densest text is in one of them
    HtmlBlockExtractor.Page page = HtmlBlockExtractor.extract("<html><body>"
        + "<nav class=toc><a href=#a>Festival</a><a href=#b>Visitors</a></nav>"
        + "<div class=chapters><section class=toc-para id=a><h2>The festival</h2>" + P1 + P4
        + "</section><section class=toc-para id=b><h2>Visitors</h2>" + P2 + "</section>"
        + "<section class=toc-para id=c><h2>Helping</h2>" + P3 + "</section></div>"
        + "</body></html>");
    List<String> lines = List.of(page.text().split("\n"));
    double[] s = MainContentClassifier.classify(page.structure(), lines, TOC_HINTS, null);
    assertEquals(8, s.length, lines.toString());
    assertTrue(s[0] >= 0.5, "the table of contents goes: " + Arrays.toString(s));
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i] < 0.5, lines.get(i) + " " + Arrays.toString(s));
    }
  }

  @Test
  void aRowOfCommentsBesideTheArticleStaysFurnitureWhenOneHoldsTheDensestText() {
    String longComment = "<p>I was at the festival last year, and the boat races were the best"
        + " part of it, though the queue for the ferry home was long, slow and cold, and the"
        + " market closed far too early, well before most of us had even had a look round, so"
        + " next time I hope they keep the stalls open into the evening, as they used to.</p>";
    HtmlBlockExtractor.Page page = HtmlBlockExtractor.extract("<html><body><div class=wrap>"
        + "<div class=story>" + P1 + P2 + P3 + "</div><div class=comments>"
        + "<div class=comment>" + longComment + "</div><div class=comment>" + P4 + "</div>"
        + "</div></div></body></html>");
    List<String> lines = List.of(page.text().split("\n"));
    double[] s = MainContentClassifier.classify(page.structure(), lines, TOC_HINTS, null);
    assertEquals(5, s.length, lines.toString());
    assertTrue(s[3] >= 0.5 && s[4] >= 0.5, Arrays.toString(s));
  }

  @Test
  void aShortBoxWithAnArticleClassDoesNotOutscoreTheTextOfThePage() {
    // a listicle whose entries (no commas) each sit four wrappers deep below its intro, and a
    // sign-up box whose class reads like an article's and whose one sentence is full of commas:
    // the box scores best, but the page's prose is under <main>
    String form = "<div class=frame><div><section class=content><p>Get our stories, offers,"
        + " puzzles, recipes, travel tips, weather, sport and more, every morning, free,"
        + " and unsubscribe whenever you like, at the foot of any email.</p></section></div>"
        + "</div>";
    String[] places = {"quay", "harbour", "bridge", "market", "towpath", "square", "church",
        "station", "beach", "pier", "castle", "museum"};
    StringBuilder entries = new StringBuilder();
    for (String place : places) {
      entries.append("<li><div><div><div><p>The walk to the ").append(place).append(" takes"
          + " about twenty minutes from the town hall and the view from there is worth the"
          + " climb on a clear morning in spring</p></div></div></div></li>");
    }
    HtmlBlockExtractor.Page page = HtmlBlockExtractor.extract("<html><body><main class=content><p>Twelve short walks from the town hall, each with a view at the end of it.</p><ol>" + entries
        + "</ol></main>" + form + "</body></html>");
    List<String> lines = List.of(page.text().split("\\n"));
    double[] s = MainContentClassifier.classify(page.structure(), lines, HINTS, null);
    assertEquals(places.length + 2, s.length, lines.toString());
    for (int i = 0; i <= places.length; i++) {
      assertTrue(s[i] < 0.5, "intro and entry " + i + " kept: " + Arrays.toString(s));
    }
    assertTrue(s[places.length + 1] >= 0.5, "the sign-up box goes: " + Arrays.toString(s));
  }

  @Test
  void aSecondCopyOfTheArticleIsRemoved() {
    double[] s = classify("<html><body><article><div class=a>" + P1 + P2 + P3 + P4
        + "</div><div class=b>" + P1 + P2 + P3 + P4 + "</div></article></body></html>");
    assertEquals(8, s.length);
    for (int i = 0; i < 4; i++) {
      assertTrue(s[i] < 0.5, "first copy kept: " + Arrays.toString(s));
    }
    for (int i = 4; i < 8; i++) {
      assertTrue(s[i] >= 0.5, "second copy removed: " + Arrays.toString(s));
    }
  }

  @Test
  void shortRepeatsAndSingleRepeatedParagraphsStay() {
    // a plan that repeats its short rows on purpose, and one repeated paragraph (a refrain)
    String rows = "<p>Breakfast: oats with milk</p><p>Lunch: soup and bread</p>"
        + "<p>Dinner: fish with rice</p><p>Walk for thirty minutes</p>";
    double[] s = classify("<html><body><article>" + P1 + "<div>" + rows + rows + rows + rows
        + rows + rows + "</div>" + P2 + P3 + P2 + P4 + "</article></body></html>");
    for (double v : s) {
      assertTrue(v < 0.5, Arrays.toString(s));
    }
  }

  @Test
  void runsNeedThreeLinesAndFiveHundredCharacters() {
    double[] s = classify("<html><body><article>" + P1 + P2 + P3 + P4 + P1 + P2
        + "</article></body></html>");
    for (double v : s) {
      assertTrue(v < 0.5, "two repeated paragraphs are not a copy: " + Arrays.toString(s));
    }
  }
}
