package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Category;
import dev.textqc.rule.Rule;
import dev.textqc.rule.Stage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * ftfy's test cases ({@code eval/dev/encoding/ftfy.jsonl}), scored as the eval README says: the
 * encoding repair (rules of type mojibake and c1-control, which is what {@code expected_encoding}
 * covers) for detection precision/recall, exact repair of positives and untouched negatives;
 * and, for information, the whole encoding stage against ftfy's full fix ({@code expected}).
 */
public final class EncodingSuite implements Suite {
  /** The rule types that make up "the encoding repair" of ftfy's {@code fix_encoding}. */
  static final Set<String> REPAIR_TYPES = Set.of("mojibake", "c1-control");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return "encoding";
  }

  static Path file(Path shared) {
    return shared.resolve("eval/dev/encoding/ftfy.jsonl");
  }

  @Override
  public boolean available(Path shared) {
    return Files.isRegularFile(file(shared));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    List<Rule> repairRules = qc.rules().stream()
        .filter(r -> r.meta().category() == Category.ENCODING
            && REPAIR_TYPES.contains(r.meta().type()))
        .toList();
    List<Rule> stageRules = qc.rules().stream()
        .filter(r -> r.meta().stage() == Stage.ENCODING).toList();
    TextQc repair = TextQc.of(repairRules);
    TextQc stage = TextQc.of(stageRules);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    long positives = 0;
    long exact = 0;
    long negatives = 0;
    long untouched = 0;
    long fullExact = 0;
    long total = 0;
    for (String line : Files.readAllLines(file(shared), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode rec = JSON.readTree(line);
      String input = rec.get("input").asText();
      boolean negative = rec.get("negative").asBoolean();
      String out = repair.check(Document.of(rec.get("id").asText(), input)).cleaned();
      boolean changed = !out.equals(input);
      total++;
      if (negative) {
        negatives++;
        if (changed) {
          fp++;
        } else {
          untouched++;
        }
      } else {
        positives++;
        if (changed) {
          tp++;
        } else {
          fn++;
        }
        if (out.equals(rec.get("expected_encoding").asText())) {
          exact++;
        }
      }
      String full = stage.check(Document.of(rec.get("id").asText(), input)).cleaned();
      if (full.equals(rec.get("expected").asText())) {
        fullExact++;
      }
    }
    SuiteReport rep = new SuiteReport("encoding/ftfy.jsonl");
    rep.put("cases", total, positives + " positive, " + negatives + " negative");
    rep.prf("detection", tp, fp, fn);
    rep.put("repair.exact", positives == 0 ? 1 : exact / (double) positives,
        exact + "/" + positives);
    rep.put("negatives.untouched", negatives == 0 ? 1 : untouched / (double) negatives,
        untouched + "/" + negatives);
    rep.put("stage.matches-ftfy-full-fix", total == 0 ? 1 : fullExact / (double) total,
        fullExact + "/" + total);
    return List.of(rep);
  }
}
