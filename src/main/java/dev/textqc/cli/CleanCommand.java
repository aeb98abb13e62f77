package dev.textqc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.textqc.TextQc;
import dev.textqc.pipeline.Result;
import dev.textqc.report.JsonReport;
import dev.textqc.report.StagedFile;
import dev.textqc.source.Inputs;
import dev.textqc.source.SourceItem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code textqc clean}: write the cleaned text. To stdout for one input, or with {@code -o DIR}
 * as files mirroring the input names, each with an annotations file next to it
 * ({@code NAME.annotations.json}; for a JSONL corpus, {@code NAME.jsonl} of {@code {id, text}}
 * records and {@code NAME.annotations.jsonl}). Files are written through a temporary file and
 * moved into place, so a failure never leaves a half-written output.
 */
@Command(name = "clean", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write the cleaned text, and the annotations that let you rebuild the original.")
final class CleanCommand implements Callable<Integer> {
  /** File name endings of corpora, whose records are written as one JSONL file. */
  private static final String CORPUS_SUFFIX = "\\.(jsonl|ndjson|warc|wet|arc)(\\.gz|\\.zst)?";
  private static final java.util.regex.Pattern CORPUS_NAME =
      java.util.regex.Pattern.compile(".*" + CORPUS_SUFFIX);

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write cleaned files (and NAME.annotations.json next to each) into DIR.")
  Path outputDir;

  @Option(names = "--explain", description = "Also write the signals behind each document's "
      + "scores (\"explanation\") into the annotations files.")
  boolean explain;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (outputDir == null && (common.inputs.size() > 1
        || common.inputs.stream().anyMatch(i -> !i.equals("-") && Files.isDirectory(Path.of(i))))) {
      throw new ParameterException(spec.commandLine(),
          "several inputs need an output folder: add -o DIR");
    }
    TextQc qc = TextQc.create(common.config());
    Inputs inputs = new Inputs(common.inputs, common.inputOptions(), () -> System.in);
    Map<String, JsonlOutput> corpora = new HashMap<>();
    boolean writeFailed = false;
    Runner runner = new Runner(common.runnerSettings(err));
    runner.memory = common.corpusMemory();
    PeriodicFlush flushes = new PeriodicFlush(out);
    try {
      // Corpus records are serialised by the workers; this thread only writes them in order
      // (and writes a large one itself: see JsonlOutput.render).
      Runner.Renderer<JsonlOutput.Lines> render = (item, r) -> isCorpus(item)
          ? JsonlOutput.render(r, outputDir != null, explain) : null;
      runner.run(qc, inputs, err, render, (item, r, lines) -> {
        try {
          if (lines != null) {
            JsonlOutput o = corpora.computeIfAbsent(item.origin(), k -> open(item.relativeName()));
            o.write(lines, r, explain);
            if (o.stdout) {
              flushes.tick();
            }
          } else if (outputDir == null) {
            out.print(r.cleaned());
            flushes.tick();
          } else {
            Path target = outputDir.resolve(item.relativeName());
            writeAtomically(target, r.cleaned());
            writeAtomically(target.resolveSibling(target.getFileName() + ".annotations.json"),
                w -> {
                  JsonReport.writePretty(w, r, explain);
                  w.write('\n');
                });
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } finally {
      for (JsonlOutput o : corpora.values()) {
        writeFailed |= o.close();
      }
    }
    if (writeFailed) {
      throw new UncheckedIOException("cannot write the cleaned corpus in " + outputDir,
          new IOException("write error"));
    }
    return runner.errors > 0 ? ExitCodes.ERROR : ExitCodes.CLEAN;
  }

  /** Whether the item is a record of a corpus, written as one line of a JSONL file. */
  private boolean isCorpus(SourceItem.Loaded item) {
    return CORPUS_NAME.matcher(item.relativeName().toLowerCase(java.util.Locale.ROOT)).matches()
        || common.inputFormat == CommonOptions.InputFormat.JSONL
        || common.inputFormat == CommonOptions.InputFormat.WARC;
  }

  private JsonlOutput open(String relativeName) {
    try {
      if (outputDir == null) {
        return new JsonlOutput(spec.commandLine().getOut(), null, true);
      }
      Path text = outputDir.resolve(relativeName.replaceFirst("(?i)" + CORPUS_SUFFIX + "$", "")
          + ".jsonl");
      Path notes = text.resolveSibling(text.getFileName().toString()
          .replaceFirst("\\.jsonl$", "") + ".annotations.jsonl");
      Files.createDirectories(text.toAbsolutePath().getParent());
      return new JsonlOutput(writer(text), writer(notes), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output in " + outputDir + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * A corpus output file. Its lines come encoded from the workers, where a lone surrogate (from a
   * {@code \\ud800} escape in the input) keeps its escape. The strict encoder of
   * {@code Files.newBufferedWriter} used to throw on one, and PrintWriter, swallowing the error,
   * left the rest of the file garbled.
   */
  private static PrintWriter writer(Path file) throws IOException {
    return Utf8Output.to(Files.newOutputStream(file));
  }

  static void writeAtomically(Path target, String content) throws IOException {
    writeAtomically(target, w -> w.write(content));
  }

  /** What a file's content is written with. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer w) throws IOException;
  }

  static void writeAtomically(Path target, Content content) throws IOException {
    try (StagedFile f = StagedFile.open(target)) {
      content.writeTo(f.writer());
      f.commit();
    }
  }

  /** Cleaned records of one JSONL corpus, streamed record by record. */
  private static final class JsonlOutput {
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString URL = new SerializedString("url");
    private static final SerializableString TEXT = new SerializedString("text");
    private final PrintWriter texts;
    private final PrintWriter notes;
    private final boolean stdout;

    JsonlOutput(PrintWriter texts, PrintWriter notes, boolean stdout) {
      this.texts = texts;
      this.notes = notes;
      this.stdout = stdout;
    }

    /**
     * A record's two output lines, made by a worker, in UTF-8; both null when the writing thread
     * is to write them from the result.
     */
    record Lines(byte[] text, byte[] notes) {}

    private static final Lines FROM_RESULT = new Lines(null, null);

    /**
     * The cleaned record ({@code {"id", "url"?, "text"}}) and, when wanted, its annotations, each
     * as one line of JSON; for a large result, {@link #FROM_RESULT}: a worker would hold its
     * lines whole while it made them (JsonReport.STREAMED_BYTES).
     */
    static Lines render(Result r, boolean withNotes, boolean explain) {
      if (JsonReport.streamed(r)) {
        return FROM_RESULT;
      }
      return new Lines(JsonReport.utf8(g -> writeRecord(g, r)),
          withNotes ? JsonReport.toJsonLineUtf8(r, explain) : null);
    }

    private static void writeRecord(JsonGenerator g, Result r) throws IOException {
      g.writeStartObject();
      g.writeFieldName(ID);
      g.writeString(r.document().id());
      String url = r.document().metadata().get("url");
      if (url != null) {
        g.writeFieldName(URL); // WARC records: the id is the record id, the URL joins too
        g.writeString(url);
      }
      g.writeFieldName(TEXT);
      g.writeString(r.cleaned());
      g.writeEndObject();
    }

    void write(Lines lines, Result r, boolean explain) {
      if (lines == FROM_RESULT) {
        Utf8Output.println(texts, g -> writeRecord(g, r));
        if (notes != null) {
          Utf8Output.println(notes, g -> JsonReport.write(g, r, explain));
        }
        return;
      }
      Utf8Output.println(texts, lines.text());
      if (notes != null) {
        Utf8Output.println(notes, lines.notes());
      }
    }

    /**
     * Closes the files and says whether writing them failed: PrintWriter keeps write errors (a
     * full disk) to itself.
     */
    boolean close() {
      texts.flush();
      if (stdout) {
        return false;
      }
      boolean failed = texts.checkError();
      texts.close();
      if (notes != null) {
        failed |= notes.checkError();
        notes.close();
      }
      return failed;
    }
  }
}
