package dev.textqc.cli;

import dev.textqc.Config;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.source.InputOptions;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by {@code check} and {@code clean}: inputs, rules and stages. */
final class CommonOptions {

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files, folders (read recursively) or - for standard input.")
  List<String> inputs = new ArrayList<>();

  /** Input formats; lower-case names are what users type. */
  enum InputFormat {
    AUTO, TEXT, JSONL, HTML;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto reads *.jsonl as "
          + "JSONL, sniffs HTML by content, and reads the rest as UTF-8 text).")
  InputFormat inputFormat;

  @Option(names = "--id-field", defaultValue = "id", paramLabel = "NAME",
      description = "JSONL field holding the record id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(names = "--text-field", defaultValue = "text", paramLabel = "NAME",
      description = "JSONL field holding the text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--include", split = ",", paramLabel = "GLOB",
      description = "Only read files in folders that match (e.g. '**/*.txt').")
  List<String> include = new ArrayList<>();

  @Option(names = "--exclude", split = ",", paramLabel = "GLOB",
      description = "Skip files in folders that match.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Charset of text input (default: strict UTF-8).")
  Charset charset;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Also load the rules in this folder (repeatable).")
  List<Path> ruleFolders = new ArrayList<>();

  @Option(names = "--no-builtin-rules", description = "Do not load the built-in rule packs.")
  boolean noBuiltin;

  @Option(names = "--enable", split = ",", paramLabel = "ID",
      description = "Run only these rules, categories, types or stages.")
  Set<String> enable = new LinkedHashSet<>();

  @Option(names = "--disable", split = ",", paramLabel = "ID",
      description = "Do not run these rules, categories, types or stages.")
  Set<String> disable = new LinkedHashSet<>();

  @Option(names = "--grammar", description = "Also run the LanguageTool grammar stage (slower).")
  boolean grammar;

  @Option(names = "--corpus-memory", negatable = true, defaultValue = "true",
      fallbackValue = "true",
      description = "Learn lines that recur across the documents of this run (a folder, a JSONL "
          + "corpus) and remove them as template boilerplate (default: on; bounded memory).")
  boolean corpusMemory;

  CorpusMemory corpusMemory() {
    return corpusMemory ? new BoundedCorpusMemory() : CorpusMemory.NONE;
  }

  Config config() {
    return Config.defaults().withRuleFolders(ruleFolders).withBuiltinRules(!noBuiltin)
        .withEnable(enable).withDisable(disable).withGrammar(grammar);
  }

  InputOptions inputOptions() {
    return new InputOptions(inputFormat.toString(), idField, textField, include, exclude, charset);
  }
}
