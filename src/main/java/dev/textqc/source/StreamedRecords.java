package dev.textqc.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A corpus file read one record at a time (JSONL, WARC): subclasses say how to read the next
 * record; this class keeps the one-item look-ahead and closes the file once it is exhausted or
 * unreadable, so a corpus of any size holds one record in memory.
 */
abstract class StreamedRecords implements Iterator<SourceItem> {
  private final Closeable source;
  private SourceItem next;
  private boolean done;

  StreamedRecords(Closeable source) {
    this.source = source;
  }

  /**
   * Reads on: returns the next item, or null when the record read was not a document (a blank
   * line, a request record) and reading should go on. Calls {@link #end()} when nothing is left.
   */
  protected abstract SourceItem read();

  /** No more records: close the file. */
  protected final void end() {
    done = true;
    try {
      source.close();
    } catch (IOException ignored) {
      // nothing more to read either way
    }
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !done) {
      next = read();
    }
    return next != null;
  }

  @Override
  public final SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }
}
