package dev.textqc.pipeline;

import dev.textqc.document.Document;
import dev.textqc.finding.Annotation;
import java.util.List;

/** Computes document-level scores from a document, its cleaned text and its findings. */
public interface DocumentAssessor {

  Assessment assess(Document document, String cleaned, List<Annotation> annotations);
}
