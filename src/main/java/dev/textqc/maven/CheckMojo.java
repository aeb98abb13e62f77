package dev.textqc.maven;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.LineIndex;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import dev.textqc.report.ReportContext;
import dev.textqc.report.ReportFormat;
import dev.textqc.report.ReportWriter;
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
    ReportContext context = new ReportContext(ruleMetas(qc), threshold,
        TextQc.class.getPackage().getImplementationVersion());
    Path reportDir = outputDirectory.toPath().resolve("report");
    Run run;
    Findings findings;
    List<Path> written;
    // Each result goes to the reports and the log as it is made: a build's content is never held.
    try (Reports.Folder reports = Reports.folder(reportFormats, context, reportDir)) {
      findings = new Findings(reports, threshold);
      run = check(qc, config, files, findings);
      reports.finish();
      written = reports.files();
    } catch (IOException e) {
      throw new MojoExecutionException("textqc: cannot write reports to " + reportDir + ": "
          + e.getMessage(), e);
    }
    findings.logHidden();
    getLog().info(String.format(Locale.ROOT, "textqc: %d %s (%d %s, %d unchanged from cache), "
        + "%d %s, %s", run.documents(), run.documents() == 1 ? "document"
            : "documents", files.size(), files.size() == 1 ? "file" : "files",
        run.cachedFiles(), findings.findings, findings.findings == 1 ? "finding" : "findings",
        threshold == null ? "none fail the build (failOn never)"
            : findings.failing + " at or above " + threshold.id()));
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
    if (threshold != null && findings.failing > maxFindings) {
      long failing = findings.failing;
      throw new MojoFailureException(String.format(Locale.ROOT,
          "textqc: %d %s at or above %s (maxFindings %d) in %d of %d documents; %s",
          failing, failing == 1 ? "finding" : "findings", threshold.id(), maxFindings,
          findings.failingDocuments, run.documents(), report));
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

  /**
   * Takes each result to the reports and logs its findings, the ones that fail the build as
   * warnings (the first {@link #MAX_LOGGED}), the rest at debug; keeps only the counts.
   */
  private final class Findings implements ResultSink {
    private final ReportWriter reports;
    private final Severity threshold;
    long findings;
    /** Findings at or above the threshold; 0 when nothing fails the build. */
    long failing;
    long failingDocuments;
    private int logged;
    private int hidden;

    Findings(ReportWriter reports, Severity threshold) {
      this.reports = reports;
      this.threshold = threshold;
    }

    @Override
    public void startFile(String path, boolean cached) {}

    @Override
    public void result(String path, Result r) throws IOException {
      reports.add(r);
      findings += r.annotations().size();
      if (threshold != null) {
        long failed = r.count(threshold);
        failing += failed;
        failingDocuments += failed > 0 ? 1 : 0;
      }
      log(r);
    }

    @Override
    public void endFile(String path) {}

    private void log(Result r) {
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

    /** The line that stands for the failing findings past {@link #MAX_LOGGED}. */
    void logHidden() {
      if (hidden > 0) {
        getLog().warn("textqc: … and " + hidden + " more (see the report)");
      }
    }
  }
}
