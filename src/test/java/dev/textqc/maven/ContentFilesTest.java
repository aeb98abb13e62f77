package dev.textqc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ant-style file sets as Maven users write them. */
class ContentFilesTest {
  @TempDir
  Path base;

  private void touch(String rel) throws Exception {
    TestSupport.writeFile(base, rel, "x");
  }

  @Test
  void patternsFollowAntRules() {
    assertTrue(ContentFiles.compile("src/content/**").matcher("src/content/a.txt").matches());
    assertTrue(ContentFiles.compile("src/content/**").matcher("src/content/x/y/a.txt").matches());
    assertTrue(ContentFiles.compile("**/*.md").matcher("a.md").matches());
    assertTrue(ContentFiles.compile("**/*.md").matcher("docs/x/a.md").matches());
    assertFalse(ContentFiles.compile("docs/*.md").matcher("docs/x/a.md").matches());
    assertTrue(ContentFiles.compile("docs/?.md").matcher("docs/a.md").matches());
    assertTrue(ContentFiles.compile("docs/").matcher("docs/a/b.txt").matches());
    assertFalse(ContentFiles.compile("src/content/**").matcher("src/contents/a.txt").matches());
    assertTrue(ContentFiles.compile("a+b/(c).txt").matcher("a+b/(c).txt").matches());
  }

  @Test
  void walksOnlyTheFixedFoldersAndSkipsTheBuildFolderAndHiddenFiles() throws Exception {
    touch("src/content/a.txt");
    touch("src/content/drafts/b.txt");
    touch("src/content/.hidden.txt");
    touch("src/content/.git/c.txt");
    touch("src/other/d.txt");
    touch("target/textqc/cleaned/a.txt");
    assertEquals(List.of("src/content/a.txt", "src/content/drafts/b.txt"),
        ContentFiles.scan(base, List.of("src/content/**"), List.of(), base.resolve("target")));
    assertEquals(List.of("src/content/a.txt"), ContentFiles.scan(base,
        List.of("src/content/**"), List.of("**/drafts/**"), base.resolve("target")));
    // A pattern starting with ** walks the project but still not the build folder.
    assertEquals(List.of("src/content/a.txt", "src/content/drafts/b.txt", "src/other/d.txt"),
        ContentFiles.scan(base, List.of("**/*.txt"), List.of(), base.resolve("target")));
  }

  @Test
  void rootsAreTheFixedLeadingFolders() {
    assertEquals(List.of("docs", "src/content"),
        ContentFiles.roots(List.of("src/content/**", "docs/**/*.md", "docs/a/*.txt")));
    assertEquals(List.of(""), ContentFiles.roots(List.of("**/*.txt", "src/x/**")));
  }
}
