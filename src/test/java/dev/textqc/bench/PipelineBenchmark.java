package dev.textqc.bench;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.rule.Stage;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the hot path: one news-sized article through each stage and the whole rule
 * layer. The text is built here (our own words), so the benchmark needs no external data. Run:
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.openjdk.jmh.Main
 * PipelineBenchmark} after {@code ./mvnw test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

  @Param({"all", "encoding", "boilerplate", "inline"})
  public String stage;

  private TextQc qc;
  private Document doc;

  @Setup
  public void setUp() {
    Config c = Config.defaults();
    qc = TextQc.create(stage.equals("all") ? c : c.withEnable(Set.of(Stage.parse(stage).id())));
    doc = Document.of("bench", article(40));
  }

  /** An article of {@code paragraphs} paragraphs with the usual furniture between them. */
  static String article(int paragraphs) {
    StringBuilder sb = new StringBuilder("Harbour bridge repairs to close the east lane\n\n");
    String[] furniture = {"- Advertisement -", "READ MORE: Ferry adds an early crossing[LATEST]",
        "Sign up for our newsletter. You can unsubscribe at any time.", "Related Stories"};
    for (int i = 0; i < paragraphs; i++) {
      sb.append("City engineers will close the east lane of the bridge from Monday while they ")
          .append("replace the joints, the transport department said on Friday. “We looked at ")
          .append("every option,” said the chief engineer, who expects delays of up to twenty ")
          .append("minutes at peak times. Local businesses said they had not been consulted.\n\n");
      if (i % 5 == 4) {
        sb.append(furniture[(i / 5) % furniture.length]).append("\n\n");
      }
    }
    return sb.toString();
  }

  @Benchmark
  public int check() {
    return qc.check(doc).annotations().size();
  }
}
