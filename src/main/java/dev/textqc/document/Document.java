package dev.textqc.document;

import java.util.Map;
import java.util.Objects;

/**
 * One input text: its id (a path, a record id or {@code -}), the text that all offsets refer to,
 * its language, and free-form metadata from the source (URL, title, content type).
 *
 * @param extracted true when the text was extracted from a richer format (HTML, PDF), so reports
 *     must carry the text itself for the offsets to be usable
 * @param structure the page layout behind each line when the text was extracted from HTML, else
 *     null
 */
public record Document(String id, String text, String language, boolean extracted,
    Map<String, String> metadata, PageStructure structure) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    language = language == null ? "en" : language;
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** A document without page structure. */
  public Document(String id, String text, String language, boolean extracted,
      Map<String, String> metadata) {
    this(id, text, language, extracted, metadata, null);
  }

  public static Document of(String id, String text) {
    return new Document(id, text, "en", false, Map.of());
  }

  public Document withText(String newText) {
    return new Document(id, newText, language, extracted, metadata, structure);
  }
}
