package dev.textqc.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remembers the results of input files by content, so a build that did not change a file does not
 * check it again. Entries live in {@code ROOT/<configuration key>/<file key>.json}: the
 * configuration key covers everything that changes results (textqc build, rule files, settings),
 * the file key the file's name and bytes. Opening a cache for one configuration deletes the
 * entries of every other, so the folder never grows past one configuration.
 *
 * <p>Results with rule failures are never stored: a crashed rule deserves another try. A damaged
 * or unreadable entry counts as a miss.
 */
public final class ResultCache {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FORMAT = 1;

  private final Path dir;

  private ResultCache(Path dir) {
    this.dir = dir;
  }

  /** Opens the cache for one configuration under {@code root}, dropping other configurations. */
  public static ResultCache open(Path root, String configurationKey) throws IOException {
    Files.createDirectories(root);
    try (Stream<Path> old = Files.list(root)) {
      for (Path p : old.filter(p -> !p.getFileName().toString().equals(configurationKey))
          .toList()) {
        deleteTree(p);
      }
    }
    Path dir = root.resolve(configurationKey);
    Files.createDirectories(dir);
    return new ResultCache(dir);
  }

  /** The key of one input file: its name (ids come from it) and its bytes. */
  public static String fileKey(String name, byte[] content) {
    MessageDigest md = sha256();
    md.update(name.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(content);
    return HexFormat.of().formatHex(md.digest());
  }

  /** A hex SHA-256 of the given parts, for building configuration keys. */
  public static String hash(List<String> parts) {
    MessageDigest md = sha256();
    for (String p : parts) {
      md.update(p.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Hashes every file under a folder (relative path and bytes), in path order. */
  public static String hashTree(Path folder) throws IOException {
    MessageDigest md = sha256();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          md.update(folder.relativize(f).toString().replace('\\', '/')
              .getBytes(StandardCharsets.UTF_8));
          md.update((byte) 0);
          md.update(Files.readAllBytes(f));
        }
      }
    } else if (Files.isRegularFile(folder)) {
      md.update(Files.readAllBytes(folder));
    }
    return HexFormat.of().formatHex(md.digest());
  }

  public Optional<List<Result>> get(String fileKey) {
    Path entry = dir.resolve(fileKey + ".json");
    if (!Files.isRegularFile(entry)) {
      return Optional.empty();
    }
    try {
      JsonNode root = JSON.readTree(entry.toFile());
      if (root.path("format").asInt() != FORMAT) {
        return Optional.empty();
      }
      List<Result> results = new ArrayList<>();
      for (JsonNode r : root.get("results")) {
        results.add(read(r));
      }
      return Optional.of(results);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Stores the results of one file, unless a rule failed on any of them. */
  public void put(String fileKey, List<Result> results) throws IOException {
    if (results.stream().anyMatch(r -> !r.failures().isEmpty())) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("results");
    for (Result r : results) {
      write(list.addObject(), r);
    }
    Path tmp = Files.createTempFile(dir, ".entry-", ".tmp");
    JSON.writeValue(tmp.toFile(), root);
    Files.move(tmp, dir.resolve(fileKey + ".json"), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  private static void write(ObjectNode o, Result r) {
    Document d = r.document();
    ObjectNode doc = o.putObject("document");
    doc.put("id", d.id());
    doc.put("text", d.text());
    doc.put("language", d.language());
    doc.put("extracted", d.extracted());
    ObjectNode meta = doc.putObject("metadata");
    d.metadata().forEach(meta::put);
    ArrayNode anns = o.putArray("annotations");
    for (Annotation a : r.annotations()) {
      ObjectNode n = anns.addObject();
      n.put("rule", a.rule());
      n.put("category", a.category().name());
      n.put("type", a.type());
      n.put("severity", a.severity().name());
      n.put("start", a.span().start());
      n.put("end", a.span().end());
      n.put("action", a.action().name());
      if (a.replacement() != null) {
        n.put("replacement", a.replacement());
      }
      n.put("message", a.message());
      n.put("confidence", a.confidence());
    }
    Assessment as = r.assessment();
    ObjectNode an = o.putObject("assessment");
    an.put("mt", as.machineTranslationScore());
    an.put("likely", as.machineTranslationLikely());
    an.put("quality", as.qualityScore());
    ArrayNode signals = an.putArray("signals");
    for (Assessment.Signal s : as.signals()) {
      signals.addObject().put("name", s.name()).put("value", s.value()).put("weight", s.weight())
          .put("explanation", s.explanation());
    }
  }

  private static Result read(JsonNode o) {
    JsonNode doc = o.get("document");
    Map<String, String> meta = new HashMap<>();
    doc.get("metadata").fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue()
        .asText()));
    Document d = new Document(doc.get("id").asText(), doc.get("text").asText(),
        doc.get("language").asText(), doc.get("extracted").asBoolean(), meta);
    List<Annotation> anns = new ArrayList<>();
    for (JsonNode n : o.get("annotations")) {
      anns.add(new Annotation(n.get("rule").asText(), Category.valueOf(n.get("category")
          .asText()), n.get("type").asText(), Severity.valueOf(n.get("severity").asText()),
          new Span(n.get("start").asInt(), n.get("end").asInt()),
          Action.valueOf(n.get("action").asText()),
          n.hasNonNull("replacement") ? n.get("replacement").asText() : null,
          n.get("message").asText(), n.get("confidence").asDouble()));
    }
    JsonNode an = o.get("assessment");
    List<Assessment.Signal> signals = new ArrayList<>();
    for (JsonNode s : an.get("signals")) {
      signals.add(new Assessment.Signal(s.get("name").asText(), s.get("value").asDouble(),
          s.get("weight").asDouble(), s.get("explanation").asText()));
    }
    Assessment as = new Assessment(an.get("mt").asDouble(), an.get("likely").asBoolean(),
        an.get("quality").asDouble(), signals);
    return Result.restore(d, anns, as, List.of());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
