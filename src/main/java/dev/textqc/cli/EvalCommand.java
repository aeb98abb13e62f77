package dev.textqc.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.eval.Floors;
import dev.textqc.eval.Suite;
import dev.textqc.eval.SuiteReport;
import dev.textqc.eval.Suites;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code textqc eval}: scores textqc on the evaluation data with the metrics its READMEs define,
 * one table per suite and file, optionally as JSON, optionally failing below pinned floors.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score textqc on the evaluation data (../shared/dev/seeds, ../shared/eval/dev).")
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--suite", split = ",", paramLabel = "NAME",
      description = "Suites to run (default: all available).")
  List<String> suites = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Option(names = "--floors", paramLabel = "FILE",
      description = "JSON of {suite: {metric: minimum}}; exit 1 when a score falls below.")
  Path floors;

  @Option(names = "--grammar", description = "Include the LanguageTool stage.")
  boolean grammar;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(data)) {
      err.println("textqc: " + data + ": evaluation data folder not found (use --data)");
      return ExitCodes.ERROR;
    }
    TextQc qc = TextQc.create(Config.defaults().withGrammar(grammar));
    ObjectNode all = JSON.createObjectNode();
    List<SuiteReport> reports = new ArrayList<>();
    for (Suite s : Suites.all()) {
      if (!suites.isEmpty() && !suites.contains(s.name())) {
        continue;
      }
      if (!s.available(data)) {
        err.println("textqc: suite " + s.name() + ": data not found under " + data
            + ", skipped");
        continue;
      }
      long t0 = System.nanoTime();
      for (SuiteReport rep : s.run(qc, data)) {
        rep.print(out);
        reports.add(rep);
        ObjectNode node = all.putObject(s.name() + (rep.name().startsWith(s.name() + "/")
            ? rep.name().substring(s.name().length()) : ""));
        rep.metrics().forEach(node::put);
      }
      out.printf(Locale.ROOT, "  (%s: %.1f s)%n", s.name(), (System.nanoTime() - t0) / 1e9);
      out.flush();
    }
    if (json != null) {
      JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), all);
    }
    if (floors != null) {
      List<String> below = Floors.violations(JSON.readTree(floors.toFile()), all);
      below.forEach(b -> err.println("textqc: below floor: " + b));
      return below.isEmpty() ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
    }
    return ExitCodes.CLEAN;
  }
}
