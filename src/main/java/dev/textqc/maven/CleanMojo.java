package dev.textqc.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.pipeline.Result;
import dev.textqc.report.JsonReport;
import dev.textqc.report.ReportData;
import dev.textqc.report.ReportFormat;
import dev.textqc.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    Run run = check(qc, config, files);
    Path cleanedDir = outputDirectory.toPath().resolve("cleaned");
    String root = ContentFiles.roots(nonEmpty(includes, List.of("src/content/**"))).size() == 1
        ? ContentFiles.roots(nonEmpty(includes, List.of("src/content/**"))).get(0) : "";
    long changed = 0;
    try {
      for (FileResults f : run.files()) {
        String rel = root.isEmpty() || !f.path().startsWith(root + "/") ? f.path()
            : f.path().substring(root.length() + 1);
        Path target = cleanedDir.resolve(rel);
        if (isCorpus(f.path())) {
          String base = rel.replaceFirst("\\.(jsonl|ndjson)$", "");
          StringBuilder texts = new StringBuilder();
          StringBuilder notes = new StringBuilder();
          for (Result r : f.results()) {
            ObjectNode rec = JSON.createObjectNode();
            rec.put("id", r.document().id());
            rec.put("text", r.cleaned());
            texts.append(JSON.writeValueAsString(rec)).append('\n');
            notes.append(JsonReport.toJsonLine(r)).append('\n');
            changed += r.changed() ? 1 : 0;
          }
          write(cleanedDir.resolve(base + ".jsonl"), texts.toString());
          write(cleanedDir.resolve(base + ".annotations.jsonl"), notes.toString());
        } else {
          for (Result r : f.results()) {
            write(target, r.cleaned());
            write(target.resolveSibling(target.getFileName() + ".annotations.json"),
                JsonReport.toJson(r) + "\n");
            changed += r.changed() ? 1 : 0;
          }
        }
      }
      if (!reportFormats.isEmpty()) {
        Reports.write(reportFormats, new ReportData(run.results(), run.rules(), null,
            TextQc.class.getPackage().getImplementationVersion()),
            outputDirectory.toPath().resolve("report"));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("textqc: cannot write cleaned files to " + cleanedDir
          + ": " + e.getMessage(), e);
    }
    getLog().info(String.format(Locale.ROOT, "textqc: cleaned %d %s (%d changed, %d unchanged "
        + "files from cache) into %s", run.results().size(), run.results().size() == 1
            ? "document" : "documents", changed, run.cached(), shown(cleanedDir)));
    if (!run.problems().isEmpty()) {
      run.problems().forEach(p -> getLog().error("textqc: " + p));
      throw new MojoExecutionException("textqc: " + run.problems().size()
          + " content problem(s) (unreadable files or failing rules, listed above)");
    }
  }

  /** Through a temporary file, so an interrupted build never leaves half a file behind. */
  private static void write(Path target, String content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".textqc-", ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
