package dev.textqc.report;

import dev.textqc.pipeline.Result;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Opens report writers, and writes the chosen formats into one folder under fixed names. */
public final class Reports {
  private Reports() {}

  /** Opens a writer of one format over {@code out}. */
  @FunctionalInterface
  interface Opener {
    ReportWriter open(Writer out) throws IOException;
  }

  /**
   * A writer of one format (all but HTML, which is a folder of pages) to {@code out}, which it
   * leaves open. JUnit's test cases wait in a temporary file until the counts are known.
   */
  public static ReportWriter writer(ReportFormat format, ReportContext run, Writer out)
      throws IOException {
    return switch (format) {
      case SARIF -> SarifReport.writer(run, out);
      case GITHUB -> GithubReport.writer(out);
      case CHECKSTYLE -> CheckstyleReport.writer(out);
      case JUNIT -> JunitReport.writer(run, out, null);
      case HTML -> throw new IllegalArgumentException("the HTML report is a folder: use folder()");
    };
  }

  /** The report in one format as text (all but HTML, which is a folder of pages). */
  public static String render(ReportFormat format, ReportData data) {
    return toString(out -> writer(format, data.context(), out), data.results());
  }

  /** Writes each format into {@code dir}; returns the files written (for HTML, its index). */
  public static List<Path> write(Collection<ReportFormat> formats, ReportData data, Path dir)
      throws IOException {
    try (Folder folder = folder(formats, data.context(), dir)) {
      addAll(folder, data.results());
      return folder.files();
    }
  }

  /** A writer of each format into {@code dir}, under the format's file name. */
  public static Folder folder(Collection<ReportFormat> formats, ReportContext run, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Folder folder = new Folder();
    try {
      for (ReportFormat f : formats) {
        Path file = dir.resolve(f.fileName());
        if (f == ReportFormat.HTML) {
          folder.add(file, HtmlReport.writer(run, dir), null);
        } else {
          Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          folder.add(file, f == ReportFormat.JUNIT ? JunitReport.writer(run, out, dir)
              : writer(f, run, out), out);
        }
      }
    } catch (IOException | RuntimeException e) {
      folder.close();
      throw e;
    }
    return folder;
  }

  /** Report files written side by side, each document going to all of them. */
  public static final class Folder implements ReportWriter {
    private final List<Path> files = new ArrayList<>();
    private final List<ReportWriter> writers = new ArrayList<>();
    private final List<Writer> streams = new ArrayList<>();

    private Folder() {}

    private void add(Path file, ReportWriter writer, Writer stream) {
      files.add(file);
      writers.add(writer);
      if (stream != null) {
        streams.add(stream);
      }
    }

    /** The report files, in the order of the formats (for HTML, its index page). */
    public List<Path> files() {
      return List.copyOf(files);
    }

    @Override
    public void add(Result result) throws IOException {
      for (ReportWriter w : writers) {
        w.add(result);
      }
    }

    @Override
    public void finish() throws IOException {
      for (ReportWriter w : writers) {
        w.finish();
      }
    }

    /** Closes every writer and file, even when one fails; the first failure is thrown. */
    @Override
    public void close() throws IOException {
      IOException failed = null;
      for (Closeable c : closeables()) {
        try {
          c.close();
        } catch (IOException e) {
          if (failed == null) {
            failed = e;
          } else {
            failed.addSuppressed(e);
          }
        }
      }
      if (failed != null) {
        throw failed;
      }
    }

    private List<Closeable> closeables() {
      List<Closeable> all = new ArrayList<>(writers);
      all.addAll(streams);
      return all;
    }
  }

  /** Adds every result and finishes the report. */
  static void addAll(ReportWriter w, List<Result> results) throws IOException {
    for (Result r : results) {
      w.add(r);
    }
    w.finish();
  }

  /** The report a writer makes of {@code results}, as text (for tests and small runs). */
  static String toString(Opener opener, List<Result> results) {
    StringWriter out = new StringWriter();
    try (ReportWriter w = opener.open(out)) {
      addAll(w, results);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // only a spool's temporary file can fail here
    }
    return out.toString();
  }
}
