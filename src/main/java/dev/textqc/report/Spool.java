package dev.textqc.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The body of a report whose head needs the whole run (JUnit's counts, the HTML overview's
 * totals), kept in a temporary file until the head can be written, so the body never has to fit
 * in memory.
 */
final class Spool implements Closeable {
  private final Path file;
  private final Writer out;

  /** A spool in {@code dir}, or in the system's temporary folder when {@code dir} is null. */
  Spool(Path dir, String name) throws IOException {
    file = dir == null ? Files.createTempFile("textqc-" + name, ".part")
        : Files.createTempFile(dir, "." + name, ".part");
    file.toFile().deleteOnExit();
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  Writer writer() {
    return out;
  }

  /** Copies what was spooled to {@code target}. */
  void copyTo(Writer target) throws IOException {
    out.flush();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(target);
    }
  }

  /** Deletes the file. */
  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
