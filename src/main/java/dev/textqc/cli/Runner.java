package dev.textqc.cli;

import dev.textqc.TextQc;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.source.Inputs;
import dev.textqc.source.SourceItem;
import java.io.PrintWriter;
import java.util.function.BiConsumer;

/**
 * Drives inputs through the library: each readable document is checked and handed to a sink as
 * soon as it is done (so results already written survive a later failure); each unreadable input
 * is reported on stderr, naming it, and the run goes on. All documents of the run share one
 * corpus memory (unless {@code --no-corpus-memory}).
 */
final class Runner {
  /**
   * Shared by all documents of the run, so lines that recur across them (a site's template) are
   * recognised as boilerplate; {@link CorpusMemory#NONE} checks each document on its own.
   */
  CorpusMemory memory = new BoundedCorpusMemory();
  int documents;
  int errors;

  void run(TextQc qc, Inputs inputs, PrintWriter err, BiConsumer<SourceItem.Loaded, Result> sink) {
    while (inputs.hasNext()) {
      SourceItem item = inputs.next();
      if (item instanceof SourceItem.Failed f) {
        errors++;
        err.println("textqc: " + f.message());
        err.flush();
        continue;
      }
      SourceItem.Loaded loaded = (SourceItem.Loaded) item;
      Result r = qc.check(loaded.document(), memory);
      documents++;
      for (var failure : r.failures()) {
        errors++;
        err.println("textqc: " + failure);
      }
      sink.accept(loaded, r);
    }
    err.flush();
  }
}
