package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.source.InputOptions;
import dev.textqc.source.Inputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: its estimate of the time left, from a size added up off the run's thread. */
class ProgressTest {
  @TempDir
  Path dir;

  @Test
  void theBarShowsTheTimeLeftOnceTheSizeIsKnown() throws Exception {
    TestSupport.writeFile(dir, "a/one.txt", "First document.");
    TestSupport.writeFile(dir, "a/two.txt", "Second document, longer.");
    TestSupport.writeFile(dir, "three.txt", "Third.");
    Inputs inputs = new Inputs(List.of(dir.toString()), InputOptions.defaults(), () -> null);
    StringWriter drawn = new StringWriter();
    long[] now = {0};
    Progress progress = new Progress(new PrintWriter(drawn), true, 1, () -> now[0]);
    progress.start(inputs);
    long until = System.nanoTime() + 10_000_000_000L;
    while (progress.total() == 0 && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    long size = "First document.".length() + "Second document, longer.".length()
        + "Third.".length();
    assertEquals(size, progress.total());
    inputs.next(); // reads the first file: a third of the bytes or so
    now[0] = 1_000_000_000L;
    progress.update(1, 0);
    assertTrue(drawn.toString().contains("%"), drawn.toString());
    assertFalse(drawn.toString().contains("ETA"), "no estimate in the first seconds: " + drawn);
    inputs.next(); // the second file, read in the next two seconds
    now[0] = 3_000_000_000L;
    progress.update(2, 0);
    // the rate of the last draws (one file in two seconds), not of the run: the last file in
    // about two seconds more
    assertTrue(drawn.toString().contains("%  ETA 0:0"), drawn.toString());
  }
}
