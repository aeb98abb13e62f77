package dev.textqc.rule.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.textqc.finding.Action;
import dev.textqc.finding.Category;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.Stage;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineRegexRuleTest {

  private static LineRegexRule rule(String id, String regex, List<String> requires) {
    RuleMeta meta = KindFixtures.meta(id, "line-regex", Category.BOILERPLATE, Stage.BOILERPLATE,
        Action.FLAG);
    return new LineRegexRule(meta, Pattern.compile(regex), 200, requires);
  }

  private static List<String> flagged(LineRegexRule rule, String text) {
    return KindFixtures.found(rule, text);
  }

  private static final String TEXT = "Photo: Jane Doe\nAll rights reserved\nPHOTO cred\nplain line";

  @Test
  void eachRuleOfASharedPrefilterStillSeesOnlyItsOwnFragments() {
    LineRegexRule photo = rule("PHOTO", "^Photo: ", List.of("photo"));
    LineRegexRule rights = rule("RIGHTS", "rights reserved", List.of("rights"));
    List<String> alonePhoto = flagged(photo, TEXT);
    List<String> aloneRights = flagged(rights, TEXT);
    LineRegexRule.sharePrefilters(List.of(photo, rights));
    assertEquals(List.of("Photo: Jane Doe"), flagged(photo, TEXT));
    assertEquals(List.of("All rights reserved"), flagged(rights, TEXT));
    assertEquals(alonePhoto, flagged(photo, TEXT));
    assertEquals(aloneRights, flagged(rights, TEXT));
  }

  @Test
  void thePrefilterIgnoresCaseButTheRegexDecides() {
    LineRegexRule photo = rule("PHOTO", "^PHOTO\\b", List.of("Photo"));
    assertEquals(List.of("PHOTO cred"), flagged(photo, TEXT));
  }

  @Test
  void aPatternWhoseAlternativesAllStartWithACaretIsTriedAtTheLineStartOnly() {
    assertEquals(true, LineRegexRule.startAnchored(Pattern.compile("^a|^(?:b|c)d")));
    assertEquals(true, LineRegexRule.startAnchored(Pattern.compile("^[|(]x|^\\|y")));
    assertEquals(false, LineRegexRule.startAnchored(Pattern.compile("^a|b")));
    assertEquals(false, LineRegexRule.startAnchored(Pattern.compile("(?:^a|^b)")));
    assertEquals(false, LineRegexRule.startAnchored(Pattern.compile("^a|")));
    assertEquals(false, LineRegexRule.startAnchored(Pattern.compile("^a", Pattern.MULTILINE)));
    assertEquals(false, LineRegexRule.startAnchored(Pattern.compile("^(?m)a")));
    LineRegexRule anchored = rule("A", "^\\W{0,3}read more:|^\\s*x", List.of());
    assertEquals(List.of("- read more: the story"),
        flagged(anchored, "- read more: the story\nyou can read more: here"));
  }

  @Test
  void theFragmentsAMatchNeedsAreReadOffThePattern() {
    assertEquals(List.of("a"), LineRegexRule.necessaryLiterals(Pattern.compile("ab?c")));
    assertEquals(List.of("gh"), LineRegexRule.necessaryLiterals(Pattern.compile("(?:ab|cd)ef{2}gh")));
    assertEquals(List.of("foo"), LineRegexRule.necessaryLiterals(Pattern.compile("[a-z]+foo[]]b")));
    assertEquals(List.of("more", "read more"), LineRegexRule.necessaryLiterals(
        Pattern.compile("^\\W{0,3}(?:read more|more)\\s*:")));
    assertEquals(List.of("x.y"), LineRegexRule.necessaryLiterals(Pattern.compile("\\bx\\.y\\b")));
    // an alternative without a fragment, or a construct the reader does not follow: nothing
    assertEquals(List.of(), LineRegexRule.necessaryLiterals(Pattern.compile("abc|\\d+")));
    assertEquals(List.of(), LineRegexRule.necessaryLiterals(Pattern.compile("(?i)abc")));
    assertEquals(List.of(), LineRegexRule.necessaryLiterals(Pattern.compile("a(?=b)c")));
    assertEquals(List.of(), LineRegexRule.necessaryLiterals(Pattern.compile("\\Qabc\\E")));
    assertEquals(List.of(), LineRegexRule.necessaryLiterals(Pattern.compile("(?<x>a)\\k<x>|b")));
    assertEquals(List.of(), LineRegexRule.necessaryLiterals(Pattern.compile("x?y*")));
  }

  @Test
  void aBackReferenceOffersNothingButTheGroupItCopiesIsStillNeeded() {
    assertEquals(List.of("a"), LineRegexRule.necessaryLiterals(Pattern.compile("(a)\\1")));
    assertEquals(List.of("bye", "haha"), LineRegexRule.necessaryLiterals(
        Pattern.compile("\\b(bye|haha)(?:\\s+\\1\\b)+")));
    // digits after a back reference are read as its number (Java may take the last as a plain
    // character when there is no such group: dropping it only loses a fragment)
    assertEquals(List.of("xy"), LineRegexRule.necessaryLiterals(Pattern.compile("(xy)\\12")));
    // split apart, an alternative's back reference would copy another group: kept whole
    assertEquals(1, LineRegexRule.alternatives(Pattern.compile("(ab)\\1|cd")).size());
  }

  @Test
  void aRuleWithoutRequiresFindsWhatItsPatternMatchesInAnyCase() {
    Pattern p = Pattern.compile("^\\W{0,3}(?:most read|sister)\\W{0,3}$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    LineRegexRule rule = rule("R", "x", List.of());
    RuleMeta meta = rule.meta();
    LineRegexRule ci = new LineRegexRule(meta, p, 60, List.of());
    // the long s and the Kelvin sign match "s" and "k" case-insensitively
    String text = "MOST READ\nmoſt read\nSISTER\nlong prose about the most read story\n- Most  read -";
    assertEquals(List.of("MOST READ", "moſt read", "SISTER"), flagged(ci, text));
  }

  @Test
  void aLineMustHoldARequiredFragmentAndWhatThePatternNeeds() {
    LineRegexRule colon = rule("C", "^(?:read more|see also):", List.of(":"));
    LineRegexRule.sharePrefilters(List.of(colon, rule("P", "^Photo: ", List.of("photo"))));
    assertEquals(List.of("read more: x", "see also: y"),
        flagged(colon, "read more: x\nsee also: y\nread more about it\nnote: see also"));
  }

  @Test
  void topLevelAlternativesWithFragmentsOfTheirOwnAreTriedApart() {
    assertEquals(3, LineRegexRule.alternatives(Pattern.compile("^ab|cd|(?:e|f)g")).size());
    assertEquals(1, LineRegexRule.alternatives(Pattern.compile("(?:ab|cd)")).size());
    assertEquals(1, LineRegexRule.alternatives(Pattern.compile("a|b|c|d|e")).size());
    assertEquals(List.of(">", "»"), LineRegexRule.necessaryLiterals(Pattern.compile("x?[>»]+")));
    LineRegexRule crumbs = rule("B", "^\\W*you are here\\b|^(?:\\w+ [>»] ){2,}\\w+$", List.of());
    LineRegexRule.sharePrefilters(List.of(crumbs));
    assertEquals(List.of("- you are here", "Home > World > Europe"), flagged(crumbs,
        "- you are here\nHome > World > Europe\nwhere are you\nHome > World"));
  }
}
