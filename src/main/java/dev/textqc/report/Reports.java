package dev.textqc.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Writes the chosen report formats into one folder, under their fixed file names. */
public final class Reports {
  private Reports() {}

  /** The report in one format as text (all but HTML, which is a folder of pages). */
  public static String render(ReportFormat format, ReportData data) {
    return switch (format) {
      case SARIF -> SarifReport.write(data);
      case GITHUB -> GithubReport.write(data.results());
      case CHECKSTYLE -> CheckstyleReport.write(data.results());
      case JUNIT -> JunitReport.write(data);
      case HTML -> throw new IllegalArgumentException("the HTML report is a folder: use write()");
    };
  }

  /**
   * The report in one format, written to {@code out}: SARIF as it is made, the others as
   * {@link #render} makes them.
   */
  public static void render(ReportFormat format, ReportData data, Writer out)
      throws IOException {
    if (format == ReportFormat.SARIF) {
      SarifReport.write(data, out);
    } else {
      out.write(render(format, data));
    }
  }

  /** Writes each format into {@code dir}; returns the files written (for HTML, its index). */
  public static List<Path> write(Collection<ReportFormat> formats, ReportData data, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (ReportFormat f : formats) {
      if (f == ReportFormat.HTML) {
        written.add(HtmlReport.write(data, dir));
      } else {
        Path file = dir.resolve(f.fileName());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          render(f, data, out);
        }
        written.add(file);
      }
    }
    return written;
  }
}
