package dev.textqc.detect.quote;

import dev.textqc.detect.quote.QuoteIssue.Kind;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Detector {@code quote-balance}: reports one kind of {@link QuoteIssue} ({@code report:}
 * {@code unclosed}, {@code stray-closer} or {@code space-inside}) using the quote styles of
 * {@code stylesFile}. The analysis runs once per text and is shared by the rules that read it.
 * A space inside the marks is removed (certain); the other problems are flagged, since which mark
 * is wrong needs a reader.
 */
public final class QuoteBalanceDetector implements DetectorFactory {

  @Override
  public String name() {
    return "quote-balance";
  }

  @Override
  public Set<String> keys() {
    return Set.of("report", "stylesFile");
  }

  @Override
  public Rule create(RuleMeta meta, RuleParams params) {
    String report = params.requiredString("report");
    Kind kind;
    try {
      kind = Kind.valueOf(report.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw params.error("report", "has value '" + report
          + "', which is not one of: unclosed, stray-closer, space-inside");
    }
    String file = params.requiredString("stylesFile");
    List<QuoteStyle> styles;
    try {
      styles = QuoteStyle.parse(params.readListFile("stylesFile", file), file);
    } catch (IllegalArgumentException e) {
      throw params.error("stylesFile", e.getMessage());
    }
    return new QuoteRule(meta, kind, StylesKey.of(styles));
  }

  /**
   * Cache key of the shared analysis: rules reading the same style table share one walk. Interned
   * per style list and compared by identity (a record key hashed every style on each lookup).
   */
  static final class StylesKey {
    private static final Map<List<QuoteStyle>, StylesKey> KEYS = new ConcurrentHashMap<>();

    private final List<QuoteStyle> styles;

    private StylesKey(List<QuoteStyle> styles) {
      this.styles = styles;
    }

    static StylesKey of(List<QuoteStyle> styles) {
      return KEYS.computeIfAbsent(List.copyOf(styles), StylesKey::new);
    }

    List<QuoteStyle> styles() {
      return styles;
    }
  }

  record QuoteRule(RuleMeta meta, Kind kind, StylesKey key) implements Rule {
    @Override
    public void check(AnalyzedText text, Consumer<Annotation> out) {
      // a text without marks costs a few indexOf scans; the walk never splits the lines
      List<QuoteIssue> issues = text.derived(key,
          t -> QuoteAnalysis.analyze(t.text(), key.styles()));
      for (QuoteIssue issue : issues) {
        if (issue.kind() != kind) {
          continue;
        }
        if (kind == Kind.SPACE_INSIDE) {
          out.accept(meta.replace(issue.span(), ""));
        } else if (issue.earlyClose()) {
          out.accept(meta.flag(issue.span(), "Closing quotation mark with no quotation open;"
              + " an earlier closing mark in this paragraph probably ended the quotation too soon.",
              meta.confidence()));
        } else {
          out.accept(meta.annotate(issue.span()));
        }
      }
    }
  }
}
