package dev.textqc.detect.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StructureHintsTest {
  private final StructureHints hints = new StructureHints(Set.of("nav", "ad", "share", "Related"),
      Set.of("content", "post"), Set.of("footer"));

  @Test
  void shortWordsMatchWholeTokensOnly() {
    assertEquals(-1, hints.weight("div", "site-nav"));
    assertEquals(-1, hints.weight("div", "ad"));
    assertEquals(0, hints.weight("div", "navigation-free header"), "nav inside a token: too short");
    assertEquals(0, hints.weight("div", "shadow loaded"), "ad inside a word");
  }

  @Test
  void longWordsMatchInsideGluedTokens() {
    assertEquals(-1, hints.weight("div", "sharedaddy sd-block"));
    assertEquals(-1, hints.weight("ul", "relatedposts"), "hint words are lower-cased");
    assertEquals(1, hints.weight("div", "entry-content"));
    assertEquals(1, hints.weight("div", "maincontent"));
    assertEquals(-1, hints.weight("div", "share"), "a whole token still matches");
  }

  @Test
  void aSlugOfTheTextIsNoFurnitureHintButItsArticleWordsCount() {
    // seven words or more in one class name: the heading's text, not a class of furniture
    assertEquals(0, hints.weight("div", "css-g8 1-heading-how-to-share-a-related-story"));
    assertFalse(hints.furniture("div", "css-g8 1-heading-how-to-share-a-related-story"));
    assertEquals(1, hints.weight("article", "post why-we-share-our-nav-apps-with-friends"),
        "an article word next to the slug still counts");
    // six words: a class name, whose furniture word counts
    assertEquals(-1, hints.weight("div", "wp-block-jetpack-related-posts-list"));
    assertEquals(-1, hints.weight("div", "slug-like-share-words-in-class here"));
  }

  @Test
  void bothKindsCancelAndTagsCount() {
    assertEquals(0, hints.weight("div", "post share"));
    assertTrue(hints.negative("div", "post share"), "any furniture word is negative");
    assertEquals(-1, hints.weight("footer", ""));
    assertFalse(hints.negative("div", ""));
    assertFalse(hints.negative("div", "caf\u00e9 post-12"), "non-ASCII splits tokens");
  }

  @Test
  void oneClassJoiningBothKindsIsFurnitureOfTheArticle() {
    assertTrue(hints.furniture("div", "single-content-nav"), "one class name, both kinds");
    assertTrue(hints.furniture("div", "post-share wide"));
    assertEquals(0, hints.weight("div", "single-content-nav"), "scoring still cancels");
    assertFalse(hints.furniture("div", "post share"), "separate class names cancel");
    assertFalse(hints.furniture("div", "post post-share"), "a class of article words only");
    assertFalse(hints.furniture("div", "entry-content"));
    assertTrue(hints.furniture("footer", ""));
  }

  @Test
  void utilityClassesSayHowItLooksNotWhatItHolds() {
    StructureHints h = new StructureHints(Set.of("nav"), Set.of("text", "content"),
        Set.of("footer"), Set.of("text"));
    assertEquals(-1, h.weight("footer", "text-md leading-none text-gray-800"),
        "text-* utilities do not cancel a furniture tag");
    assertEquals(-1, h.weight("footer", "md:text-lg"), "nor behind a variant prefix");
    assertEquals(1, h.weight("div", "text"), "the word alone is still a hint");
    assertEquals(1, h.weight("div", "story-text"), "so is the word after another");
    assertEquals(1, h.weight("p", "text-content-size"), "a utility's other words still count");
    assertEquals(-1, h.weight("div", "text-nav"));
    assertEquals(1, hints.weight("div", "content\tpost"), "tabs separate class names too");
  }

  @Test
  void memoGivesTheSameAnswer() {
    var memo = new HashMap<String, Integer>();
    int first = hints.flags("entry-content share-bar", memo);
    assertEquals(StructureHints.NEGATIVE | StructureHints.POSITIVE | StructureHints.PURE_POSITIVE,
        first);
    assertEquals(first, hints.flags("entry-content share-bar", memo));
    assertEquals(1, memo.size());
  }
}
