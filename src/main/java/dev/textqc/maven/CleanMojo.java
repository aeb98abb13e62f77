package dev.textqc.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.pipeline.Result;
import dev.textqc.report.JsonReport;
import dev.textqc.report.StagedFile;
import dev.textqc.report.ReportContext;
import dev.textqc.report.ReportFormat;
import dev.textqc.report.ReportWriter;
import dev.textqc.report.Reports;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code textqc:clean}: writes the cleaned content under {@code target/textqc/cleaned/},
 * mirroring the content folders, each file with {@code NAME.annotations.json} next to it (the
 * output contract of {@code OUTPUT.md}, from which the original can be rebuilt). A JSONL corpus
 * becomes {@code NAME.jsonl} of cleaned {@code {id, text}} records plus
 * {@code NAME.annotations.jsonl}. Bound to {@code process-resources}, so packaging steps after it
 * can pick the cleaned files up. Never fails the build over findings; that is {@code check}'s job.
 */
@Mojo(name = "clean", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class CleanMojo extends AbstractTextQcMojo {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reports to write as well: any of html, sarif, github, checkstyle, junit (none by default). */
  @Parameter(property = "textqc.clean.formats")
  List<String> formats;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("textqc: skipped");
      return;
    }
    List<ReportFormat> reportFormats = formats(formats);
    List<String> files = contentFiles();
    if (files.isEmpty()) {
      getLog().warn("textqc: no content files match " + nonEmpty(includes,
          List.of("src/content/**")) + " in " + basedir + "; nothing to clean");
      return;
    }
    Config config = config();
    TextQc qc = load(config);
    Path cleanedDir = outputDirectory.toPath().resolve("cleaned");
    List<String> roots = ContentFiles.roots(nonEmpty(includes, List.of("src/content/**")));
    String root = roots.size() == 1 ? roots.get(0) : "";
    ReportContext context = new ReportContext(ruleMetas(qc), null,
        TextQc.class.getPackage().getImplementationVersion());
    Run run;
    long changed;
    // Each file's cleaned text goes out as its result comes, and the result is dropped.
    try (Reports.Folder reports = reportFormats.isEmpty() ? null
            : Reports.folder(reportFormats, context, outputDirectory.toPath().resolve("report"));
        CleanedFiles cleaned = new CleanedFiles(cleanedDir, root, reports)) {
      run = check(qc, config, files, cleaned);
      if (reports != null) {
        reports.finish();
      }
      changed = cleaned.changed;
    } catch (IOException e) {
      throw new MojoExecutionException("textqc: cannot write cleaned files to " + cleanedDir
          + ": " + e.getMessage(), e);
    }
    getLog().info(String.format(Locale.ROOT, "textqc: cleaned %d %s (%d changed, %d unchanged "
        + "files from cache) into %s", run.documents(), run.documents() == 1
            ? "document" : "documents", changed, run.cachedFiles(), shown(cleanedDir)));
    if (!run.problems().isEmpty()) {
      run.problems().forEach(p -> getLog().error("textqc: " + p));
      throw new MojoExecutionException("textqc: " + run.problems().size()
          + " content problem(s) (unreadable files or failing rules, listed above)");
    }
  }

  /**
   * Writes each result's cleaned text and annotations as it comes: a plain file's straight away,
   * a corpus's records into temporary files that take the corpus's place when it ends, so an
   * interrupted build never leaves half a file where a whole one was.
   */
  private final class CleanedFiles implements ResultSink, Closeable {
    private final Path cleanedDir;
    /** The one content folder the cleaned tree mirrors, or "" when there are several. */
    private final String root;
    private final ReportWriter reports;
    long changed;
    private CorpusOutput corpus;

    CleanedFiles(Path cleanedDir, String root, ReportWriter reports) {
      this.cleanedDir = cleanedDir;
      this.root = root;
      this.reports = reports;
    }

    private String mirrored(String path) {
      return root.isEmpty() || !path.startsWith(root + "/") ? path
          : path.substring(root.length() + 1);
    }

    @Override
    public void startFile(String path, boolean cached) throws IOException {
      if (isCorpus(path)) {
        String base = mirrored(path).replaceFirst("\\.(jsonl|ndjson)$", "");
        corpus = new CorpusOutput(cleanedDir.resolve(base + ".jsonl"),
            cleanedDir.resolve(base + ".annotations.jsonl"));
      }
    }

    @Override
    public void result(String path, Result r) throws IOException {
      if (reports != null) {
        reports.add(r);
      }
      changed += r.changed() ? 1 : 0;
      if (corpus != null) {
        ObjectNode rec = JSON.createObjectNode();
        rec.put("id", r.document().id());
        rec.put("text", r.cleaned());
        corpus.records.writer().write(JSON.writeValueAsString(rec) + "\n");
        corpus.annotations.writer().write(JsonReport.toJsonLine(r) + "\n");
      } else {
        Path target = cleanedDir.resolve(mirrored(path));
        StagedFile.write(target, r.cleaned());
        StagedFile.write(target.resolveSibling(target.getFileName() + ".annotations.json"),
            JsonReport.toJson(r) + "\n");
      }
    }

    @Override
    public void endFile(String path) throws IOException {
      if (corpus != null) {
        corpus.commit();
        corpus = null;
      }
    }

    /** Drops the temporary files of a corpus the build did not finish. */
    @Override
    public void close() throws IOException {
      if (corpus != null) {
        corpus.discard();
        corpus = null;
      }
    }
  }

  /** A corpus's cleaned records and annotation lines, each staged beside its target. */
  private static final class CorpusOutput {
    private final StagedFile records;
    private final StagedFile annotations;

    CorpusOutput(Path recordsTarget, Path annotationsTarget) throws IOException {
      records = StagedFile.open(recordsTarget);
      try {
        annotations = StagedFile.open(annotationsTarget);
      } catch (IOException | RuntimeException e) {
        records.close();
        throw e;
      }
    }

    /** Puts both files in place, the records first. */
    void commit() throws IOException {
      records.commit();
      annotations.commit();
    }

    /** Drops both temporary files, whatever fails on the way. */
    void discard() throws IOException {
      try {
        records.close();
      } finally {
        annotations.close();
      }
    }
  }
}
