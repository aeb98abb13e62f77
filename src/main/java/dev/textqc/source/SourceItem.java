package dev.textqc.source;

import dev.textqc.document.Document;

/**
 * One unit of input: a document ready to check, a document still to be decoded or extracted
 * (done by a worker thread, since HTML and PDF extraction cost as much as checking), or an input
 * that could not be read.
 */
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

  /**
   * A document whose bytes are read but not yet decoded or extracted.
   *
   * @param size the number of input bytes, for throughput figures
   */
  record Deferred(String id, String origin, String relativeName, long size, Loader loader)
      implements SourceItem {

    /** Decodes or extracts; on failure the message names the problem, not the input. */
    public Loaded load() throws DocumentLoader.LoadException {
      return new Loaded(loader.load(), origin, relativeName);
    }

    /** The document, or the failure named as {@link Failed} names one: the id, then the problem. */
    public SourceItem loadOrFail() {
      try {
        return load();
      } catch (DocumentLoader.LoadException e) {
        return new Failed(id, id + ": " + e.getMessage());
      }
    }
  }

  /** Decoding or extraction still to do. */
  @FunctionalInterface
  interface Loader {
    Document load() throws DocumentLoader.LoadException;
  }

  /** An input that could not be read; {@code message} says why, naming the file. */
  record Failed(String id, String message) implements SourceItem {}
}
