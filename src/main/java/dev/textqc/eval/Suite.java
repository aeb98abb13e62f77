package dev.textqc.eval;

import dev.textqc.TextQc;
import java.nio.file.Path;
import java.util.List;

/** One evaluation data set and how it is scored (see {@code ../shared/eval/README.md}). */
public interface Suite {

  /** Name used on the command line and in reports, e.g. {@code seeds}. */
  String name();

  /** Whether the suite's data is present under the shared folder. */
  boolean available(Path shared);

  /** Runs textqc on the data and scores it; one report per data file. */
  List<SuiteReport> run(TextQc qc, Path shared) throws Exception;
}
