package dev.textqc.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written beside its target and moved into place once complete, so an interrupted
 * run never leaves half a file where a whole one was (or where none was). The temporary file
 * lies in the target's folder, made if needed, so the move is atomic.
 */
public final class StagedFile implements Closeable {
  private final Path target;
  private final Path temp;
  private final Writer out;
  private boolean committed;

  private StagedFile(Path target) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    temp = Files.createTempFile(dir, ".textqc-", ".tmp");
    try {
      out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** A staged file for {@code target}, open for writing. */
  public static StagedFile open(Path target) throws IOException {
    return new StagedFile(target);
  }

  /** Writes {@code content} to {@code target} through a staged file. */
  public static void write(Path target, String content) throws IOException {
    try (StagedFile f = open(target)) {
      f.writer().write(content);
      f.commit();
    }
  }

  public Writer writer() {
    return out;
  }

  /** Closes the file and moves it into place. */
  public void commit() throws IOException {
    out.close();
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    committed = true;
  }

  /** Unless committed: closes and deletes the temporary file, the target untouched. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      out.close();
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
