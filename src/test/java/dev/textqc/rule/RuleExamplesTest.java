package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.pipeline.Result;
import dev.textqc.source.DocumentExtractor;
import dev.textqc.source.html.HtmlDocuments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test behind every rule: each incorrect example must be flagged by the rule
 * alone (and, when it gives an output, cleaned to exactly that, and cleaning again changes
 * nothing); each correct example must not be touched.
 */
class RuleExamplesTest {

  @TestFactory
  Stream<DynamicTest> everyRuleFlagsItsIncorrectExamplesAndSparesItsCorrectOnes() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : TestSupport.builtinRules()) {
      RuleMeta m = rule.meta();
      TextQc alone = TextQc.of(List.of(rule));
      for (Example ex : m.incorrect()) {
        tests.add(DynamicTest.dynamicTest(m.id() + " flags: " + ex.text(), () -> {
          Result r = alone.check(exampleDocument(ex.text()));
          assertTrue(r.annotations().stream().anyMatch(a -> a.rule().equals(m.id())),
              m.id() + " should flag: " + ex.text());
          if (ex.output() != null) {
            assertEquals(ex.output(), r.cleaned(), m.id() + " cleaned output");
            Result again = alone.check(Document.of("example", r.cleaned()));
            assertEquals(r.cleaned(), again.cleaned(), m.id() + " cleaning is idempotent");
          }
        }));
      }
      for (Example ex : m.correct()) {
        tests.add(DynamicTest.dynamicTest(m.id() + " spares: " + ex.text(), () -> {
          Result r = alone.check(exampleDocument(ex.text()));
          assertFalse(r.annotations().stream().anyMatch(a -> a.rule().equals(m.id())),
              m.id() + " must leave alone: " + ex.text() + " but reported " + r.annotations());
        }));
      }
    }
    return tests.stream();
  }

  /** An HTML example goes through the HTML extractor, so rules see the page structure. */
  static Document exampleDocument(String text) {
    if (DocumentExtractor.looksLikeMarkup(text.getBytes(StandardCharsets.UTF_8))) {
      return HtmlDocuments.fromString("example", text);
    }
    return Document.of("example", text);
  }
}
