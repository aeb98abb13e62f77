package dev.textqc;

import dev.textqc.detect.Detectors;
import dev.textqc.detect.SignalAssessor;
import dev.textqc.document.Document;
import dev.textqc.pipeline.Pipeline;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleConfigException;
import dev.textqc.rule.RuleLoader;
import dev.textqc.rule.RuleMeta;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The library facade: load the rules once, then check and clean any number of documents, from any
 * number of threads.
 *
 * <pre>{@code
 * TextQc qc = TextQc.create(Config.defaults());
 * Result r = qc.check(Document.of("a.txt", text));
 * r.cleaned();        // the cleaned text
 * r.annotations();    // every finding, spans in the original text
 * }</pre>
 */
public final class TextQc {
  private final List<Rule> rules;
  private final Pipeline pipeline;

  private TextQc(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.pipeline = new Pipeline(this.rules, new SignalAssessor());
  }

  /** Loads the built-in and user rules the config asks for; fails fast on a broken rule file. */
  public static TextQc create(Config config) {
    RuleLoader loader = new RuleLoader(Detectors.all(config));
    List<Rule> all = new ArrayList<>();
    if (config.builtinRules()) {
      all.addAll(loader.loadBuiltin());
    }
    for (Path folder : config.ruleFolders()) {
      all.addAll(loader.loadFolder(folder));
    }
    Set<String> seen = new HashSet<>();
    for (Rule r : all) {
      if (!seen.add(r.meta().id())) {
        throw new RuleConfigException(r.meta().source() + ": rule " + r.meta().id()
            + ": key 'id' duplicates a rule that is already loaded; rule ids must be unique");
      }
    }
    List<Rule> selected = new ArrayList<>();
    for (Rule r : all) {
      if (selected(r.meta(), config)) {
        selected.add(r);
      }
    }
    return new TextQc(selected);
  }

  /** A pipeline over exactly these rules (tests, embedding). */
  public static TextQc of(List<? extends Rule> rules) {
    return new TextQc(List.copyOf(rules));
  }

  private static boolean selected(RuleMeta m, Config c) {
    Set<String> keys = new HashSet<>(List.of(m.id(), m.category().id(), m.type(), m.stage().id()));
    if (!c.enable().isEmpty() && c.enable().stream().noneMatch(keys::contains)) {
      return false;
    }
    if (m.stage() == dev.textqc.rule.Stage.GRAMMAR && !c.grammar()) {
      return false;
    }
    return c.disable().stream().noneMatch(keys::contains);
  }

  public Result check(Document document) {
    return pipeline.run(document);
  }

  public Result check(Document document, CorpusMemory corpus) {
    return pipeline.run(document, corpus);
  }

  public List<Rule> rules() {
    return rules;
  }
}
