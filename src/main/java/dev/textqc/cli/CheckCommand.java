package dev.textqc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.textqc.TextQc;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.Result;
import dev.textqc.report.JsonReport;
import dev.textqc.report.ReportContext;
import dev.textqc.report.ReportFormat;
import dev.textqc.report.ReportWriter;
import dev.textqc.report.Reports;
import dev.textqc.report.TextReport;
import dev.textqc.rule.Rule;
import dev.textqc.source.Inputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code textqc check}: report findings without writing cleaned text. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Report what would be removed, fixed or flagged.")
final class CheckCommand implements Callable<Integer> {

  /** Output formats of {@code check}. */
  enum Format {
    TEXT, JSON, JSONL, SARIF, GITHUB, CHECKSTYLE, JUNIT, HTML;

    /** The report format behind this output format, or null for the streaming ones. */
    ReportFormat report() {
      return switch (this) {
        case TEXT, JSON, JSONL -> null;
        default -> ReportFormat.valueOf(name());
      };
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Severity threshold for exit code 1. */
  enum FailOn {
    INFO, WARNING, ERROR, NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Colour choice for the text format. */
  enum Color {
    AUTO, ALWAYS, NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--fail-on", defaultValue = "warning", paramLabel = "SEVERITY",
      description = "Exit 1 when a finding reaches this severity: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Colour the text format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Color color;

  @Option(names = "--explain", description = "Explain each document's machine-translation and "
      + "quality scores: the signals behind them, after its findings (text) or as "
      + "\"explanation\" (json, jsonl).")
  boolean explain;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write every report into DIR: index.html (HTML report, one page per "
          + "document), textqc.sarif, textqc-checkstyle.xml, TEST-textqc.xml, textqc-github.txt.")
  Path reportDir;

  @Override
  public Integer call() throws IOException {
    if (format == Format.HTML && reportDir == null) {
      throw new ParameterException(spec.commandLine(),
          "the HTML report is a folder of pages: add --report DIR");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TextQc qc = TextQc.create(common.config());
    Inputs inputs = new Inputs(common.inputs, common.inputOptions(), () -> System.in);
    boolean useColor = color == Color.ALWAYS || color == Color.AUTO && System.console() != null
        && System.getenv("NO_COLOR") == null;
    TextReport text = new TextReport(useColor);
    long[] counts = new long[3];
    long[] failing = new long[1];
    Severity threshold = failOn == FailOn.NEVER ? null : Severity.valueOf(failOn.name());
    JsonArrayWriter json = format == Format.JSON ? new JsonArrayWriter(out, explain) : null;
    // The report formats are written document by document, like the others; only their totals
    // and rule lists wait for the end of the run.
    ReportContext context = new ReportContext(qc.rules().stream().map(Rule::meta).toList(),
        threshold, TextQc.class.getPackage().getImplementationVersion());
    Runner runner = new Runner(common.runnerSettings(err));
    runner.memory = common.corpusMemory();
    PeriodicFlush flushes = new PeriodicFlush(out);
    // JSON lines are serialised by the workers; this thread only writes them in order. A large
    // result's line (JsonReport.STREAMED_BYTES) is the exception: this thread writes it straight
    // to the output, where a worker would hold all of it, twice, as it made the bytes.
    Runner.Renderer<byte[]> render = format == Format.JSONL
        ? (item, r) -> JsonReport.streamed(r) ? null : JsonReport.toJsonLineUtf8(r, explain)
        : (item, r) -> null;
    try (ReportWriter report = openReport(context, out);
        Reports.Folder folder = openReportFolder(context)) {
      runner.run(qc, inputs, err, render, (item, r, line) -> {
        for (Annotation a : r.annotations()) {
          counts[0]++;
          if (a.action() == Action.REMOVE) {
            counts[1]++;
          } else if (a.action() == Action.REPLACE) {
            counts[2]++;
          }
        }
        if (threshold != null) {
          failing[0] += r.count(threshold);
        }
        switch (format) {
          case TEXT -> {
            text.write(out, r);
            if (explain) {
              explain(out, r);
            }
          }
          case JSONL -> {
            if (line != null) {
              Utf8Output.println(out, line);
            } else {
              Utf8Output.println(out, g -> JsonReport.write(g, r, explain));
            }
          }
          case JSON -> json.add(r);
          default -> add(report, r, "report");
        }
        if (folder != null) {
          add(folder, r, "reports in " + reportDir);
        }
        flushes.tick();
      });
      if (json != null) {
        json.finish();
      }
      finish(report, format + " report");
      if (folder != null) {
        finish(folder, "reports in " + reportDir);
        List<Path> files = folder.files();
        err.println("textqc: reports written to " + reportDir + " (open " + files.get(
            files.size() - 1) + ")");
      }
    }
    if (format == Format.TEXT) {
      text.summary(out, runner.documents, counts[0], counts[1], counts[2], runner.errors);
    }
    out.flush();
    if (runner.errors > 0) {
      return ExitCodes.ERROR;
    }
    return failing[0] > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  /** The report of a report format on standard output, or null for the other formats. */
  private ReportWriter openReport(ReportContext context, PrintWriter out) throws IOException {
    if (format.report() == null || format == Format.HTML) {
      return null;
    }
    try {
      return Reports.writer(format.report(), context, out);
    } catch (IOException e) {
      throw new IOException("cannot start the " + format + " report: " + Inputs.describe(e), e);
    }
  }

  /** The writers of every report into --report DIR, or null without it. */
  private Reports.Folder openReportFolder(ReportContext context) throws IOException {
    if (reportDir == null) {
      return null;
    }
    if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
      throw new IOException("--report " + reportDir + ": a file, not a folder");
    }
    try {
      return Reports.folder(EnumSet.allOf(ReportFormat.class), context, reportDir);
    } catch (IOException e) {
      throw new IOException("cannot write reports to " + reportDir + ": " + Inputs.describe(e),
          e);
    }
  }

  /** Adds a document to a report; a failure to write it ends the run, naming the report. */
  private static void add(ReportWriter report, Result r, String what) {
    if (report == null) {
      return;
    }
    try {
      report.add(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the " + what + ": " + Inputs.describe(e), e);
    }
  }

  /** Ends a report; a failure to write its end names the report. */
  private static void finish(ReportWriter report, String what) throws IOException {
    if (report == null) {
      return;
    }
    try {
      report.finish();
    } catch (IOException e) {
      throw new IOException("cannot write the " + what + ": " + Inputs.describe(e), e);
    }
  }

  private static void explain(PrintWriter out, Result r) {
    Assessment a = r.assessment();
    out.printf(Locale.ROOT, "%s: machine translation %.2f (%s), quality %.2f%n",
        r.document().id(), a.machineTranslationScore(),
        a.machineTranslationLikely() ? "likely" : "unlikely", a.qualityScore());
    for (Assessment.Signal s : a.signals()) {
      out.printf(Locale.ROOT, "    %-31s %8.3f  x %6.3f  %s%n", s.name(), s.value(), s.weight(),
          s.explanation());
    }
  }

  /**
   * Writes one JSON object for a single input and an array for several, streaming: the first
   * result is held back until the second arrives (or the run ends).
   */
  static final class JsonArrayWriter {
    private final PrintWriter out;
    private final boolean explain;
    private Result pending;
    private JsonGenerator array;

    JsonArrayWriter(PrintWriter out, boolean explain) {
      this.out = out;
      this.explain = explain;
    }

    void add(Result r) {
      try {
        if (pending == null && array == null) {
          pending = r;
          return;
        }
        if (array == null) {
          array = JsonReport.prettyGenerator(out);
          array.writeStartArray();
          JsonReport.write(array, pending, explain);
          pending = null;
        }
        JsonReport.write(array, r, explain);
        array.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void finish() {
      try {
        if (array != null) {
          array.writeEndArray();
          array.close();
          out.println();
        } else if (pending != null) {
          JsonReport.writePretty(out, pending, explain);
          out.println();
        } else {
          out.println("[]");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
