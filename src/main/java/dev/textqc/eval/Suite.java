package dev.textqc.eval;

import dev.textqc.TextQc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One evaluation data set and how it is scored (see {@code ../shared/eval/README.md}). */
public interface Suite {

  /** Name used on the command line and in reports, e.g. {@code seeds}. */
  String name();

  /** Whether the suite's data is present under the shared folder. */
  boolean available(Path shared);

  /** Runs textqc on the data and scores it; one report per data file. */
  List<SuiteReport> run(TextQc qc, Path shared) throws Exception;

  /** Scores one data file of a suite. */
  @FunctionalInterface
  interface FileScorer {
    SuiteReport score(String file, Path path) throws Exception;
  }

  /**
   * One report per data file {@code folder/NAME.jsonl} of {@code files} that is present, in the
   * order given; missing files are skipped.
   */
  static List<SuiteReport> eachFile(Path folder, List<String> files, FileScorer scorer)
      throws Exception {
    List<SuiteReport> reports = new ArrayList<>();
    for (String file : files) {
      Path p = folder.resolve(file + ".jsonl");
      if (Files.isRegularFile(p)) {
        reports.add(scorer.score(file, p));
      }
    }
    return reports;
  }
}
