package dev.textqc.report;

import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fixed results for the report tests, built by hand (not by the rule packs, which keep changing)
 * so the golden files only change when a report format does.
 */
final class ReportFixtures {
  static final String DIRTY_TEXT = """
      Markets rally as rates hold
      Advertisement
      Stocks rose on Tuesday after the the central bank kept rates unchanged. .
      Analysts said the move was "expected, traders agreed.
      Read more: Five things to watch this week
      Caf\u00c3\u00a9 owners smiled \uD83D\uDE00 at the news.
      """;

  private ReportFixtures() {}

  static RuleMeta rule(String id, Category category, String type, Severity severity, Action action,
      String message) {
    return new RuleMeta(id, "test", category, type, severity, Stage.INLINE, action, 0.9, message,
        "Test rule " + id + ": " + message, List.of(), List.of(), "test/" + id + ".yaml");
  }

  static final RuleMeta AD = rule("BP_AD_MARKER", Category.BOILERPLATE, "ad-marker",
      Severity.WARNING, Action.REMOVE, "Advertisement placeholder left by the page layout.");
  static final RuleMeta READ_MORE = rule("BP_READ_MORE", Category.BOILERPLATE, "related-links",
      Severity.WARNING, Action.REMOVE, "Link to another article.");
  static final RuleMeta DOUBLED = rule("REP_DOUBLED_WORD", Category.REPETITION, "doubled-word",
      Severity.WARNING, Action.REPLACE, "The same word twice in a row.");
  static final RuleMeta DOUBLE_PERIOD = rule("PUNCT_DOUBLE_PERIOD", Category.PUNCTUATION,
      "double-period", Severity.WARNING, Action.REPLACE, "Two sentence ends in a row: keep one.");
  static final RuleMeta QUOTE = rule("QUOTE_UNBALANCED", Category.QUOTE, "unbalanced",
      Severity.INFO, Action.FLAG, "An opening quote that is never closed.");
  static final RuleMeta MOJIBAKE = rule("ENC_MOJIBAKE", Category.ENCODING, "mojibake",
      Severity.ERROR, Action.REPLACE, "UTF-8 read as Latin-1: repaired.");
  static final RuleMeta GARBLED = rule("MT_GARBLED", Category.GARBLED, "garbled-sentence",
      Severity.INFO, Action.FLAG, "Sentence reads like a broken machine translation.");

  static List<RuleMeta> rules() {
    return List.of(AD, READ_MORE, DOUBLED, DOUBLE_PERIOD, QUOTE, MOJIBAKE, GARBLED);
  }

  private static Span line(String text, String startsWith) {
    int s = text.indexOf(startsWith);
    return new Span(s, text.indexOf('\n', s) + 1);
  }

  private static Span find(String text, String what) {
    int s = text.indexOf(what);
    if (s < 0) {
      throw new IllegalArgumentException(what);
    }
    return new Span(s, s + what.length());
  }

  private static Annotation with(RuleMeta m, Span span, Action action, String replacement,
      double confidence) {
    return new Annotation(m.id(), m.category(), m.type(), m.severity(), span, action, replacement,
        m.message(), confidence);
  }

  /** A news article with one finding of most kinds, a flag overlapping two edits, and an emoji. */
  static Result dirty() {
    String t = DIRTY_TEXT;
    List<Annotation> a = new ArrayList<>();
    a.add(with(AD, line(t, "Advertisement"), Action.REMOVE, null, 0.99));
    a.add(with(DOUBLED, find(t, "the the"), Action.REPLACE, "the", 0.95));
    a.add(with(DOUBLE_PERIOD, find(t, ". ."), Action.REPLACE, ".", 0.97));
    a.add(with(GARBLED, find(t, "Stocks rose on Tuesday after the the central bank kept rates "
        + "unchanged. ."), Action.FLAG, null, 0.55));
    a.add(with(QUOTE, find(t, "\"expected, traders agreed."), Action.FLAG, null, 0.6));
    a.add(with(READ_MORE, line(t, "Read more:"), Action.REMOVE, null, 0.9));
    a.add(with(MOJIBAKE, find(t, "\u00c3\u00a9"), Action.REPLACE, "\u00e9", 0.92));
    a.sort(java.util.Comparator.comparing(Annotation::span).thenComparing(Annotation::rule));
    Assessment as = new Assessment(0.72, true, 0.48, List.of(
        new Assessment.Signal("garbled-sentences", 0.4, 1.0, "share of garbled sentences")));
    return Result.restore(new Document("news/markets.txt", t, "en", false, Map.of()), a, as,
        List.of());
  }

  static Result clean() {
    return Result.restore(Document.of("news/calm.txt", "A calm, clean paragraph.\n"), List.of(),
        new Assessment(0.05, false, 0.98, List.of()), List.of());
  }

  /**
   * A record whose text carries what XML and HTML cannot hold (a control character, a lone
   * surrogate) and markup characters, and a rule that crashed on it.
   */
  static Result awkward() {
    String t = "Tom & Jerry <b>said</b> \"hi\"\u0001 and \uD800 left,, quickly.\n";
    Annotation comma = new Annotation("PUNCT_DOUBLE_COMMA", Category.PUNCTUATION, "double-comma",
        Severity.WARNING, find(t, ",,"), Action.REPLACE, ",", "Two commas: keep one.", 0.9);
    return Result.restore(new Document("feed:rec-7", t, "en", false, Map.of()), List.of(comma),
        Assessment.CLEAN, List.of(new RuleFailure("MT_GARBLED", "feed:rec-7",
            "IllegalStateException: boom")));
  }

  static ReportData data() {
    return new ReportData(List.of(dirty(), clean(), awkward()), rules(), Severity.WARNING,
        "0.1.0-test");
  }
}
