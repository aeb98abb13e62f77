package dev.textqc.pipeline;

import dev.textqc.document.Span;
import java.util.Collection;

/** The text as it reads after a set of edits, with the map back to the original. */
record TextView(String text, OffsetMap map) {

  static TextView apply(String original, Collection<? extends Edit> sortedEdits) {
    if (sortedEdits.isEmpty()) {
      return new TextView(original, OffsetMap.identity());
    }
    StringBuilder sb = new StringBuilder(original.length());
    int pos = 0;
    for (Edit e : sortedEdits) {
      Span s = e.span();
      sb.append(original, pos, s.start()).append(e.replacement());
      pos = s.end();
    }
    sb.append(original, pos, original.length());
    return new TextView(sb.toString(), new OffsetMap(sortedEdits));
  }
}
