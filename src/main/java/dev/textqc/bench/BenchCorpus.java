package dev.textqc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.document.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark corpus: news-like documents from the shared evaluation data (seed articles, the
 * boilerplate-lines pages, the WMT news documents), or the user's own files. Held in memory so the
 * measurement times textqc, not the disk.
 */
public final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  /** Documents from the shared folder, up to {@code maxChars} characters in all. */
  public static List<Document> fromShared(Path shared, long maxChars) throws IOException {
    List<Document> docs = new ArrayList<>();
    long[] total = {0};
    Path seeds = shared.resolve("dev/seeds");
    if (Files.isDirectory(seeds)) {
      try (Stream<Path> s = Files.list(seeds)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          add(docs, total, maxChars, p.getFileName().toString(), Files.readString(p));
        }
      }
    }
    Path eval = shared.resolve("eval/dev");
    for (String file : List.of("mt-detect/wmt23-ru-en.jsonl", "boilerplate-lines/scrapinghub.jsonl",
        "boilerplate-lines/cleaneval.jsonl", "mt-detect/wmt22-ru-en.jsonl",
        "boilerplate-lines/turku.jsonl")) {
      Path p = eval.resolve(file);
      if (!Files.isRegularFile(p)) {
        continue;
      }
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null && total[0] < maxChars) {
          JsonNode n = JSON.readTree(line);
          String text = n.has("text") ? n.get("text").asText() : join(n.get("lines"));
          if (text != null) {
            add(docs, total, maxChars, n.path("id").asText(file), text);
          }
        }
      }
    }
    return docs;
  }

  private static String join(JsonNode lines) {
    if (lines == null || !lines.isArray()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (JsonNode l : lines) {
      sb.append(l.asText()).append('\n');
    }
    return sb.toString();
  }

  private static void add(List<Document> docs, long[] total, long max, String id, String text) {
    if (total[0] >= max) {
      return;
    }
    docs.add(Document.of(id, text));
    total[0] += text.length();
  }

  public static long chars(List<Document> docs) {
    long n = 0;
    for (Document d : docs) {
      n += d.text().length();
    }
    return n;
  }

  public static long utf8Bytes(List<Document> docs) {
    long n = 0;
    for (Document d : docs) {
      n += d.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
