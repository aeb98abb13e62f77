package dev.textqc.rule;

/**
 * Memory shared across the documents of one run, for rules that learn from the corpus (a line that
 * recurs in many documents of one source is template boilerplate). Implementations bound their
 * memory; {@link #NONE} forgets everything, which makes every document independent.
 */
public interface CorpusMemory {

  /** Records that a document contains this normalised line; returns how many documents did so far. */
  int observe(String normalisedLine);

  /** How many documents contained this normalised line so far. */
  int count(String normalisedLine);

  /** Documents seen so far. */
  int documents();

  /** Marks the start of a new document. */
  void startDocument();

  /**
   * The document has reported the lines of its page ({@link #observe}): a memory that lets
   * documents report in input order lets the next one in (see {@link BoundedCorpusMemory.Turn}).
   */
  default void observed() {}

  CorpusMemory NONE = new CorpusMemory() {
    @Override
    public int observe(String line) {
      return 1;
    }

    @Override
    public int count(String line) {
      return 0;
    }

    @Override
    public int documents() {
      return 0;
    }

    @Override
    public void startDocument() {}
  };
}
