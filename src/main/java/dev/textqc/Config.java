package dev.textqc;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Settings for a run, flowing one way from the CLI or the Maven plugin into the library.
 *
 * @param ruleFolders extra folders of user rules, loaded after the built-in packs
 * @param builtinRules whether the built-in rule packs are loaded
 * @param enable if not empty, only rules whose id, category or type is listed run
 * @param disable rules whose id, category or type is listed do not run
 * @param grammar whether the LanguageTool stage runs
 * @param language document language when the input does not say (ISO 639-1)
 */
public record Config(List<Path> ruleFolders, boolean builtinRules, Set<String> enable,
    Set<String> disable, boolean grammar, String language) {

  public Config {
    ruleFolders = List.copyOf(ruleFolders);
    enable = Set.copyOf(enable);
    disable = Set.copyOf(disable);
    language = language == null ? "en" : language;
  }

  public static Config defaults() {
    return new Config(List.of(), true, Set.of(), Set.of(), false, "en");
  }

  public Config withRuleFolders(List<Path> folders) {
    return new Config(folders, builtinRules, enable, disable, grammar, language);
  }

  public Config withEnable(Set<String> ids) {
    return new Config(ruleFolders, builtinRules, ids, disable, grammar, language);
  }

  public Config withDisable(Set<String> ids) {
    return new Config(ruleFolders, builtinRules, enable, ids, grammar, language);
  }

  public Config withGrammar(boolean on) {
    return new Config(ruleFolders, builtinRules, enable, disable, on, language);
  }

  public Config withBuiltinRules(boolean on) {
    return new Config(ruleFolders, on, enable, disable, grammar, language);
  }
}
