package dev.textqc.pipeline;

import dev.textqc.document.Document;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The outcome for one document: findings with spans in the original text, the cleaned text, the
 * two-way offset map between them, document scores and any rule that failed.
 */
public record Result(Document document, List<Annotation> annotations, String cleaned,
    OffsetMap offsets, Assessment assessment, List<RuleFailure> failures) {

  public Result {
    annotations = List.copyOf(annotations);
    failures = List.copyOf(failures);
  }

  public boolean changed() {
    return !cleaned.equals(document.text());
  }

  /** Highest severity among the findings, if any. */
  public Optional<Severity> maxSeverity() {
    return annotations.stream().map(Annotation::severity).max(Enum::compareTo);
  }

  public long count(Severity atLeast) {
    return annotations.stream().filter(a -> a.severity().compareTo(atLeast) >= 0).count();
  }

  /**
   * A result brought back from its parts (a cache, a stored report): the cleaned text and offset
   * map are recomputed from the remove/replace annotations, which in a pipeline result never
   * overlap.
   */
  public static Result restore(Document document, List<Annotation> annotations,
      Assessment assessment, List<RuleFailure> failures) {
    List<Edit> edits = annotations.stream()
        .filter(a -> a.action() != Action.FLAG)
        .sorted(java.util.Comparator.comparing(Annotation::span))
        .map(a -> Edit.of(a.span(), a.cleanedText(document.text())))
        .toList();
    for (int i = 1; i < edits.size(); i++) {
      if (edits.get(i).span().start() < edits.get(i - 1).span().end()) {
        throw new IllegalArgumentException(document.id() + ": edits overlap at "
            + edits.get(i).span() + "; not a pipeline result");
      }
    }
    TextView view = TextView.apply(document.text(), edits);
    return new Result(document, annotations, view.text(), view.map(), assessment, failures);
  }

  /**
   * Rebuilds the original text from the cleaned text and the remove/replace annotations alone:
   * the lossless guarantee, used by tests and by consumers who only kept the output.
   */
  public static String rebuildOriginal(String cleaned, List<Annotation> annotations,
      String originalText) {
    return Reconstruction.rebuild(cleaned, annotations.stream()
        .filter(a -> a.action() != Action.FLAG)
        .map(a -> new Reconstruction.Change(a.span().start(), a.span().end(),
            a.span().of(originalText), a.cleanedText(originalText)))
        .toList());
  }
}
