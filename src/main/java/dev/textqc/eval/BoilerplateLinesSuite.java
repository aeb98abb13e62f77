package dev.textqc.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.BoundedCorpusMemory;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Line-level boilerplate ({@code eval/dev/boilerplate-lines/*.jsonl}), scored as the eval README
 * says: each record's lines joined with {@code \n} are checked, a line counts as removed when
 * boilerplate {@code remove} annotations cover more than half of its non-space characters, and
 * the boilerplate class is scored per line (micro-averaged) with the content-loss rate beside it.
 * Primary numbers leave ambiguous lines out; {@code all.*} numbers keep every line as labelled;
 * {@code macro.*} averages over pages. {@code even.*} and {@code odd.*} repeat the primary numbers
 * for the even- and odd-numbered records (0-based, in file order): rules and models are tuned on
 * the even half, so the odd half shows whether a gain holds on documents nobody looked at. Each
 * file is read as one corpus with a fresh {@link BoundedCorpusMemory}, as {@code textqc check}
 * reads a JSONL corpus.
 */
public final class BoilerplateLinesSuite implements Suite {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> FILES = List.of("scrapinghub", "turku", "cleaneval");

  @Override
  public String name() {
    return "boilerplate-lines";
  }

  static Path folder(Path shared) {
    return shared.resolve("eval/dev/boilerplate-lines");
  }

  @Override
  public boolean available(Path shared) {
    return Files.isDirectory(folder(shared));
  }

  @Override
  public List<SuiteReport> run(TextQc qc, Path shared) throws Exception {
    return Suite.eachFile(folder(shared), FILES, (file, p) -> score(qc, p, name() + "/" + file));
  }

  /** Line counts of one view (primary or all lines). */
  private static final class Counts {
    long tp;
    long fp;
    long fn;
    long content;

    void add(boolean gold, boolean removed) {
      if (gold && removed) {
        tp++;
      } else if (removed) {
        fp++;
      } else if (gold) {
        fn++;
      }
      if (!gold) {
        content++;
      }
    }

    double f1() {
      double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
      double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double loss() {
      return content == 0 ? 0 : fp / (double) content;
    }
  }

  static SuiteReport score(TextQc qc, Path file, String name) throws Exception {
    Counts primary = new Counts();
    Counts all = new Counts();
    Counts[] halves = {new Counts(), new Counts()}; // even- and odd-numbered records
    double macroF1 = 0;
    double macroLoss = 0;
    int pages = 0;
    BoundedCorpusMemory memory = new BoundedCorpusMemory();
    long turn = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String json;
      while ((json = in.readLine()) != null) {
        if (json.isBlank()) {
          continue;
        }
        JsonNode rec = JSON.readTree(json);
        JsonNode lines = rec.get("lines");
        List<String> text = new ArrayList<>(lines.size());
        lines.forEach(l -> text.add(l.asText()));
        String doc = String.join("\n", text);
        // each page on its turn, as textqc check reads a corpus
        Result r;
        try (BoundedCorpusMemory.Turn pageMemory = memory.document(turn++)) {
          r = qc.check(Document.of(rec.get("id").asText(), doc), pageMemory);
        }
        boolean[] removed = removedLines(r, text);
        Counts page = new Counts();
        for (int i = 0; i < text.size(); i++) {
          boolean gold = rec.get("boilerplate").get(i).asBoolean();
          boolean ambiguous = rec.path("ambiguous").path(i).asBoolean(false);
          all.add(gold, removed[i]);
          if (!ambiguous) {
            primary.add(gold, removed[i]);
            page.add(gold, removed[i]);
            halves[pages % 2].add(gold, removed[i]);
          }
        }
        macroF1 += page.f1();
        macroLoss += page.loss();
        pages++;
      }
    }
    SuiteReport rep = new SuiteReport(name);
    rep.put("pages", pages, "records in the file");
    rep.prf("boilerplate.lines", primary.tp, primary.fp, primary.fn);
    rep.put("content-loss", primary.loss(), primary.fp + "/" + primary.content + " lines");
    rep.prf("all.boilerplate.lines", all.tp, all.fp, all.fn);
    rep.put("all.content-loss", all.loss(), all.fp + "/" + all.content + " lines");
    rep.put("macro.boilerplate.lines.f1", pages == 0 ? 0 : macroF1 / pages, pages + " pages");
    rep.put("macro.content-loss", pages == 0 ? 0 : macroLoss / pages, pages + " pages");
    for (int h = 0; h < 2; h++) {
      String half = h == 0 ? "even" : "odd";
      Counts c = halves[h];
      rep.prf(half + ".boilerplate.lines", c.tp, c.fp, c.fn);
      rep.put(half + ".content-loss", c.loss(), c.fp + "/" + c.content + " lines");
    }
    return rep;
  }

  /** Which lines of the joined text the result removes (most of their non-space chars). */
  static boolean[] removedLines(Result r, List<String> lines) {
    BitSet cut = new BitSet();
    for (Annotation a : r.annotations()) {
      if (a.category() == Category.BOILERPLATE && a.action() == Action.REMOVE) {
        cut.set(a.span().start(), a.span().end());
      }
    }
    return removedLines(cut, lines);
  }

  /** Lines (joined with {@code \n}) more than half of whose non-space chars are in {@code cut}. */
  static boolean[] removedLines(BitSet cut, List<String> lines) {
    boolean[] removed = new boolean[lines.size()];
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int nonSpace = 0;
      int covered = 0;
      for (int k = 0; k < line.length(); k++) {
        if (!Character.isWhitespace(line.charAt(k)) && !Character.isSpaceChar(line.charAt(k))) {
          nonSpace++;
          if (cut.get(start + k)) {
            covered++;
          }
        }
      }
      removed[i] = nonSpace == 0 ? cut.get(start) : covered * 2 > nonSpace;
      start += line.length() + 1;
    }
    return removed;
  }
}
