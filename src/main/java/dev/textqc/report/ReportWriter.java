package dev.textqc.report;

import dev.textqc.pipeline.Result;
import java.io.Closeable;
import java.io.IOException;

/**
 * A report written while the run goes on: each document's part as soon as the document is
 * checked, and what needs the whole run (totals, rule descriptors) at the end. A writer holds
 * no document after {@link #add} returns, so a report over a corpus fits in the same heap as
 * one document: collecting the results first ran a 400 MB corpus out of a 256 MB heap before a
 * byte was written.
 */
public interface ReportWriter extends Closeable {

  /** Writes one document's part of the report; documents come in run order. */
  void add(Result result) throws IOException;

  /** Writes the end of the report. Call once, after the last {@link #add}. */
  void finish() throws IOException;

  /**
   * Releases what the writer holds (files it opened, temporary files). A report that was not
   * finished stays as far as it got. Writers over a caller's stream leave it open.
   */
  @Override
  default void close() throws IOException {}
}
