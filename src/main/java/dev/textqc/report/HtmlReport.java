package dev.textqc.report;

import dev.textqc.document.LineIndex;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report for people: an overview page ({@code index.html}: totals, findings per category, one
 * row per document with its machine-translation likelihood and quality) and a page per document
 * ({@code documents/NNNN-name.html}) showing the text with every finding highlighted in its
 * category's colour: removed text struck through, replacements shown next to what they replace,
 * flags underlined. Filters by category and severity switch highlights and list entries off.
 *
 * <p>Every page is self-contained (inline CSS and script, no fonts or images fetched), so the
 * folder can be opened from disk or attached to a CI run.
 */
public final class HtmlReport {
  /** Folder, under the report folder, of the per-document pages. */
  public static final String DOCUMENTS = "documents";

  private static final String CSS = resource("report.css");
  private static final String DOCUMENT_JS = resource("document.js");
  private static final String OVERVIEW_JS = resource("overview.js");

  private HtmlReport() {}

  /** Writes {@code index.html} and the document pages into {@code dir}; returns the index. */
  public static Path write(ReportData data, Path dir) throws IOException {
    try (ReportWriter w = writer(data.context(), dir)) {
      Reports.addAll(w, data.results());
    }
    return dir.resolve(ReportFormat.HTML.fileName());
  }

  /**
   * A writer of the report into {@code dir}: each document's page as the document comes, the
   * overview ({@code index.html}) at the end. The overview's rows wait in a temporary file in
   * {@code dir}, since its totals come first.
   */
  public static ReportWriter writer(ReportContext run, Path dir) throws IOException {
    Files.createDirectories(dir.resolve(DOCUMENTS));
    return new Overview(run, dir);
  }

  /** File name of a document's page: numbered in run order, so ids never collide. */
  static String pageName(int number, String id) {
    String path = id.replace('\\', '/');
    String base = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]+", "_");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    return String.format(Locale.ROOT, "%04d-%s.html", number, base);
  }

  /** The page of one document; {@code overviewHref} links back to the overview. */
  public static String documentPage(Result r, String overviewHref) {
    String text = r.document().text();
    List<Annotation> anns = r.annotations();
    LineIndex lines = new LineIndex(text);
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    int[] byAction = new int[Action.values().length];
    for (Annotation a : anns) {
      byCategory.merge(a.category(), 1, Integer::sum);
      bySeverity.merge(a.severity(), 1, Integer::sum);
      byAction[a.action().ordinal()]++;
    }
    StringBuilder sb = new StringBuilder(text.length() * 2 + 16384);
    head(sb, "textqc · " + r.document().id());
    sb.append("<header class=\"top\"><span class=\"brand\">textqc</span><a href=\"")
        .append(esc(overviewHref)).append("\">← All documents</a><h1>")
        .append(esc(r.document().id())).append("</h1></header>\n<main>\n");
    Assessment as = r.assessment();
    sb.append("<div class=\"cards\">");
    card(sb, "findings", String.valueOf(anns.size()), "");
    card(sb, "removed", String.valueOf(byAction[Action.REMOVE.ordinal()]), "");
    card(sb, "replaced", String.valueOf(byAction[Action.REPLACE.ordinal()]), "");
    card(sb, "flagged", String.valueOf(byAction[Action.FLAG.ordinal()]), "");
    mtCard(sb, as);
    sb.append("<div class=\"card\"><div class=\"v\">").append(pct(as.qualityScore()))
        .append("</div><div class=\"k\">quality</div>").append(bar("quality", as.qualityScore()))
        .append("</div>");
    card(sb, "characters changed", String.valueOf(changedChars(r)), "");
    sb.append("</div>\n");
    if (!as.signals().isEmpty()) {
      // The scores are only worth trusting when their reasons can be read.
      sb.append("<details class=\"panel signals\"><summary>Why these scores: ")
          .append(as.signals().size()).append(as.signals().size() == 1 ? " signal" : " signals")
          .append("</summary><table><tr><th>signal</th><th>value</th><th>weight</th>")
          .append("<th>meaning</th></tr>");
      for (Assessment.Signal s : as.signals()) {
        sb.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.3f</td><td>%.2f</td>"
            + "<td>%s</td></tr>", esc(s.name()), s.value(), s.weight(), esc(s.explanation())));
      }
      sb.append("</table></details>\n");
    }
    if (!r.document().metadata().isEmpty()) {
      sb.append("<div class=\"panel meta\">");
      r.document().metadata().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> sb.append("<span><b>").append(esc(e.getKey())).append("</b> ")
              .append(esc(e.getValue())).append("</span> "));
      sb.append("</div>\n");
    }
    if (!r.failures().isEmpty()) {
      sb.append("<div class=\"panel failures\">");
      for (RuleFailure f : r.failures()) {
        sb.append("<div>Rule <b>").append(esc(f.ruleId())).append("</b> failed: ")
            .append(esc(f.message())).append("</div>");
      }
      sb.append("</div>\n");
    }
    // Filters: one checkbox per category and severity present in the document (none without).
    StringBuilder filters = new StringBuilder();
    filters.append("<div class=\"panel filters\"><div class=\"group\"><span class=\"label\">")
        .append("Category</span>");
    for (Map.Entry<Category, Integer> e : byCategory.entrySet()) {
      String id = e.getKey().id();
      filters.append("<label class=\"chip c-").append(id).append("\"><input type=\"checkbox\" ")
          .append("data-filter=\"category\" value=\"").append(id).append("\" checked>")
          .append("<span class=\"dot c-any\"></span>").append(id).append(" <span class=\"n\">")
          .append(e.getValue()).append("</span></label>");
    }
    filters.append("</div><div class=\"group\"><span class=\"label\">Severity</span>");
    for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
      String id = e.getKey().id();
      filters.append("<label class=\"chip\"><input type=\"checkbox\" ")
          .append("data-filter=\"severity\" value=\"").append(id)
          .append("\" checked><span class=\"sev s-").append(id).append("\">")
          .append(id).append("</span> <span class=\"n\">").append(e.getValue())
          .append("</span></label>");
    }
    filters.append("</div><span id=\"shown\">").append(anns.size()).append(" of ")
        .append(anns.size()).append(" findings shown</span></div>\n");
    if (!anns.isEmpty()) {
      sb.append(filters);
    }
    sb.append("<div class=\"layout\">\n<div class=\"doc\">");
    highlight(sb, text, anns);
    sb.append("</div>\n<div class=\"panel findings\"><h2>Findings</h2>");
    if (anns.isEmpty()) {
      sb.append("<div class=\"empty\">No findings: this text reads clean.</div>");
    } else {
      sb.append("<ol>");
      for (int i = 0; i < anns.size(); i++) {
        Annotation a = anns.get(i);
        sb.append("<li data-f=\"").append(i).append("\"").append(data(a)).append(">")
            .append("<div><span class=\"where\">").append(lines.line(a.span().start()))
            .append(':').append(lines.column(a.span().start())).append("</span> ")
            .append("<span class=\"badge c-").append(a.category().id()).append("\">")
            .append(a.category().id()).append("</span> <span class=\"sev s-")
            .append(a.severity().id()).append("\">").append(a.severity().id())
            .append("</span> <span class=\"rule\">").append(esc(a.rule())).append("</span></div>")
            .append("<div>").append(esc(a.message())).append("</div><div class=\"act\">")
            .append(switch (a.action()) {
              case REMOVE -> "removed ";
              case REPLACE -> "replaced ";
              case FLAG -> "flagged ";
            }).append("<q>").append(esc(Snippets.of(a.span().of(text)))).append("</q>");
        if (a.action() == Action.REPLACE) {
          sb.append(" → <q>").append(esc(Snippets.of(a.replacement()))).append("</q>");
        }
        sb.append(String.format(Locale.ROOT, " · confidence %.2f", a.confidence()))
            .append("</div></li>");
      }
      sb.append("</ol>");
    }
    sb.append("</div>\n</div>\n</main>\n<script>").append(DOCUMENT_JS)
        .append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * The text with findings as nested {@code <mark>} elements. Findings may overlap (a flag inside
   * a removed line), so the text is cut at every span boundary and each piece is wrapped in the
   * marks of all findings covering it, outermost first; a replacement follows the last piece of
   * its span.
   *
   * <p>One sweep over the cuts: the findings covering a piece are kept as the sweep goes (those
   * that start at the piece join, those that ended leave), and the replacements that end or are
   * inserted at a cut are looked up by position. Filtering every finding at every cut made a
   * page of a 10 MB document with 200,000 findings run for minutes.
   */
  static void highlight(StringBuilder sb, String text, List<Annotation> anns) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Annotation a : anns) {
      cuts.add(a.span().start());
      cuts.add(a.span().end());
    }
    Integer[] order = new Integer[anns.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> anns.get(i).span().start())
        .thenComparing(i -> -anns.get(i).span().end()));
    // replacements by the cut they follow: those ending there, then insertions (empty spans)
    Map<Integer, List<Integer>> ending = new java.util.HashMap<>();
    Map<Integer, List<Integer>> inserted = new java.util.HashMap<>();
    for (int i : order) {
      Annotation a = anns.get(i);
      if (a.action() == Action.REPLACE) {
        if (a.span().isEmpty()) {
          inserted.computeIfAbsent(a.span().start(), k -> new ArrayList<>()).add(i);
        } else {
          ending.computeIfAbsent(a.span().end(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    boolean[] opened = new boolean[anns.size()];
    List<Integer> active = new ArrayList<>(); // in sweep order: outermost first
    int next = 0; // the next finding of the order to join
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null) {
        int from = prev;
        active.removeIf(i -> anns.get(i).span().end() <= from);
        for (; next < order.length && anns.get(order[next]).span().start() <= from; next++) {
          Annotation a = anns.get(order[next]);
          if (!a.span().isEmpty() && a.span().end() > from) {
            active.add(order[next]);
          }
        }
        boolean removed = false;
        for (int i : active) {
          Annotation a = anns.get(i);
          removed |= a.action() == Action.REMOVE;
          sb.append("<mark class=\"f c-").append(a.category().id()).append(" a-")
              .append(a.action().id()).append("\"").append(data(a));
          if (!opened[i]) {
            sb.append(" id=\"f").append(i).append("\"");
            opened[i] = true;
          }
          sb.append(">");
        }
        String piece = esc(text.substring(from, cut));
        sb.append(removed ? piece.replace("\n", "<span class=\"nl\">↵</span>\n") : piece);
        sb.append("</mark>".repeat(active.size()));
      }
      for (int i : ending.getOrDefault(cut, List.of())) {
        replacement(sb, anns.get(i), i, opened);
      }
      for (int i : inserted.getOrDefault(cut, List.of())) {
        replacement(sb, anns.get(i), i, opened);
      }
      prev = cut;
    }
  }

  private static void replacement(StringBuilder sb, Annotation a, int i, boolean[] opened) {
    sb.append("<ins class=\"rep c-").append(a.category().id()).append("\"").append(data(a));
    if (!opened[i]) {
      sb.append(" id=\"f").append(i).append("\"");
      opened[i] = true;
    }
    String shown = a.replacement().isEmpty() ? "∅" : a.replacement().replace("\n", "↵");
    sb.append(" title=\"").append(esc(a.rule())).append("\">").append(esc(shown))
        .append("</ins>");
  }

  private static String data(Annotation a) {
    return " data-cat=\"" + a.category().id() + "\" data-sev=\"" + a.severity().id() + "\"";
  }

  /** The overview of a run: totals, findings per category, and one row per document. */
  /**
   * The overview page, written as the run goes: a row per document into a spool, the totals
   * counted on the way, and at the end the page's head with the totals followed by the rows.
   */
  private static final class Overview implements ReportWriter {
    private final ReportContext run;
    private final Path dir;
    private final Spool rows;
    private final StringBuilder sb = new StringBuilder();
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    private long documents;
    private long withFindings;
    private long findings;
    private long failing;
    private long edits;
    private long mtLikely;
    private long failures;
    private long maxFindings = 1;

    Overview(ReportContext run, Path dir) throws IOException {
      this.run = run;
      this.dir = dir;
      this.rows = new Spool(dir, "index");
    }

    @Override
    public void add(Result r) throws IOException {
      documents++;
      String page = pageName((int) Math.min(documents, Integer.MAX_VALUE), r.document().id());
      Files.writeString(dir.resolve(DOCUMENTS).resolve(page),
          documentPage(r, "../" + ReportFormat.HTML.fileName()), StandardCharsets.UTF_8);
      for (Annotation a : r.annotations()) {
        byCategory.merge(a.category(), 1L, Long::sum);
        edits += a.action() == Action.FLAG ? 0 : 1;
      }
      int n = r.annotations().size();
      findings += n;
      withFindings += n > 0 ? 1 : 0;
      maxFindings = Math.max(maxFindings, n);
      failing += run.failOn() == null ? 0 : r.count(run.failOn());
      mtLikely += r.assessment().machineTranslationLikely() ? 1 : 0;
      failures += r.failures().size();
      sb.setLength(0);
      row(sb, r, page);
      rows.writer().append(sb);
    }

    @Override
    public void finish() throws IOException {
      try (Writer out = Files.newBufferedWriter(dir.resolve(ReportFormat.HTML.fileName()),
          StandardCharsets.UTF_8)) {
        out.append(top());
        rows.copyTo(out);
        out.append("</tbody></table>\n</main>\n<script>").append(OVERVIEW_JS)
            .append("</script>\n</body>\n</html>\n");
      }
    }

    @Override
    public void close() throws IOException {
      rows.close();
    }

    /** The page down to the table's rows: totals, legend, filters and the table's head. */
    private String top() {
      StringBuilder sb = new StringBuilder(8192);
      head(sb, "textqc report");
      sb.append("<header class=\"top\"><span class=\"brand\">textqc</span><h1>Report: ")
          .append(documents).append(documents == 1 ? " document" : " documents")
          .append("</h1></header>\n<main>\n<div class=\"cards\">");
      card(sb, "documents", String.valueOf(documents), "");
      card(sb, "findings", String.valueOf(findings), "");
      card(sb, "removed or replaced", String.valueOf(edits), "");
      card(sb, "documents with findings", String.valueOf(withFindings), "");
      card(sb, "likely machine-translated", String.valueOf(mtLikely), "");
      if (run.failOn() != null) {
        card(sb, "at or above " + run.failOn().id(), String.valueOf(failing), "");
      }
      if (failures > 0) {
        card(sb, "rule failures", String.valueOf(failures), "failures");
      }
      sb.append("</div>\n<div class=\"panel\"><div class=\"legend\">");
      for (Category c : Category.values()) {
        sb.append("<span><span class=\"dot c-any c-").append(c.id()).append("\"></span>")
            .append(c.id()).append(" <b>").append(byCategory.getOrDefault(c, 0L))
            .append("</b></span>");
      }
      sb.append("</div></div>\n<div class=\"panel filters\"><input type=\"search\" ")
          .append("id=\"search\" placeholder=\"Filter by name\"><label class=\"chip\">")
          .append("<input type=\"checkbox\" id=\"only-findings\">with findings</label>")
          .append("<label class=\"chip\"><input type=\"checkbox\" id=\"only-mt\">likely ")
          .append("machine-translated</label><span id=\"shown\">").append(documents)
          .append(" of ").append(documents).append(" documents shown</span></div>\n");
      // The bars are as long as the document's findings against the most any document has,
      // known only now: the rows carry their count and the table the maximum.
      sb.append("<table class=\"docs\" style=\"--max:").append(maxFindings)
          .append("\"><thead><tr><th>Document</th>")
          .append("<th data-type=\"number\">Findings</th><th data-type=\"number\">By category")
          .append("</th><th data-type=\"number\">Removed</th><th data-type=\"number\">")
          .append("Replaced</th><th data-type=\"number\">Flagged</th><th data-type=\"number\">")
          .append("Severity</th><th data-type=\"number\">MT likelihood</th>")
          .append("<th data-type=\"number\">Quality</th></tr></thead><tbody>\n");
      return sb.toString();
    }
  }

  /** The overview's row of one document, whose page is {@code page}. */
  private static void row(StringBuilder sb, Result r, String page) {
    Assessment as = r.assessment();
    int[] byAction = new int[Action.values().length];
    Map<Category, Integer> cats = new EnumMap<>(Category.class);
    for (Annotation a : r.annotations()) {
      byAction[a.action().ordinal()]++;
      cats.merge(a.category(), 1, Integer::sum);
    }
    int n = r.annotations().size();
    String severity = r.maxSeverity().map(Severity::id).orElse("");
    sb.append("<tr data-name=\"").append(esc(r.document().id())).append("\" data-findings=\"")
        .append(n).append("\" data-mt=\"")
        .append(as.machineTranslationLikely() ? "likely" : "unlikely").append("\">")
        .append("<td><a href=\"").append(DOCUMENTS).append('/').append(esc(page))
        .append("\">").append(esc(r.document().id())).append("</a>")
        .append(r.failures().isEmpty() ? "" : " <span class=\"failures\">(rule failures)</span>")
        .append("</td><td class=\"num\">").append(n).append("</td><td data-sort=\"").append(n)
        .append("\"><div class=\"stack\" style=\"--n:").append(n).append("\">");
    for (Map.Entry<Category, Integer> e : cats.entrySet()) {
      sb.append("<span class=\"c-").append(e.getKey().id()).append("\" style=\"flex:")
          .append(e.getValue()).append("\" title=\"").append(e.getKey().id()).append(": ")
          .append(e.getValue()).append("\"></span>");
    }
    sb.append("</div></td><td class=\"num\">").append(byAction[Action.REMOVE.ordinal()])
        .append("</td><td class=\"num\">").append(byAction[Action.REPLACE.ordinal()])
        .append("</td><td class=\"num\">").append(byAction[Action.FLAG.ordinal()])
        .append("</td><td data-sort=\"")
        .append(r.maxSeverity().map(s -> s.ordinal() + 1).orElse(0)).append("\">")
        .append(severity.isEmpty() ? "–" : "<span class=\"sev s-" + severity + "\">" + severity
            + "</span>")
        .append("</td><td data-sort=\"").append(as.machineTranslationScore()).append("\">")
        .append(pct(as.machineTranslationScore())).append(as.machineTranslationLikely()
            ? " <b>likely</b>" : "").append(bar("mt", as.machineTranslationScore()))
        .append("</td><td data-sort=\"").append(as.qualityScore()).append("\">")
        .append(pct(as.qualityScore())).append(bar("quality", as.qualityScore()))
        .append("</td></tr>\n");
  }

  private static void head(StringBuilder sb, String title) {
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"textqc\">\n<title>").append(esc(title))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
  }

  private static void card(StringBuilder sb, String label, String value, String cls) {
    sb.append("<div class=\"card ").append(cls).append("\"><div class=\"v\">").append(esc(value))
        .append("</div><div class=\"k\">").append(esc(label)).append("</div></div>");
  }

  private static void mtCard(StringBuilder sb, Assessment as) {
    boolean likely = as.machineTranslationLikely();
    sb.append("<div class=\"card mt\"><div class=\"v ").append(likely ? "likely" : "unlikely")
        .append("\">").append(pct(as.machineTranslationScore()))
        .append("</div><div class=\"k\">machine translation: ")
        .append(likely ? "likely" : "unlikely").append("</div>")
        .append(bar("mt", as.machineTranslationScore())).append("</div>");
  }

  private static String bar(String kind, double value) {
    double v = Math.max(0, Math.min(1, value));
    // The MT bar's colour says how worried to be: green below 40 %, amber below 70 %, then red.
    String colour = !kind.equals("mt") ? "" : v < 0.4 ? "var(--ok)" : v < 0.7 ? "var(--warning)"
        : "var(--error)";
    return String.format(Locale.ROOT, "<div class=\"bar %s\"><span style=\"width:%.0f%%%s\">"
        + "</span></div>", kind, v * 100, colour.isEmpty() ? "" : ";background:" + colour);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", v * 100);
  }

  private static int changedChars(Result r) {
    int n = 0;
    for (Annotation a : r.annotations()) {
      if (a.action() != Action.FLAG) {
        n += a.span().length();
      }
    }
    return n;
  }

  /** HTML escaping; characters HTML cannot show (controls, lone surrogates) become U+FFFD. */
  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\n', '\t' -> sb.append(c);
        case '\r' -> { }
        default -> sb.append(c < 0x20 || Character.isSurrogate(c) || c == 0x7F ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/textqc/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("report resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
