package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.Rule;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clean professional prose must come through untouched: the quote, encoding and whitespace
 * rules run on the gold article bodies of {@code eval/dev/boilerplate-html/*.jsonl} (edited text
 * with no damage to find), and every change they make is a false alarm. Reports changed
 * characters per 1,000 (target below 1) and flags per 1,000 words, per file.
 */
public final class CleanProseSuite implements Suite {
  static final Set<Category> CHECKED = Set.of(Category.QUOTE, Category.ENCODING,
      Category.WHITESPACE);
  private static final List<String> FILES = List.of("scrapinghub.jsonl", "wcxb.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "clean-prose";
  }

  static Path folder(Path shared) {
    return shared.resolve("eval/dev/boilerplate-html");
  }

  @Override
  public boolean available(Path shared) {
    return FILES.stream().anyMatch(f -> Files.isRegularFile(folder(shared).resolve(f)));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    List<Rule> rules = qc.rules().stream()
        .filter(r -> CHECKED.contains(r.meta().category())).toList();
    TextQc checked = TextQc.of(rules);
    List<SuiteReport> reports = new ArrayList<>();
    for (String name : FILES) {
      Path f = folder(shared).resolve(name);
      if (!Files.isRegularFile(f)) {
        continue;
      }
      long docs = 0;
      long chars = 0;
      long words = 0;
      long changed = 0;
      long flags = 0;
      long docsChanged = 0;
      Map<Category, Long> byCategory = new EnumMap<>(Category.class);
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode rec = JSON.readTree(line);
          String text = rec.path("gold_text").asText("");
          if (text.isBlank()) {
            continue;
          }
          docs++;
          chars += text.length();
          words += text.split("\\s+").length;
          Result r = checked.check(Document.of(rec.get("id").asText(), text));
          long c = 0;
          for (Annotation a : r.annotations()) {
            if (a.action() == Action.FLAG) {
              flags++;
            } else {
              long n = Math.max(a.span().length(),
                  a.replacement() == null ? 0 : a.replacement().length());
              c += n;
              byCategory.merge(a.category(), n, Long::sum);
            }
          }
          changed += c;
          docsChanged += c > 0 ? 1 : 0;
        }
      }
      SuiteReport rep = new SuiteReport("clean-prose " + name + " (" + docs + " gold texts)");
      rep.put("changed-chars-per-1000", chars == 0 ? 0 : 1000.0 * changed / chars,
          changed + "/" + chars + " chars");
      for (Category cat : CHECKED.stream().sorted().toList()) {
        long n = byCategory.getOrDefault(cat, 0L);
        rep.put("changed-chars-per-1000." + cat.id(), chars == 0 ? 0 : 1000.0 * n / chars,
            n + "/" + chars + " chars");
      }
      rep.put("flags-per-1000-words", words == 0 ? 0 : 1000.0 * flags / words,
          flags + "/" + words + " words");
      rep.put("documents-changed", docs == 0 ? 0 : docsChanged / (double) docs,
          docsChanged + "/" + docs);
      reports.add(rep);
    }
    return reports;
  }
}
