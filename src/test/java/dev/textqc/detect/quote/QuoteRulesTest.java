package dev.textqc.detect.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quote rules through the pipeline: exact spans on non-ASCII text, fixes, continuations. */
class QuoteRulesTest {
  private static final TextQc QUOTES = TextQc.of(TestSupport.builtinRules().stream()
      .filter(r -> r.meta().category() == Category.QUOTE).toList());

  private static List<Annotation> quoteFindings(String text) {
    return QUOTES.check(Document.of("t", text)).annotations();
  }

  @Test
  void strayCloserSpanIsTheMarkEvenAfterAnEmoji() {
    String text = "Fans 😀 said “we won.” Then “nothing else.” happened.” End.";
    List<Annotation> found = quoteFindings(text);
    assertEquals(1, found.size(), found.toString());
    Annotation a = found.get(0);
    assertEquals("QUOTE_STRAY_CLOSER", a.rule());
    int mark = text.lastIndexOf('”');
    assertEquals(new Span(mark, mark + 1), a.span());
    assertEquals("”", a.span().of(text));
  }

  @Test
  void unclosedSpanIsTheOpeningMarkAndTheFirstWords() {
    String text = "Der Bürgermeister 😀 sagte: “Wir bauen die Brücke bald neu.\n\nDer Rat tagt.";
    List<Annotation> found = quoteFindings(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("QUOTE_UNCLOSED", found.get(0).rule());
    assertEquals("“Wir bauen die", found.get(0).span().of(text));
  }

  @Test
  void quotationContinuedOverParagraphsIsNeverFlagged() {
    String text = "The minister said: “We will not leave the city.\n\n"
        + "“Our people stay here, whatever happens.\n\n"
        + "“And we will rebuild every street 😀 of it.”\n\n"
        + "The council agreed.";
    assertTrue(quoteFindings(text).isEmpty(), quoteFindings(text).toString());
  }

  @Test
  void continuationThatStopsReopeningIsFlaggedAtTheLastOpenedParagraph() {
    String text = "She said: “We will not leave.\n\n“Our people stay here.\n\nThe council agreed.";
    List<Annotation> found = quoteFindings(text);
    assertEquals(1, found.size(), found.toString());
    assertEquals("“Our people stay", found.get(0).span().of(text));
  }

  @Test
  void inOneSentencePerLineTextAQuotationMayCloseLinesLater() {
    String text = "The head of the agency spoke.\n\"Work on the \"Safe City\" cameras goes on.\n"
        + "We expect results soon,\" he said.\nThe meeting ended.";
    assertTrue(quoteFindings(text).isEmpty(), quoteFindings(text).toString());
  }

  @Test
  void spaceInsideIsRemovedAndCleaningAgainChangesNothing() {
    String text = "“We stay in the city 😀. ” the mayor said.";
    Result r = QUOTES.check(Document.of("t", text));
    assertEquals("“We stay in the city 😀.” the mayor said.", r.cleaned());
    assertEquals(r.cleaned(), QUOTES.check(Document.of("t", r.cleaned())).cleaned());
  }

  @Test
  void apostrophesAreNotQuotationMarks() {
    String text = "Don’t blame the students’ union for the ’90s, rock ’n’ roll or Ukraine’s debt.";
    assertTrue(quoteFindings(text).isEmpty(), quoteFindings(text).toString());
  }

  @Test
  void germanQuotesBalanceWithTheirOwnStyle() {
    assertTrue(quoteFindings("Sie sagte: „Wir bleiben.“ Dann ging sie.").isEmpty());
    List<Annotation> found = quoteFindings("Sie sagte: „Wir bleiben.\n\nDann ging sie.");
    assertEquals(1, found.size(), found.toString());
    assertEquals("QUOTE_UNCLOSED", found.get(0).rule());
  }
}
