package dev.textqc.source;

import it.unimi.dsi.fastutil.objects.ObjectArrays;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The files under a folder, depth first, each folder's entries in name order, listed one folder
 * at a time. Memory holds the folders on the current path and their entries, not the whole
 * tree: a corpus of a million small files costs what its largest folder costs, where a sorted
 * listing of the tree held a path per file (about 150 bytes each) for the whole run.
 *
 * <ul>
 *   <li>A symbolic link to a file is a file; a link to a folder is not followed, so a link
 *       loop cannot trap the walk.</li>
 *   <li>Hidden entries (a name starting with a dot), files and folders, are skipped: a corpus
 *       folder's {@code .git} is not part of the corpus.</li>
 *   <li>A subfolder that cannot be listed, or an entry that vanished, is one {@link Entry} with
 *       its failure, and the walk goes on with the rest.</li>
 * </ul>
 */
final class FolderFiles implements Iterator<FolderFiles.Entry> {
  /**
   * A file (with its path relative to the root, '/'-separated), or an entry that failed: a
   * folder that could not be listed, or an entry whose kind could not be read (it vanished
   * after its folder was listed, or it may not be looked at).
   *
   * @param size the file's size in bytes (of the file a link points to), as the walk saw it
   * @param failure null for a file to read
   * @param listing whether the failure is listing a folder (else reading the entry itself)
   */
  record Entry(Path path, String relative, long size, IOException failure, boolean listing) {}

  /** A listed folder: its entries in name order, the next one to look at, its relative prefix. */
  private static final class Level {
    final Path[] entries;
    final String prefix;
    int next;

    Level(Path[] entries, String prefix) {
      this.entries = entries;
      this.prefix = prefix;
    }
  }

  /** Lists a folder's entries in name order (tests stand in a folder that cannot be listed). */
  interface Lister {
    Path[] list(Path folder) throws IOException;
  }

  private final Predicate<String> wanted;
  private final Lister lister;
  private final Deque<Level> path = new ArrayDeque<>();
  private Entry pending;

  /**
   * @param wanted which files to give, by relative path (the include and exclude globs)
   * @throws IOException when the root itself cannot be listed
   */
  FolderFiles(Path root, Predicate<String> wanted) throws IOException {
    this(root, wanted, FolderFiles::list);
  }

  FolderFiles(Path root, Predicate<String> wanted, Lister lister) throws IOException {
    this.wanted = wanted;
    this.lister = lister;
    path.push(new Level(lister.list(root), ""));
  }

  private static Path[] list(Path folder) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        entries.add(p);
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    // Same folder: the names' byte order. fastutil's sort, not Arrays.sort: the JDK's merge sort
    // for Comparables was compiled by C2 over and over in a run of many folders (28 times over
    // the 122 folders of a 200 MB corpus, 0.8 s of compile time on one core). It sorts an
    // Object[], not a Path[]: C2 compiles the sort's array stores for an array of exactly the
    // declared type (Object[]), and a Path[] failed that check and sent the sort back to be
    // compiled again, four times a run (0.3-0.4 CPU-seconds; JFR's deoptimisation events).
    Object[] sorted = entries.toArray();
    ObjectArrays.quickSort(sorted);
    return Arrays.copyOf(sorted, sorted.length, Path[].class);
  }

  @Override
  public boolean hasNext() {
    while (pending == null && !path.isEmpty()) {
      Level level = path.peek();
      if (level.next == level.entries.length) {
        path.pop();
        continue;
      }
      Path p = level.entries[level.next++];
      String name = p.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      String relative = level.prefix + name;
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        pending = new Entry(p, relative, 0, e, false);
        continue;
      }
      if (attrs.isDirectory()) {
        try {
          path.push(new Level(lister.list(p), relative + "/"));
        } catch (IOException e) {
          pending = new Entry(p, relative, 0, e, true);
        }
      } else if (attrs.isRegularFile() && wanted.test(relative)) {
        pending = new Entry(p, relative, attrs.size(), null, false);
      } else if (attrs.isSymbolicLink() && wanted.test(relative)) {
        // what the link points to, in one stat: its kind and its size
        BasicFileAttributes target = linkTarget(p);
        if (target != null && target.isRegularFile()) {
          pending = new Entry(p, relative, target.size(), null, false);
        }
      }
    }
    return pending != null;
  }

  /** The attributes of what the link points to; null for a dangling link (as isRegularFile). */
  private static BasicFileAttributes linkTarget(Path link) {
    try {
      return Files.readAttributes(link, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entry e = pending;
    pending = null;
    return e;
  }
}
