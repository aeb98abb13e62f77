package dev.textqc.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Assessment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document scores move with their signals, and every signal is explained. */
class SignalAssessorTest {
  private static final String EDITED = ("The council met on Friday — late, as usual — and it "
      + "didn't vote. Members said they'd return next week; the mayor wasn't there. ").repeat(4);

  private static Annotation garbled(int at) {
    return new Annotation("MT_FRAGMENT_SENTENCE", Category.GARBLED, "fragment", Severity.WARNING,
        new Span(at, at + 3), Action.FLAG, null, "m", 0.7);
  }

  @Test
  void editedProseIsNotLikelyMachineTranslated() {
    Assessment a = new SignalAssessor().assess(Document.of("t", EDITED), EDITED, List.of());
    assertFalse(a.machineTranslationLikely(), a.toString());
    assertTrue(a.qualityScore() == 1.0);
  }

  @Test
  void garbledDensityAndDisclaimersRaiseTheScore() {
    List<Annotation> findings = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      findings.add(garbled(i * 10));
    }
    Assessment damaged = new SignalAssessor().assess(Document.of("t", EDITED), EDITED, findings);
    Assessment clean = new SignalAssessor().assess(Document.of("t", EDITED), EDITED, List.of());
    assertTrue(damaged.machineTranslationScore() > clean.machineTranslationScore());
    assertTrue(damaged.qualityScore() < clean.qualityScore());
    Annotation disclaimer = new Annotation("BP_X", Category.BOILERPLATE, "mt-disclaimer",
        Severity.WARNING, new Span(0, 5), Action.REMOVE, null, "m", 0.9);
    assertTrue(new SignalAssessor().assess(Document.of("t", EDITED), EDITED, List.of(disclaimer))
        .machineTranslationLikely());
    assertTrue(damaged.signals().stream().anyMatch(s -> s.name().equals("garbled-per-1k-words")
        && s.value() > 0));
  }

  @Test
  void russianDashHabitRaisesTheScore() {
    String literal = ("Details - in the material of the correspondent of the agency. The "
        + "position of the ministry - unchanged, the report of the committee says. ").repeat(4);
    Assessment a = new SignalAssessor().assess(Document.of("t", literal), literal, List.of());
    assertTrue(a.machineTranslationLikely(), a.toString());
  }

  private static double signal(Assessment a, String name) {
    return a.signals().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
        .value();
  }

  @Test
  void consistentTypographicQuotesLowerTheScore() {
    String straight = ("The minister said the plan was \"final\" and the city's budget would "
        + "follow in the spring. Officials of the region agreed. ").repeat(4);
    String curly = straight.replace("\"final\"", "“final”").replace("city's", "city’s");
    Assessment plain = new SignalAssessor().assess(Document.of("t", straight), straight, List.of());
    Assessment typeset = new SignalAssessor().assess(Document.of("t", curly), curly, List.of());
    assertTrue(typeset.machineTranslationScore() < plain.machineTranslationScore());
    assertTrue(signal(typeset, "typographic-quotes-per-1k-words") > 0);
    assertEquals(0, signal(plain, "typographic-quotes-per-1k-words"));
  }

  @Test
  void mixedQuoteStylesGetNoTypographicCredit() {
    // curly quotes kept from a source next to a straight apostrophe: not consistent typesetting
    String mixed = ("The minister said the plan was “final” and the city's budget would "
        + "follow in the spring. Officials of the region agreed. ").repeat(4);
    Assessment a = new SignalAssessor().assess(Document.of("t", mixed), mixed, List.of());
    assertEquals(0, signal(a, "typographic-quotes-per-1k-words"));
  }

  @Test
  void everySignalIsNamedAndExplained() {
    Assessment a = new SignalAssessor().assess(Document.of("t", EDITED), EDITED, List.of());
    assertTrue(a.signals().size() >= 9);
    for (Assessment.Signal s : a.signals()) {
      assertFalse(s.name().isBlank());
      assertFalse(s.explanation().isBlank(), s.name());
    }
  }
}
