package dev.textqc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.textqc.TestSupport;
import dev.textqc.document.Document;
import dev.textqc.document.Lines;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.rule.Rule;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import java.util.stream.Stream;

/**
 * Skipping settled lines in later rounds is a shortcut, never a change: the pipeline gives the
 * same findings and the same cleaned text as when every line-local rule reads every line again.
 */
class SettledLinesTest {
  private static final List<Rule> RULES = TestSupport.defaultQc().rules();

  static Stream<Arguments> generated() {
    return LosslessPropertyTest.generated();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void skippingSettledLinesChangesNothing(String name, String text) {
    Document doc = Document.of(name, text);
    Result fast = new Pipeline(RULES, null, true).run(doc);
    Result full = new Pipeline(RULES, null, false).run(doc);
    assertEquals(full.annotations(), fast.annotations());
    assertEquals(full.cleaned(), fast.cleaned());
  }

  @Test
  void anEditUnsettlesItsLineItsNeighboursAndTheParagraphAbove() {
    String text = "Title\n\nBody one.\n\n\nAd\nBody two.\nTail.\n";
    int ad = text.indexOf("Ad");
    BitSet settled = settledAfterRemoving(text, new Span(ad, ad + 3));
    // after the removal: 0 "Title", 1 "", 2 "Body one.", 3 "", 4 "", 5 "Body two.", 6 "Tail."
    // "Body two." now follows a blank line (its own paragraph), "Tail." follows it, and
    // "Body one." with its blank tail now runs up to "Body two.": only the title block is settled
    assertEquals(bits(0, 1), settled);
  }

  @Test
  void withoutNewEditsEveryLineIsSettled() {
    String text = "One.\nTwo.\n";
    BitSet settled = Pipeline.settledLines(Lines.of(text), TextView.apply(text, List.of()),
        new TreeMap<>(Pipeline.BY_START), 1);
    assertEquals(bits(0, 1), settled);
  }

  private static BitSet settledAfterRemoving(String original, Span removed) {
    Edit edit = Edit.of(removed, "");
    TextView view = TextView.apply(original, List.of(edit));
    Annotation a = new Annotation("R", Category.BOILERPLATE, "", Severity.INFO, removed,
        Action.REMOVE, null, "", 1.0);
    TreeMap<Span, Pipeline.Recorded> edits = new TreeMap<>(Pipeline.BY_START);
    // recorded by run 2, after the stage's own run 1
    edits.put(removed, new Pipeline.Recorded(a, 2));
    return Pipeline.settledLines(Lines.of(view.text()), view, edits, 1);
  }

  private static BitSet bits(int... set) {
    BitSet b = new BitSet();
    for (int i : set) {
      b.set(i);
    }
    return b;
  }
}
