package dev.textqc.rule;

import dev.textqc.document.Line;
import dev.textqc.document.Span;
import java.util.List;

/** The span to cut when a whole line is boilerplate. */
public final class LineRemoval {
  private LineRemoval() {}

  /**
   * The line with its terminator; when the line stands as its own paragraph (a blank line or the
   * start of the text before it), the blank lines after it go too, so removing a paragraph-sized
   * line leaves one paragraph break rather than a hole.
   */
  public static Span span(List<Line> lines, int index) {
    Line line = lines.get(index);
    int end = line.withTerminator().end();
    boolean ownParagraph = index == 0 || lines.get(index - 1).isBlank();
    if (ownParagraph) {
      int i = index + 1;
      while (i < lines.size() && lines.get(i).isBlank()) {
        end = lines.get(i).withTerminator().end();
        i++;
      }
    }
    return new Span(line.content().start(), end);
  }
}
