package dev.textqc.source;

import dev.textqc.document.Document;

/** One unit of input: a document ready to check, or an input that could not be read. */
public sealed interface SourceItem {

  /** Where the document came from, for naming outputs. */
  String id();

  /**
   * A readable document.
   *
   * @param origin the input it came from (a file path, "-" or a JSONL file)
   * @param relativeName the path relative to the folder given on the command line, for mirroring
   */
  record Loaded(Document document, String origin, String relativeName) implements SourceItem {
    @Override
    public String id() {
      return document.id();
    }
  }

  /** An input that could not be read; {@code message} says why, naming the file. */
  record Failed(String id, String message) implements SourceItem {}
}
