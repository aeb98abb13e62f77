package dev.textqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder walk: its order, what it skips, and how it reports a folder it cannot list. */
class FolderFilesTest {
  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    return TestSupport.writeFile(dir, relative, text);
  }

  private static List<String> walk(FolderFiles files) {
    List<String> out = new ArrayList<>();
    while (files.hasNext()) {
      FolderFiles.Entry e = files.next();
      out.add(e.failure() == null ? e.relative() : "FAILED " + e.relative());
    }
    return out;
  }

  @Test
  void filesComeDepthFirstInNameOrderWithPathsRelativeToTheRoot() throws Exception {
    write("b.txt", "b");
    write("a/z.txt", "z");
    write("a/b/c.txt", "c");
    write("c/d.txt", "d");
    write("a.txt", "a");
    assertEquals(List.of("a/b/c.txt", "a/z.txt", "a.txt", "b.txt", "c/d.txt"),
        walk(new FolderFiles(dir, r -> true)));
  }

  @Test
  void onRandomTreesTheOrderIsThatOfThePathsComparedNameByName() throws Exception {
    // depth first in name order is the order of the relative paths compared component by
    // component: an independent statement of the walk's order, checked on trees whose names
    // are prefixes of each other and hold '.', '-' and digits (which sort around '/')
    java.util.Random random = new java.util.Random(11);
    String[] names = {"a", "a.txt", "a-b", "ab", "b", "0", "a0", "A", "\u00e9"};
    for (int tree = 0; tree < 20; tree++) {
      Path root = Files.createDirectories(dir.resolve("t" + tree));
      List<List<String>> expected = new ArrayList<>();
      for (int f = 0; f < 30; f++) {
        List<String> parts = new ArrayList<>();
        int depth = random.nextInt(3);
        for (int d = 0; d <= depth; d++) {
          parts.add(names[random.nextInt(names.length)]);
        }
        Path p = root.resolve(String.join("/", parts));
        if (Files.exists(p) || Files.exists(p.getParent()) && !Files.isDirectory(p.getParent())
            || clashes(root, parts)) {
          continue; // a file where a folder is wanted, or the other way round
        }
        TestSupport.writeFile(root, String.join("/", parts), "x");
        expected.add(parts);
      }
      expected.sort((x, y) -> {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
          int c = Path.of(x.get(i)).compareTo(Path.of(y.get(i)));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(x.size(), y.size());
      });
      assertEquals(expected.stream().map(parts -> String.join("/", parts)).toList(),
          walk(new FolderFiles(root, r -> true)), "tree " + tree);
    }
  }

  /** Whether a folder on the way to the path is already a file. */
  private static boolean clashes(Path root, List<String> parts) {
    Path p = root;
    for (int i = 0; i < parts.size() - 1; i++) {
      p = p.resolve(parts.get(i));
      if (Files.isRegularFile(p)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedAndEmptyFoldersGiveNothing() throws Exception {
    write(".git/objects/ab.txt", "x");
    write("docs/.hidden.txt", "x");
    write("docs/kept.txt", "x");
    Files.createDirectories(dir.resolve("empty/deeper"));
    assertEquals(List.of("docs/kept.txt"), walk(new FolderFiles(dir, r -> true)));
  }

  @Test
  void theFilterSeesRelativePathsAndSizesAreTheWalks() throws Exception {
    write("a/one.txt", "12345");
    write("a/two.md", "12");
    FolderFiles files = new FolderFiles(dir, r -> r.endsWith(".txt"));
    FolderFiles.Entry e = files.next();
    assertEquals("a/one.txt", e.relative());
    assertEquals(5, e.size());
    assertNull(e.failure());
    assertEquals(false, files.hasNext());
    assertThrows(NoSuchElementException.class, files::next);
  }

  @Test
  void aFolderThatCannotBeListedIsOneFailureAndTheWalkGoesOn() throws Exception {
    write("a.txt", "a");
    write("b/inside.txt", "x");
    write("c.txt", "c");
    FolderFiles.Lister lister = folder -> {
      if (folder.getFileName().toString().equals("b")) {
        throw new java.nio.file.AccessDeniedException(folder.toString());
      }
      try (var entries = Files.list(folder)) {
        return entries.sorted().toArray(Path[]::new);
      }
    };
    FolderFiles files = new FolderFiles(dir, r -> true, lister);
    assertEquals(List.of("a.txt", "FAILED b", "c.txt"), walk(files));
  }

  @Test
  void anEntryThatVanishedAfterTheListingIsNamedAsSuchAndTheWalkGoesOn() throws Exception {
    write("a.txt", "a");
    write("c.txt", "c");
    // the listing still holds b.txt, removed before the walk looked at it
    FolderFiles.Lister lister = folder -> new Path[] {
        folder.resolve("a.txt"), folder.resolve("b.txt"), folder.resolve("c.txt")};
    FolderFiles files = new FolderFiles(dir, r -> true, lister);
    List<FolderFiles.Entry> entries = new ArrayList<>();
    files.forEachRemaining(entries::add);
    assertEquals(3, entries.size());
    FolderFiles.Entry gone = entries.get(1);
    assertInstanceOf(java.nio.file.NoSuchFileException.class, gone.failure());
    assertFalse(gone.listing());
    assertEquals(dir.resolve("b.txt") + ": no longer there (removed after its folder was listed)",
        Inputs.failed(gone).message());
    assertNull(entries.get(2).failure());
  }

  @Test
  void aFolderThatCannotBeListedIsNamedAsAFolder() throws Exception {
    write("b/inside.txt", "x");
    FolderFiles.Lister lister = folder -> {
      if (folder.getFileName().toString().equals("b")) {
        throw new java.nio.file.AccessDeniedException(folder.toString());
      }
      return new Path[] {folder.resolve("b")};
    };
    FolderFiles.Entry e = new FolderFiles(dir, r -> true, lister).next();
    assertTrue(e.listing());
    assertEquals(dir.resolve("b") + ": cannot list folder: not readable (permission denied)",
        Inputs.failed(e).message());
  }

  @Test
  void failuresAreSaidOnceWithTheirReason() {
    Path p = dir.resolve("c");
    IOException io = new java.nio.file.FileSystemException(p.toString(), null,
        "Input/output error");
    assertEquals(p + ": cannot list folder: Input/output error",
        Inputs.failed(new FolderFiles.Entry(p, "c", 0, io, true)).message());
    assertEquals(p + ": cannot read: Input/output error",
        Inputs.failed(new FolderFiles.Entry(p, "c", 0, io, false)).message());
    assertEquals(p + ": not readable (permission denied)", Inputs.failed(new FolderFiles.Entry(
        p, "c", 0, new java.nio.file.AccessDeniedException(p.toString()), false)).message());
  }

  @Test
  void aRootThatIsNotAFolderFailsAtOnce() throws Exception {
    Path file = write("plain.txt", "x");
    assertThrows(IOException.class, () -> new FolderFiles(file, r -> true));
    assertThrows(IOException.class, () -> new FolderFiles(dir.resolve("missing"), r -> true));
  }

  @Test
  void aLinkToAFileIsAFileWithTheTargetsSize() throws Exception {
    Path target = write("elsewhere/target.txt", "1234");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.createSymbolicLink(root.resolve("link.txt"), target);
    Files.createSymbolicLink(root.resolve("up"), dir); // a folder link: not followed
    Files.createSymbolicLink(root.resolve("gone.txt"), dir.resolve("missing.txt")); // dangling
    FolderFiles files = new FolderFiles(root, r -> true);
    FolderFiles.Entry e = files.next();
    assertNotNull(e);
    assertEquals("link.txt", e.relative());
    assertEquals(4, e.size());
    assertEquals(false, files.hasNext());
  }
}
