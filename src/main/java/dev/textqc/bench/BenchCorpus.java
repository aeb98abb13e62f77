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
 * The benchmark corpora, built from the shared evaluation data or the user's own files and held in
 * memory so the measurement times textqc, not the disk:
 *
 * <ul>
 *   <li>{@link Kind#NEWS}: news articles, which is what the speed targets are stated for: the seed
 *       articles and the WMT news documents (human and machine translations into English);</li>
 *   <li>{@link Kind#PAGES}: whole scraped web pages as flat text, menus, comments and footers
 *       included (the boilerplate-lines sets), the hardest case for the boilerplate stage;</li>
 *   <li>{@link Kind#MIXED}: the corpus earlier releases measured, the seeds, then WMT, then the
 *       pages, kept so that numbers stay comparable across releases.</li>
 * </ul>
 */
public final class BenchCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchCorpus() {}

  /** A corpus the benchmark can build from the shared data. */
  public enum Kind {
    NEWS("news", List.of("mt-detect/wmt23-ru-en.jsonl", "mt-detect/wmt22-ru-en.jsonl",
        "mt-detect/wmt23-uk-en.jsonl"), true),
    PAGES("pages", List.of("boilerplate-lines/scrapinghub.jsonl",
        "boilerplate-lines/cleaneval.jsonl", "boilerplate-lines/turku.jsonl"), false),
    MIXED("mixed", List.of("mt-detect/wmt23-ru-en.jsonl", "boilerplate-lines/scrapinghub.jsonl",
        "boilerplate-lines/cleaneval.jsonl", "mt-detect/wmt22-ru-en.jsonl",
        "boilerplate-lines/turku.jsonl"), true);

    private final String id;
    private final List<String> files;
    private final boolean seeds;

    Kind(String id, List<String> files, boolean seeds) {
      this.id = id;
      this.files = files;
      this.seeds = seeds;
    }

    public String id() {
      return id;
    }

    /** The kind named {@code id} (news, pages, mixed). */
    public static Kind of(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      throw new IllegalArgumentException("no benchmark corpus '" + id
          + "' (expected news, pages or mixed)");
    }
  }

  /** Documents of one corpus from the shared folder, up to {@code maxChars} characters in all. */
  public static List<Document> fromShared(Path shared, Kind kind, long maxChars)
      throws IOException {
    List<Document> docs = new ArrayList<>();
    long[] total = {0};
    Path seeds = shared.resolve("dev/seeds");
    if (kind.seeds && Files.isDirectory(seeds)) {
      try (Stream<Path> s = Files.list(seeds)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          add(docs, total, maxChars, p.getFileName().toString(), Files.readString(p));
        }
      }
    }
    Path eval = shared.resolve("eval/dev");
    for (String file : kind.files) {
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
