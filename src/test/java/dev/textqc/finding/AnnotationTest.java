package dev.textqc.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.textqc.document.Span;
import org.junit.jupiter.api.Test;

class AnnotationTest {
  private final Annotation replace = new Annotation("R", Category.REPETITION, "doubled-word",
      Severity.WARNING, new Span(0, 9), Action.REPLACE, "word", "Keep one.", 0.95);

  // The pipeline maps each applied finding to the original text and gives it its final text;
  // when neither changes, the finding itself is kept, not a copy per edit.
  @Test
  void anUnchangedSpanOrTextKeepsTheSameAnnotation() {
    assertSame(replace, replace.withSpan(new Span(0, 9)));
    assertSame(replace, replace.withReplacement(new String("word")));
    Annotation remove = new Annotation("R", Category.BOILERPLATE, "", Severity.INFO,
        new Span(3, 5), Action.REMOVE, null, "", 1.0);
    assertSame(remove, remove.withReplacement(""));
  }

  @Test
  void aChangedSpanOrTextMakesANewOne() {
    Annotation moved = replace.withSpan(new Span(4, 13));
    assertNotSame(replace, moved);
    assertEquals(new Span(4, 13), moved.span());
    assertEquals("word", moved.replacement());
    Annotation other = replace.withReplacement("Word");
    assertEquals("Word", other.replacement());
    assertEquals(new Span(0, 9), other.span());
  }
}
