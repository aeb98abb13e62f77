package dev.textqc.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A rule file and the list files next to it, on disk (a user's rule folder, the build's classes
 * folder) or inside the jar. Rules inside the jar are read through the jar the class loader has
 * open already: mounting it as a zip file system would parse the central directory of the whole
 * 100 MB CLI jar again, a third of the start-up time of a one-article check.
 */
interface RuleFile {
  /** The file name, e.g. {@code BP_AD_MARKER.yaml}. */
  String fileName();

  byte[] read() throws IOException;

  /** The file called {@code name} in the same folder, or null if there is none. */
  RuleFile sibling(String name);

  static RuleFile of(Path path) {
    return new OnDisk(path);
  }

  static RuleFile of(JarFile jar, String entryName) {
    return new InJar(jar, entryName);
  }

  record OnDisk(Path path) implements RuleFile {
    @Override
    public String fileName() {
      return path.getFileName().toString();
    }

    @Override
    public byte[] read() throws IOException {
      return Files.readAllBytes(path);
    }

    @Override
    public RuleFile sibling(String name) {
      Path p = path.resolveSibling(name);
      return Files.isRegularFile(p) ? new OnDisk(p) : null;
    }

    @Override
    public String toString() {
      return path.toString();
    }
  }

  record InJar(JarFile jar, String entryName) implements RuleFile {
    @Override
    public String fileName() {
      return entryName.substring(entryName.lastIndexOf('/') + 1);
    }

    @Override
    public byte[] read() throws IOException {
      JarEntry e = jar.getJarEntry(entryName);
      if (e == null) {
        throw new IOException("no such entry in " + jar.getName());
      }
      try (InputStream in = jar.getInputStream(e)) {
        return in.readAllBytes();
      }
    }

    @Override
    public RuleFile sibling(String name) {
      String folder = entryName.substring(0, entryName.lastIndexOf('/') + 1);
      String sibling = Path.of(folder + name).normalize().toString().replace('\\', '/');
      JarEntry e = jar.getJarEntry(sibling);
      return e == null || e.isDirectory() ? null : new InJar(jar, sibling);
    }

    @Override
    public String toString() {
      return "/" + entryName;
    }
  }

  /** Reads a list file as UTF-8 lines. */
  static List<String> lines(RuleFile f) {
    try {
      return new String(f.read(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(f + ": cannot read", e);
    }
  }
}
