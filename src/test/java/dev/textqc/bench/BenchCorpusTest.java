package dev.textqc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.document.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each benchmark corpus reads its own files of a shared-data folder, up to its size. */
class BenchCorpusTest {
  @TempDir
  Path shared;

  private void write(String path, String content) throws Exception {
    TestSupport.writeFile(shared, path, content);
  }

  private void sharedFolder() throws Exception {
    write("dev/seeds/a.txt", "A seed article.\n");
    write("eval/dev/mt-detect/wmt23-ru-en.jsonl",
        "{\"id\": \"n1\", \"text\": \"A news story.\"}\n{\"id\": \"n2\", \"text\": \"Another.\"}\n");
    write("eval/dev/boilerplate-lines/turku.jsonl",
        "{\"id\": \"p1\", \"lines\": [\"Home\", \"A page line.\"]}\n");
  }

  private static List<String> ids(List<Document> docs) {
    return docs.stream().map(Document::id).toList();
  }

  @Test
  void newsIsTheSeedsAndTheNewsDocumentsOnly() throws Exception {
    sharedFolder();
    assertEquals(List.of("a.txt", "n1", "n2"),
        ids(BenchCorpus.fromShared(shared, BenchCorpus.Kind.NEWS, 1_000_000)));
  }

  @Test
  void pagesAreTheScrapedPagesOnlyWithTheirLinesJoined() throws Exception {
    sharedFolder();
    List<Document> pages = BenchCorpus.fromShared(shared, BenchCorpus.Kind.PAGES, 1_000_000);
    assertEquals(List.of("p1"), ids(pages));
    assertEquals("Home\nA page line.\n", pages.get(0).text());
  }

  @Test
  void mixedHasBothAndEveryCorpusStopsAtItsSize() throws Exception {
    sharedFolder();
    assertEquals(List.of("a.txt", "n1", "n2", "p1"),
        ids(BenchCorpus.fromShared(shared, BenchCorpus.Kind.MIXED, 1_000_000)));
    // the first document reaches the size: no second one is read
    assertEquals(List.of("a.txt"),
        ids(BenchCorpus.fromShared(shared, BenchCorpus.Kind.NEWS, 10)));
  }

  @Test
  void missingFilesGiveAnEmptyCorpusNotAnError() throws Exception {
    assertTrue(BenchCorpus.fromShared(shared, BenchCorpus.Kind.PAGES, 1_000).isEmpty());
  }

  @Test
  void corporaAreNamedByTheirIds() {
    for (BenchCorpus.Kind k : BenchCorpus.Kind.values()) {
      assertEquals(k, BenchCorpus.Kind.of(k.id()));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchCorpus.Kind.of("newz"));
    assertTrue(e.getMessage().contains("newz"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
