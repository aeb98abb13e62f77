package dev.textqc.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.document.Document;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached results come back equal to the originals; other configurations are dropped. */
class ResultCacheTest {
  private static final String DIRTY = "Title here\n\n- Advertisement -\n\nIt was the the end. .\n"
      + "Emoji 😀 stays.\n";

  @TempDir
  Path dir;

  @Test
  void aStoredResultComesBackWhole() throws Exception {
    Result r = TestSupport.defaultQc().check(Document.of("a.txt", DIRTY));
    assertFalse(r.annotations().isEmpty(), "the fixture must have findings");
    ResultCache cache = ResultCache.open(dir, "config1");
    String key = ResultCache.fileKey("a.txt", DIRTY.getBytes(StandardCharsets.UTF_8));
    assertTrue(cache.get(key).isEmpty());
    cache.put(key, List.of(r));
    Result back = ResultCache.open(dir, "config1").get(key).orElseThrow().get(0);
    assertEquals(r.document(), back.document());
    assertEquals(r.annotations(), back.annotations());
    assertEquals(r.cleaned(), back.cleaned());
    assertEquals(r.assessment(), back.assessment());
    for (int i = 0; i <= DIRTY.length(); i++) {
      assertEquals(r.offsets().toCleanedStart(i), back.offsets().toCleanedStart(i), "at " + i);
    }
  }

  @Test
  void keysChangeWithContentAndName() {
    byte[] a = "one".getBytes(StandardCharsets.UTF_8);
    assertEquals(ResultCache.fileKey("x.txt", a), ResultCache.fileKey("x.txt", a.clone()));
    assertNotEquals(ResultCache.fileKey("x.txt", a), ResultCache.fileKey("y.txt", a));
    assertNotEquals(ResultCache.fileKey("x.txt", a),
        ResultCache.fileKey("x.txt", "two".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anotherConfigurationStartsEmptyAndRemovesTheOld() throws Exception {
    Result r = TestSupport.defaultQc().check(Document.of("a.txt", DIRTY));
    ResultCache.open(dir, "old").put("k", List.of(r));
    assertTrue(ResultCache.open(dir, "new").get("k").isEmpty());
    assertFalse(Files.exists(dir.resolve("old")));
  }

  @Test
  void resultsWithRuleFailuresAndDamagedEntriesAreNotReused() throws Exception {
    ResultCache cache = ResultCache.open(dir, "c");
    Result ok = TestSupport.defaultQc().check(Document.of("a.txt", DIRTY));
    Result failed = new Result(ok.document(), ok.annotations(), ok.cleaned(), ok.offsets(),
        ok.assessment(), List.of(new RuleFailure("X", "a.txt", "boom")));
    cache.put("f", List.of(failed));
    assertTrue(cache.get("f").isEmpty());
    Files.writeString(dir.resolve("c/g.json"), "{\"format\":1,\"results\":[{\"oops\":1}]}");
    assertTrue(cache.get("g").isEmpty());
  }
}
