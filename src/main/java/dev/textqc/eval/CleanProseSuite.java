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
 *
 * <p>The boilerplate rules run on the same bodies, each on its own (no corpus memory), and what
 * they remove is reported too. Not every removal there is wrong (the gold bodies keep some
 * "See also" lists and "Also read:" labels that the rules remove by design), so there is no
 * target, but a ceiling in the floors catches a rule that starts eating article text: a
 * session-13 rule took 76 lines of one body through the next round's line model.
 */
public final class CleanProseSuite implements Suite {
  static final Set<Category> CHECKED = Set.of(Category.QUOTE, Category.ENCODING,
      Category.WHITESPACE);
  private static final List<String> FILES = List.of("scrapinghub.jsonl", "wcxb.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Synthetic damage for the generality check: UTF-8 read as these, once or twice. */
  private static final List<String> MANGLES = List.of("windows-1252", "windows-1252-twice",
      "x-MacRoman");
  private static final int MAX_LINES_PER_DOC = 5;
  /**
   * Page furniture put into each gold body, one line a body in turn, after a third of its prose
   * paragraphs: where sign-up boxes, ad slots and "Related" rails sit inside scraped articles.
   * The line must go, and must take no article text with it: a rule that reads such a line as the
   * start of a section to remove (a comment section, the teasers below an article) shows up here.
   */
  static final List<String> FURNITURE = List.of("Advertisement", "Subscribe", "Related Stories",
      "Sign up for our newsletter", "Share this article");
  /** A body takes part with at least this many prose paragraphs (lines of ten words or more). */
  static final int FURNITURE_MIN_PROSE = 6;
  /** Article text lost beyond this many chars makes the body count as cut by the furniture. */
  static final int FURNITURE_CUT_CHARS = 200;

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
    TextQc quotes = TextQc.of(qc.rules().stream()
        .filter(r -> r.meta().category() == Category.QUOTE).toList());
    TextQc boilerplate = TextQc.of(qc.rules().stream()
        .filter(r -> r.meta().category() == Category.BOILERPLATE).toList());
    TextQc repair = TextQc.of(qc.rules().stream()
        .filter(r -> r.meta().category() == Category.ENCODING
            && EncodingSuite.REPAIR_TYPES.contains(r.meta().type())).toList());
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
      long removed = 0;
      long docsCut = 0;
      long[] synthetic = new long[MANGLES.size() * 2]; // restored, total per mangling
      long[] quoteDamage = new long[4]; // dropped close: found, total; early close: found, total
      // furniture: removed, put in, article chars lost with it, bodies cut by more than a little
      long[] furniture = new long[4];
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
          mangleAndRepair(repair, text, synthetic);
          damageQuotes(quotes, text, quoteDamage);
          docsChanged += c > 0 ? 1 : 0;
          long cut = removedChars(boilerplate.check(Document.of(rec.get("id").asText(), text)));
          removed += cut;
          docsCut += cut > 0 ? 1 : 0;
          injectFurniture(boilerplate, text, cut, FURNITURE.get((int) (docs % FURNITURE.size())),
              furniture);
        }
      }
      SuiteReport rep = new SuiteReport("clean-prose/" + name);
      rep.put("documents", docs, docs + " gold texts");
      rep.put("changed-chars-per-1000", chars == 0 ? 0 : 1000.0 * changed / chars,
          changed + "/" + chars + " chars");
      for (Category cat : CHECKED.stream().sorted().toList()) {
        long n = byCategory.getOrDefault(cat, 0L);
        rep.put("changed-chars-per-1000." + cat.id(), chars == 0 ? 0 : 1000.0 * n / chars,
            n + "/" + chars + " chars");
      }
      rep.put("flags-per-1000-words", words == 0 ? 0 : 1000.0 * flags / words,
          flags + "/" + words + " words");
      for (int m = 0; m < MANGLES.size(); m++) {
        long ok = synthetic[2 * m];
        long total = synthetic[2 * m + 1];
        rep.put("synthetic-mojibake." + MANGLES.get(m) + ".restored",
            total == 0 ? 1 : ok / (double) total, ok + "/" + total + " lines");
      }
      rep.put("synthetic-quote.dropped-close.detected",
          quoteDamage[1] == 0 ? 1 : quoteDamage[0] / (double) quoteDamage[1],
          quoteDamage[0] + "/" + quoteDamage[1] + " paragraphs");
      rep.put("synthetic-quote.early-close.detected",
          quoteDamage[3] == 0 ? 1 : quoteDamage[2] / (double) quoteDamage[3],
          quoteDamage[2] + "/" + quoteDamage[3] + " paragraphs");
      rep.put("documents-changed", docs == 0 ? 0 : docsChanged / (double) docs,
          docsChanged + "/" + docs);
      rep.put("boilerplate.removed-chars-per-1000", chars == 0 ? 0 : 1000.0 * removed / chars,
          removed + "/" + chars + " chars");
      rep.put("boilerplate.documents-cut", docs == 0 ? 0 : docsCut / (double) docs,
          docsCut + "/" + docs);
      rep.put("synthetic-furniture.removed", furniture[1] == 0 ? 1
          : furniture[0] / (double) furniture[1], furniture[0] + "/" + furniture[1] + " lines");
      rep.put("synthetic-furniture.article-chars-lost-per-1000", chars == 0 ? 0
          : 1000.0 * furniture[2] / chars, furniture[2] + "/" + chars + " chars");
      rep.put("synthetic-furniture.documents-cut", furniture[1] == 0 ? 0
          : furniture[3] / (double) furniture[1], furniture[3] + "/" + furniture[1]
          + " bodies lost over " + FURNITURE_CUT_CHARS + " chars");
      reports.add(rep);
    }
    return reports;
  }

  /**
   * Puts {@code line} into the body after a third of its prose paragraphs and runs the
   * boilerplate rules again: counts whether the line went, and the article chars that went
   * beyond what the body alone loses ({@code cutAlone}).
   */
  private static void injectFurniture(TextQc boilerplate, String text, long cutAlone,
      String line, long[] counts) {
    List<Integer> proseEnds = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int end = text.indexOf('\n', from);
      if (end < 0) {
        end = text.length();
      }
      if (text.substring(from, end).strip().split("\\s+").length >= 10) {
        proseEnds.add(end);
      }
      from = end + 1;
    }
    if (proseEnds.size() < FURNITURE_MIN_PROSE) {
      return;
    }
    int at = proseEnds.get(proseEnds.size() / 3);
    String injected = text.substring(0, at) + "\n" + line + text.substring(at);
    Result r = boilerplate.check(Document.of("furniture", injected));
    int start = at + 1;
    boolean gone = false;
    for (Annotation a : r.annotations()) {
      gone |= a.action() == Action.REMOVE && a.span().start() <= start
          && a.span().end() >= start + line.length();
    }
    long lost = Math.max(0, removedChars(r) - (gone ? line.length() + 1 : 0) - cutAlone);
    counts[0] += gone ? 1 : 0;
    counts[1]++;
    counts[2] += lost;
    counts[3] += lost > FURNITURE_CUT_CHARS ? 1 : 0;
  }

  /** The characters the result removes. */
  private static long removedChars(Result r) {
    long n = 0;
    for (Annotation a : r.annotations()) {
      if (a.action() == Action.REMOVE) {
        n += a.span().length();
      }
    }
    return n;
  }

  /**
   * The generality check the ftfy cases are too few for: lines of this clean prose that hold
   * non-ASCII characters are turned into mojibake (UTF-8 bytes read as Windows-1252, twice, or
   * MacRoman) and must be restored exactly by the encoding repair.
   */
  private static void mangleAndRepair(TextQc repair, String text, long[] counts) {
    int lines = 0;
    for (String line : text.split("\n")) {
      if (lines >= MAX_LINES_PER_DOC) {
        break;
      }
      if (line.chars().allMatch(ch -> ch < 0x80) || line.chars().anyMatch(ch -> ch >= 0x80
          && ch < 0xA0)) {
        continue;
      }
      lines++;
      for (int m = 0; m < MANGLES.size(); m++) {
        String mangled = switch (MANGLES.get(m)) {
          case "windows-1252" -> misread(line, "windows-1252");
          case "windows-1252-twice" -> misread(misread(line, "windows-1252"), "windows-1252");
          default -> misread(line, MANGLES.get(m));
        };
        if (mangled == null || mangled.equals(line)) {
          continue;
        }
        counts[2 * m + 1]++;
        if (repair.check(Document.of("synthetic", mangled)).cleaned().equals(line)) {
          counts[2 * m]++;
        }
      }
    }
  }

  /** UTF-8 bytes of {@code s} decoded with {@code charset}; null when a byte has no reading. */
  private static String misread(String s, String charset) {
    if (s == null) {
      return null;
    }
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length);
    java.nio.charset.Charset cs = java.nio.charset.Charset.forName(charset);
    for (byte b : bytes) {
      if (b >= 0) {
        sb.append((char) b);
        continue;
      }
      String ch = new String(new byte[] {b}, cs);
      if (ch.equals("\uFFFD")) {
        if (!charset.equals("windows-1252")) {
          return null;
        }
        ch = String.valueOf((char) (b & 0xFF)); // undefined in Windows-1252: kept as C1
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  /**
   * Recall on damage made to this clean prose: a paragraph holding exactly one “…” quotation
   * loses its closing mark (must be reported as unclosed), or gains an early closing mark after
   * the quotation's first two words (the real close then has no quotation: must be reported).
   * Only paragraphs the quote rules find clean as they are take part.
   */
  private static void damageQuotes(TextQc quotes, String text, long[] counts) {
    int used = 0;
    for (String para : text.split("\n")) {
      if (used >= MAX_LINES_PER_DOC) {
        break;
      }
      int open = para.indexOf('“');
      int close = para.indexOf('”');
      if (open < 0 || close < open || para.indexOf('“', open + 1) >= 0
          || para.indexOf('”', close + 1) >= 0 || para.indexOf('"') >= 0
          || !quotes.check(Document.of("q", para + "\n\nEnd.")).annotations().isEmpty()) {
        continue;
      }
      String[] words = para.substring(open + 1, close).split(" ");
      if (words.length < 4) {
        continue;
      }
      used++;
      String dropped = para.substring(0, close) + para.substring(close + 1) + "\n\nEnd.";
      counts[1]++;
      if (!quotes.check(Document.of("q", dropped)).annotations().isEmpty()) {
        counts[0]++;
      }
      int early = open + 1 + words[0].length() + 1 + words[1].length();
      String earlyClosed = para.substring(0, early) + "”" + para.substring(early) + "\n\nEnd.";
      counts[3]++;
      if (!quotes.check(Document.of("q", earlyClosed)).annotations().isEmpty()) {
        counts[2]++;
      }
    }
  }
}
