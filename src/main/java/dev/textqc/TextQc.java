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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

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
  /** The built-in rules {@link #preloadBuiltinRules} is loading, until a create takes them. */
  private static final AtomicReference<FutureTask<List<Rule>>> PRELOADED =
      new AtomicReference<>();

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
      all.addAll(builtinRules(loader));
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

  /**
   * Starts loading the built-in rules on a background thread; the next {@link #create} that
   * loads them takes the result instead of loading them itself. For a caller with other start-up
   * work to do first (the CLI parsing its arguments): on a machine with two cores the two overlap.
   * The built-in rules are the same whatever the config (the detectors they name do not depend on
   * it), so any config can take them. Calling it again before a create has taken them does
   * nothing.
   */
  public static void preloadBuiltinRules() {
    FutureTask<List<Rule>> task = new FutureTask<>(
        () -> new RuleLoader(Detectors.all(Config.defaults())).loadBuiltin());
    if (PRELOADED.compareAndSet(null, task)) {
      Thread t = new Thread(task, "textqc-rule-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  private static List<Rule> builtinRules(RuleLoader loader) {
    FutureTask<List<Rule>> task = PRELOADED.getAndSet(null);
    if (task == null) {
      return loader.loadBuiltin();
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuleConfigException("interrupted while loading the built-in rules", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // a broken rule file: the same exception a load on this thread would throw
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new RuleConfigException("cannot load the built-in rules: " + e.getCause(), e);
    }
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
