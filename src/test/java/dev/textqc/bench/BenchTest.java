package dev.textqc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parallel measurement checks every document of a pass once, whatever the thread count. */
class BenchTest {
  private static List<Document> corpus() {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      docs.add(Document.of("d" + i, "Title " + i + "\n\n- Advertisement -\n\nIt was the the end"
          + " of day " + i + ". .\n"));
    }
    return docs;
  }

  @Test
  void everyDocumentIsCheckedOncePerPassOnAnyNumberOfThreads() throws Exception {
    List<Document> docs = corpus();
    TextQc qc = TextQc.create(Config.defaults());
    int perPass = 0;
    for (Document d : docs) {
      perPass += qc.check(d).annotations().size();
    }
    assertTrue(perPass > 0);
    for (int threads : new int[] {1, 3}) {
      Bench bench = new Bench(0.01);
      Bench.Measurement m = bench.parallel("t", Config.defaults(), docs, threads);
      assertEquals(docs.size(), m.documents());
      assertTrue(m.seconds() > 0);
      // the warm-up and the measured passes each found every finding once
      assertEquals(0, bench.sink() % perPass, "sink " + bench.sink() + " per pass " + perPass);
      assertTrue(bench.sink() >= 3 * perPass, "at least one warm-up and two measured passes");
    }
  }

  @Test
  void theMachineScalingIsARatioOfWallTimes() throws Exception {
    double s = Bench.cpuScaling(2, 5_000_000L);
    assertTrue(s > 0.2 && s < 4, "scaling " + s);
  }
}
