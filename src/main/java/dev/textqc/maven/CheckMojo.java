package dev.textqc.maven;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import dev.textqc.report.ReportData;
import dev.textqc.report.ReportFormat;
import dev.textqc.report.Reports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code textqc:check}: checks the project's content files and fails the build when more than
 * {@code maxFindings} findings reach the {@code failOn} severity. Reports (HTML, SARIF, …) go to
 * {@code target/textqc/report/} either way, so a failed build still says where to look.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractTextQcMojo {
  private static final int MAX_LOGGED = 50;

  /** Severity at which a finding counts against the build: info, warning, error or never. */
  @Parameter(property = "textqc.failOn", defaultValue = "warning")
  String failOn;

  /** How many findings at or above {@code failOn} the build tolerates. */
  @Parameter(property = "textqc.maxFindings", defaultValue = "0")
  int maxFindings;

  /** Reports to write: any of html, sarif, github, checkstyle, junit (or none). */
  @Parameter(property = "textqc.formats", defaultValue = "html,sarif")
  List<String> formats;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("textqc: skipped");
      return;
    }
    Severity threshold = threshold();
    if (maxFindings < 0) {
      throw new MojoExecutionException("textqc: <maxFindings> is " + maxFindings
          + "; it must be 0 or more");
    }
    List<ReportFormat> reportFormats = formats(formats);
    List<String> files = contentFiles();
    if (files.isEmpty()) {
      getLog().warn("textqc: no content files match " + nonEmpty(includes,
          List.of("src/content/**")) + " in " + basedir + "; nothing to check");
      return;
    }
    Config config = config();
    TextQc qc = load(config);
    Run run = check(qc, config, files);
    List<Result> results = run.results();
    ReportData data = new ReportData(results, run.rules(), threshold,
        TextQc.class.getPackage().getImplementationVersion());
    Path reportDir = outputDirectory.toPath().resolve("report");
    List<Path> written;
    try {
      written = Reports.write(reportFormats, data, reportDir);
    } catch (IOException e) {
      throw new MojoExecutionException("textqc: cannot write reports to " + reportDir + ": "
          + e.getMessage(), e);
    }
    long failing = data.failing();
    logFindings(results, threshold);
    getLog().info(String.format(Locale.ROOT, "textqc: %d %s (%d %s, %d unchanged from cache), "
        + "%d %s, %s", results.size(), results.size() == 1 ? "document"
            : "documents", files.size(), files.size() == 1 ? "file" : "files", run.cached(),
        data.findings(), data.findings() == 1 ? "finding" : "findings",
        threshold == null ? "none fail the build (failOn never)"
            : failing + " at or above " + threshold.id()));
    String report = written.isEmpty() ? "no report written (set <formats>, e.g. html,sarif)"
        : "report: " + shown(written.stream().filter(p -> p.endsWith(ReportFormat.HTML
            .fileName())).findFirst().orElse(written.get(0)));
    if (!written.isEmpty()) {
      getLog().info("textqc: " + report);
    }
    if (!run.problems().isEmpty()) {
      run.problems().forEach(p -> getLog().error("textqc: " + p));
      throw new MojoExecutionException("textqc: " + run.problems().size()
          + " content problem(s) (unreadable files or failing rules, listed above); " + report);
    }
    if (threshold != null && failing > maxFindings) {
      throw new MojoFailureException(String.format(Locale.ROOT,
          "textqc: %d %s at or above %s (maxFindings %d) in %d of %d documents; %s",
          failing, failing == 1 ? "finding" : "findings", threshold.id(), maxFindings,
          results.stream().filter(r -> r.count(threshold) > 0).count(), results.size(),
          report));
    }
  }

  private Severity threshold() throws MojoExecutionException {
    String v = failOn == null ? "warning" : failOn.trim().toLowerCase(Locale.ROOT);
    if (v.equals("never")) {
      return null;
    }
    try {
      return Severity.parse(v);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("textqc: unknown <failOn> '" + failOn
          + "'; accepted values: info, warning, error, never");
    }
  }

  /** One log line per finding, the ones that fail the build as warnings, the rest at debug. */
  private void logFindings(List<Result> results, Severity threshold) {
    int logged = 0;
    int hidden = 0;
    for (Result r : results) {
      LineIndex lines = new LineIndex(r.document().text());
      for (Annotation a : r.annotations()) {
        boolean fails = threshold != null && a.severity().compareTo(threshold) >= 0;
        String line = r.document().id() + ":" + lines.line(a.span().start()) + ":"
            + lines.column(a.span().start()) + ": " + a.severity().id() + " " + a.rule() + " "
            + a.message();
        if (!fails) {
          getLog().debug("textqc: " + line);
        } else if (logged++ < MAX_LOGGED) {
          getLog().warn("textqc: " + line);
        } else {
          hidden++;
        }
      }
    }
    if (hidden > 0) {
      getLog().warn("textqc: … and " + hidden + " more (see the report)");
    }
  }
}
