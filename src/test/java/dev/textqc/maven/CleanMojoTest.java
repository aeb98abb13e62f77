package dev.textqc.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean goal, run directly (the invoker test {@code clean-writes-files} covers a real build):
 * a JSONL corpus written record by record, from a fresh check and from the cache alike.
 */
class CleanMojoTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path project;

  @BeforeEach
  void content() throws Exception {
    Files.createDirectories(project.resolve("src/content/feeds"));
    Files.writeString(project.resolve("src/content/feeds/news.jsonl"),
        "{\"id\": \"n1\", \"text\": \"The mayor spoke briefly.\"}\n"
        + "{\"id\": \"n2\", \"text\": \"The ferry will will run daily.\"}\n"
        + "{\"id\": \"n3\", \"text\": \"Tickets go on sale next month.\"}\n");
    Files.writeString(project.resolve("src/content/ferry.txt"),
        "Harbour news\n\n- Advertisement -\n\nThe ferry will will run daily. .\n");
  }

  private CleanMojo mojo() {
    return Mojos.configured(new CleanMojo(), project);
  }

  private Path cleaned(String rel) {
    return project.resolve("target/textqc/cleaned").resolve(rel);
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void aCorpusIsWrittenRecordByRecordKeepingItsIds() throws Exception {
    CleanMojo m = mojo();
    m.formats = List.of("sarif");
    RecordingLog log = new RecordingLog();
    m.setLog(log);
    m.execute();
    assertEquals(List.of("textqc: cleaned 4 documents (2 changed, 0 unchanged files from cache) "
        + "into target/textqc/cleaned".replace('/', java.io.File.separatorChar)), log.infos);

    List<JsonNode> records = lines(cleaned("feeds/news.jsonl"));
    assertEquals(List.of("n1", "n2", "n3"), records.stream().map(r -> r.get("id").asText())
        .toList());
    assertEquals("The mayor spoke briefly.", records.get(0).get("text").asText());
    assertEquals("The ferry will run daily.", records.get(1).get("text").asText());
    List<JsonNode> notes = lines(cleaned("feeds/news.annotations.jsonl"));
    assertEquals(List.of("n1", "n2", "n3"), notes.stream().map(r -> r.get("id").asText())
        .toList());
    assertEquals("REP_DOUBLED_WORD", notes.get(1).at("/annotations/0/rule").asText());
    assertTrue(notes.get(0).get("annotations").isEmpty());

    assertEquals("Harbour news\n\nThe ferry will run daily.\n",
        Files.readString(cleaned("ferry.txt")));
    assertEquals("src/content/ferry.txt", JSON.readTree(cleaned("ferry.txt.annotations.json")
        .toFile()).get("id").asText());
    JsonNode sarif = JSON.readTree(project.resolve("target/textqc/report/textqc.sarif").toFile());
    assertEquals(4, sarif.at("/runs/0/results").size(), "three findings in ferry.txt, one in n2");
    assertEquals(List.of(), temporaryFiles());
  }

  @Test
  void cachedResultsWriteTheSameFiles() throws Exception {
    mojo().execute();
    byte[] records = Files.readAllBytes(cleaned("feeds/news.jsonl"));
    byte[] notes = Files.readAllBytes(cleaned("feeds/news.annotations.jsonl"));
    byte[] ferry = Files.readAllBytes(cleaned("ferry.txt.annotations.json"));
    Files.delete(cleaned("feeds/news.jsonl"));
    Files.delete(cleaned("ferry.txt.annotations.json"));
    CleanMojo again = mojo();
    RecordingLog log = new RecordingLog();
    again.setLog(log);
    again.execute();
    assertTrue(log.infos.get(0).contains("(2 changed, 2 unchanged files from cache)"),
        log.infos.toString());
    assertArrayEquals(records, Files.readAllBytes(cleaned("feeds/news.jsonl")));
    assertArrayEquals(notes, Files.readAllBytes(cleaned("feeds/news.annotations.jsonl")));
    assertArrayEquals(ferry, Files.readAllBytes(cleaned("ferry.txt.annotations.json")));
  }

  @Test
  void aCorpusThatCannotTakeItsPlaceLeavesNoTemporaryFiles() throws Exception {
    // A folder with something in it where the cleaned corpus goes: the move at its end fails.
    Files.createDirectories(cleaned("feeds/news.jsonl/inside"));
    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo()::execute);
    assertTrue(e.getMessage().startsWith("textqc: cannot write cleaned files to "),
        e.getMessage());
    assertEquals(List.of(), temporaryFiles());
    assertFalse(Files.exists(cleaned("feeds/news.annotations.jsonl")));
  }

  private List<Path> temporaryFiles() throws Exception {
    try (Stream<Path> all = Files.walk(project.resolve("target/textqc/cleaned"))) {
      return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
