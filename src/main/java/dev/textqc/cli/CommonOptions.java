package dev.textqc.cli;

import dev.textqc.Config;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.source.InputOptions;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
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
    AUTO, TEXT, JSONL, HTML, WARC;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto reads *.jsonl and "
          + "*.warc/*.wet (also .gz, .zst) as corpora, sniffs HTML, PDF, DOCX, ODT, EPUB and RTF "
          + "by content, and reads the rest as UTF-8 text).")
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
      description = "Charset of text and HTML input (default: strict UTF-8 for text; for HTML "
          + "the HTTP/WARC header, then the page's own <meta charset>).")
  Charset charset;

  @Option(names = {"-j", "--threads"}, paramLabel = "N", converter = ThreadCountConverter.class,
      description = "Documents checked in parallel (default, or 0: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
      description = "Skip (and report) a document that takes longer, e.g. 30s, 500ms, 2m "
          + "(default: no limit).")
  Duration timeout;

  /** When to draw the progress bar and print the end-of-run summary on stderr. */
  enum ProgressMode {
    AUTO, ALWAYS, NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
      description = "Progress bar and summary on stderr: ${COMPLETION-CANDIDATES} (default: "
          + "${DEFAULT-VALUE}, only when stderr is a terminal).")
  ProgressMode progress;

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

  Runner.Settings runnerSettings(PrintWriter err) {
    boolean show = progress == ProgressMode.ALWAYS
        || progress == ProgressMode.AUTO && Progress.stderrIsTerminal();
    return new Runner.Settings(threads, timeout,
        show ? new Progress(err, true, threads) : Progress.silent());
  }

  /** Reads a thread count: 0 means one per core, as in xz and zstd; fewer is a usage error. */
  static final class ThreadCountConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
      }
      if (n < 0) {
        throw new CommandLine.TypeConversionException("'" + value
            + "': must be 0 (one per core) or more");
      }
      return n == 0 ? Runtime.getRuntime().availableProcessors() : n;
    }
  }

  /** Reads 30s, 500ms, 2m, 1h or plain seconds. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?")
          .matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("'" + value
            + "' is not a duration (examples: 30s, 500ms, 2m)");
      }
      double v = Double.parseDouble(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      double ms = switch (unit) {
        case "ms" -> v;
        case "m" -> v * 60_000;
        case "h" -> v * 3_600_000;
        default -> v * 1000;
      };
      if (ms < 1) {
        throw new CommandLine.TypeConversionException("'" + value + "': must be at least 1 ms");
      }
      return Duration.ofMillis((long) ms);
    }
  }

  InputOptions inputOptions() {
    return new InputOptions(inputFormat.toString(), idField, textField, include, exclude, charset);
  }
}
