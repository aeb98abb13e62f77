package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The seed articles with hand-made gold ({@code dev/seeds}), scored as their README says:
 * boilerplate over non-whitespace characters with neutral spans left out, other categories by span
 * overlap, certain fixes by what the cleaned text reads, and the document MT verdict.
 */
public final class SeedsSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Category> SPAN_CATEGORIES = List.of(Category.GARBLED, Category.QUOTE,
      Category.PUNCTUATION, Category.REPETITION, Category.ENCODING);

  @Override
  public String name() {
    return "seeds";
  }

  static Path folder(Path shared) {
    return shared.resolve("dev/seeds");
  }

  @Override
  public boolean available(Path shared) {
    return Files.isDirectory(folder(shared));
  }

  /** A gold annotation. */
  record Gold(Span span, Category category, String type, Action action, String replacement,
      String difficulty) {}

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    List<Path> golds;
    try (Stream<Path> s = Files.list(folder(shared))) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
    long bpTp = 0;
    long bpFp = 0;
    long bpFn = 0;
    long contentChars = 0;
    long neutralTouched = 0;
    long fixesExact = 0;
    long fixesTotal = 0;
    long mtCorrect = 0;
    Map<Category, long[]> span = new TreeMap<>(); // tpPred, pred, tpGold, gold
    Map<String, long[]> byDifficulty = new TreeMap<>(); // found, total
    for (Path goldFile : golds) {
      JsonNode g = JSON.readTree(goldFile.toFile());
      Path txt = goldFile.resolveSibling(g.get("document").asText());
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      Result r = qc.check(Document.of(txt.getFileName().toString(), text));
      List<Gold> gold = new ArrayList<>();
      for (JsonNode a : g.get("annotations")) {
        gold.add(new Gold(new Span(a.get("start").asInt(), a.get("end").asInt()),
            Category.parse(a.get("category").asText()), a.get("type").asText(),
            Action.parse(a.get("action").asText()),
            a.hasNonNull("replacement") ? a.get("replacement").asText() : null,
            a.path("difficulty").asText("standard")));
      }
      List<Span> neutral = new ArrayList<>();
      List<Boolean> dateline = new ArrayList<>();
      for (JsonNode n : g.get("neutral")) {
        neutral.add(new Span(n.get("start").asInt(), n.get("end").asInt()));
        dateline.add(n.path("why").asText().toLowerCase().contains("dateline"));
      }
      // boilerplate, character level
      BitSet goldBp = new BitSet();
      for (Gold a : gold) {
        if (a.category() == Category.BOILERPLATE && a.action() == Action.REMOVE) {
          goldBp.set(a.span().start(), a.span().end());
        }
      }
      BitSet predBp = new BitSet();
      for (Annotation a : r.annotations()) {
        if (a.category() == Category.BOILERPLATE && a.action() == Action.REMOVE) {
          predBp.set(a.span().start(), a.span().end());
        }
      }
      BitSet neutralChars = new BitSet();
      neutral.forEach(n -> neutralChars.set(n.start(), n.end()));
      for (int i = 0; i < text.length(); i++) {
        if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0'
            || neutralChars.get(i)) {
          continue;
        }
        boolean gb = goldBp.get(i);
        boolean pb = predBp.get(i);
        if (gb && pb) {
          bpTp++;
        } else if (pb) {
          bpFp++;
        } else if (gb) {
          bpFn++;
        }
        if (!gb) {
          contentChars++;
        }
      }
      for (int i = 0; i < neutral.size(); i++) {
        Span n = neutral.get(i);
        for (Annotation a : r.annotations()) {
          boolean removedDateline = dateline.get(i) && a.action() == Action.REMOVE
              && a.category() == Category.BOILERPLATE;
          if (a.span().overlaps(n) && !removedDateline) {
            neutralTouched++;
            break;
          }
        }
      }
      // other categories, span overlap
      for (Category c : SPAN_CATEGORIES) {
        long[] s = span.computeIfAbsent(c, k -> new long[4]);
        List<Gold> gc = gold.stream().filter(a -> a.category() == c).toList();
        List<Annotation> pc = r.annotations().stream().filter(a -> a.category() == c).toList();
        for (Annotation p : pc) {
          s[1]++;
          if (gc.stream().anyMatch(a -> a.span().overlaps(p.span()))) {
            s[0]++;
          }
        }
        for (Gold a : gc) {
          s[3]++;
          boolean found = pc.stream().anyMatch(p -> p.span().overlaps(a.span()));
          if (found) {
            s[2]++;
          }
          long[] d = byDifficulty.computeIfAbsent(c.id() + "." + a.difficulty(),
              k -> new long[2]);
          d[1]++;
          if (found) {
            d[0]++;
          }
        }
      }
      // certain fixes
      for (Gold a : gold) {
        if (a.action() == Action.REPLACE && a.replacement() != null) {
          fixesTotal++;
          Span c = r.offsets().toCleaned(a.span());
          if (r.cleaned().substring(c.start(), c.end()).equals(a.replacement())) {
            fixesExact++;
          }
        }
      }
      boolean mt = g.path("machineTranslated").asBoolean();
      if (mt == r.assessment().machineTranslationLikely()) {
        mtCorrect++;
      }
    }
    SuiteReport rep = new SuiteReport("seeds (" + golds.size() + " articles)");
    rep.prf("boilerplate.chars", bpTp, bpFp, bpFn);
    rep.put("boilerplate.content-loss", contentChars == 0 ? 0 : bpFp / (double) contentChars,
        bpFp + "/" + contentChars + " chars");
    rep.put("neutral.touched", neutralTouched, "count");
    for (Map.Entry<Category, long[]> e : span.entrySet()) {
      long[] s = e.getValue();
      String k = e.getKey().id();
      rep.put(k + ".precision", s[1] == 0 ? 1 : s[0] / (double) s[1], s[0] + "/" + s[1]);
      rep.put(k + ".recall", s[3] == 0 ? 1 : s[2] / (double) s[3], s[2] + "/" + s[3]);
    }
    for (Map.Entry<String, long[]> e : byDifficulty.entrySet()) {
      long[] d = e.getValue();
      rep.put(e.getKey() + ".recall", d[1] == 0 ? 1 : d[0] / (double) d[1], d[0] + "/" + d[1]);
    }
    rep.put("fixes.exact", fixesTotal == 0 ? 1 : fixesExact / (double) fixesTotal,
        fixesExact + "/" + fixesTotal);
    rep.put("documents.mt-verdict.accuracy", golds.isEmpty() ? 0 : mtCorrect / (double) golds.size(),
        mtCorrect + "/" + golds.size());
    return List.of(rep);
  }
}
