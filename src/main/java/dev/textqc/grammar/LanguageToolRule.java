package dev.textqc.grammar;

import dev.textqc.detect.garbled.GarbleScore;
import dev.textqc.detect.garbled.Sentence;
import dev.textqc.detect.garbled.SentenceSplitter;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * The LanguageTool stage: English grammar checking on the cleaned text, reported as flags with
 * LanguageTool's own rule ids ({@code LT:AGREEMENT_SENT_START}) and categories mapped to ours.
 *
 * <p>Why a stage of its own: LanguageTool finds agreement and word-order damage our cheap rules
 * cannot see, but it checks about 300 sentences per second per core, a hundred times slower than
 * the cheap detectors. So it is off by default ({@code --grammar} turns it on) and runs in
 * <b>cascade</b> mode: only sentences our cheap signals find suspicious go to LanguageTool (long,
 * comma-heavy sentences, where translation damage collects, and sentences with a cheap cue such as
 * a lower-case start or a very short fragment). Mode {@code all} checks every sentence.
 *
 * <p>On scraped news, some LanguageTool rules mostly report the page, not the prose (unpaired
 * quotes across paragraphs, a lower-case sentence start left by scraping, white space); they are
 * disabled in the rule file, and the remaining findings carry a low confidence so they never
 * outweigh our own rules. Spelling is off by default (names and transliterations dominate its
 * findings in news). {@code JLanguageTool} is not thread-safe: each thread gets its own, created on
 * first use.
 */
public final class LanguageToolRule implements Rule {
  /** Which sentences go to LanguageTool. */
  public enum Mode { CASCADE, ALL }

  private final RuleMeta meta;
  private final Settings settings;
  private final Set<String> abbreviations;
  private final SentenceSplitter splitter;
  private final ThreadLocal<JLanguageTool> tool;

  /**
   * The rule-file settings.
   *
   * @param mode which sentences are checked
   * @param cascadeThreshold in cascade mode, sentences whose shape prior reaches this are checked
   * @param spelling whether LanguageTool's spelling rules run
   * @param disabledRules LanguageTool rule ids that stay off
   * @param disabledCategories LanguageTool category ids that stay off
   * @param confidence confidence of a finding, by LanguageTool category id ({@code default} for
   *     the rest)
   */
  public record Settings(Mode mode, double cascadeThreshold, boolean spelling,
      Set<String> disabledRules, Set<String> disabledCategories, Map<String, Double> confidence) {

    public Settings {
      disabledRules = Set.copyOf(disabledRules);
      disabledCategories = Set.copyOf(disabledCategories);
      confidence = Map.copyOf(confidence);
    }

    public Settings withMode(Mode m) {
      return new Settings(m, cascadeThreshold, spelling, disabledRules, disabledCategories,
          confidence);
    }
  }

  public LanguageToolRule(RuleMeta meta, Settings settings, Set<String> abbreviations) {
    this.meta = meta;
    this.settings = settings;
    this.abbreviations = Set.copyOf(abbreviations);
    this.splitter = new SentenceSplitter(abbreviations);
    this.tool = ThreadLocal.withInitial(this::newTool);
  }

  /** The factory for {@code detector: languagetool}. */
  public static DetectorFactory factory() {
    return new DetectorFactory() {
      @Override
      public String name() {
        return "languagetool";
      }

      @Override
      public Set<String> keys() {
        return Set.of("mode", "cascadeThreshold", "spelling", "disabledRules",
            "disabledCategories", "confidenceByCategory", "abbreviations", "abbreviationsFile");
      }

      @Override
      public Rule create(RuleMeta meta, RuleParams params) {
        return new LanguageToolRule(meta, settings(params), new java.util.HashSet<>(
            params.stringsWithFile("abbreviations", "abbreviationsFile")));
      }
    };
  }

  static Settings settings(RuleParams params) {
    String mode = params.string("mode", "cascade").toUpperCase(Locale.ROOT);
    if (!mode.equals("CASCADE") && !mode.equals("ALL")) {
      throw params.error("mode", "has value '" + mode.toLowerCase(Locale.ROOT)
          + "', which is not one of: cascade, all");
    }
    Map<String, Double> conf = new java.util.HashMap<>();
    for (String entry : params.strings("confidenceByCategory")) {
      String[] kv = entry.split("=", 2);
      try {
        conf.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
      } catch (RuntimeException e) {
        throw params.error("confidenceByCategory", "entries must read CATEGORY=0.5, got '"
            + entry + "'");
      }
    }
    return new Settings(Mode.valueOf(mode), params.number("cascadeThreshold", 0.27),
        params.bool("spelling", false), Set.copyOf(params.strings("disabledRules")),
        Set.copyOf(params.strings("disabledCategories")), conf);
  }

  /** The same rule checking sentences in another mode (for throughput comparisons). */
  public LanguageToolRule withMode(Mode mode) {
    return new LanguageToolRule(meta, settings.withMode(mode), abbreviations);
  }

  public Settings settings() {
    return settings;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  private JLanguageTool newTool() {
    JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    for (org.languagetool.rules.Rule r : lt.getAllRules()) {
      boolean spellingRule = r.isDictionaryBasedSpellingRule()
          || r instanceof org.languagetool.rules.spelling.SpellingCheckRule;
      if ((spellingRule && !settings.spelling()) || settings.disabledRules().contains(r.getId())
          || settings.disabledCategories().contains(r.getCategory().getId().toString())) {
        lt.disableRule(r.getId());
      }
    }
    return lt;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    JLanguageTool lt = tool.get();
    for (Sentence s : splitter.sentences(text)) {
      if (!shouldCheck(s)) {
        continue;
      }
      List<RuleMatch> matches;
      try {
        matches = lt.check(s.text());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (RuleMatch m : matches) {
        int from = s.span().start() + Math.max(0, m.getFromPos());
        int to = s.span().start() + Math.min(s.text().length(), m.getToPos());
        if (to <= from) {
          continue;
        }
        out.accept(annotation(m, new Span(from, to)));
      }
    }
  }

  /** The sentences of a text as this rule splits them. */
  public List<Sentence> sentences(AnalyzedText text) {
    return splitter.sentences(text);
  }

  /** Whether a sentence goes to LanguageTool in the configured mode. */
  public boolean shouldCheck(Sentence s) {
    if (settings.mode() == Mode.ALL) {
      return true;
    }
    return GarbleScore.prior(s.text()) >= settings.cascadeThreshold() || hasCheapCue(s);
  }

  /** Cheap cues of a damaged sentence: a lower-case start mid-paragraph, or a tiny fragment. */
  static boolean hasCheapCue(Sentence s) {
    String t = s.text();
    if (t.isEmpty()) {
      return false;
    }
    boolean lowerStart = s.index() > 0 && Character.isLowerCase(t.charAt(0));
    boolean fragment = s.index() > 0 && s.count() > 1 && s.words().size() <= 3;
    return lowerStart || fragment;
  }

  private Annotation annotation(RuleMatch m, Span span) {
    org.languagetool.rules.Rule r = m.getRule();
    String category = r.getCategory().getId().toString();
    double confidence = settings.confidence().getOrDefault(category,
        settings.confidence().getOrDefault("default", 0.4));
    List<String> suggestions = m.getSuggestedReplacements();
    String message = m.getMessage().replaceAll("</?suggestion>", "\"")
        + (suggestions.isEmpty() ? "" : " Suggestion: " + suggestions.get(0));
    return new Annotation("LT:" + r.getId(), category(category), "lt-"
        + category.toLowerCase(Locale.ROOT).replace('_', '-'), Severity.INFO, span, Action.FLAG,
        null, message, confidence);
  }

  /** LanguageTool categories in ours: grammar and word choice are garbling, the rest by name. */
  static Category category(String ltCategory) {
    return switch (ltCategory) {
      case "PUNCTUATION", "TYPOGRAPHY" -> Category.PUNCTUATION;
      case "REDUNDANCY", "REPETITIONS", "REPETITIONS_STYLE" -> Category.REPETITION;
      default -> Category.GARBLED;
    };
  }
}
