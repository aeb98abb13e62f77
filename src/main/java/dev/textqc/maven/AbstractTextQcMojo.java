package dev.textqc.maven;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.cache.ResultCache;
import dev.textqc.document.Document;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import dev.textqc.report.ReportFormat;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleConfigException;
import dev.textqc.rule.RuleMeta;
import dev.textqc.source.InputOptions;
import dev.textqc.source.Inputs;
import dev.textqc.source.SourceItem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code textqc:check} and {@code textqc:clean} share: the parameters, finding the content
 * files, building the library's {@link Config}, and checking each file once (results of unchanged
 * files come from a content-hash cache under {@code target/textqc/cache}). The checking itself is
 * the library's; this class only turns build settings into library calls and library errors into
 * messages a build user can act on.
 */
abstract class AbstractTextQcMojo extends AbstractMojo {
  private static final Set<String> INPUT_FORMATS = Set.of("auto", "text", "jsonl", "html");

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  /** Content files to check: Ant-style patterns relative to the project folder. */
  @Parameter(property = "textqc.includes", defaultValue = "src/content/**")
  List<String> includes;

  /** Files to leave out, as Ant-style patterns relative to the project folder. */
  @Parameter(property = "textqc.excludes")
  List<String> excludes;

  /** Folders of extra rules (one YAML file per rule), loaded after the built-in rule packs. */
  @Parameter(property = "textqc.ruleFolders")
  List<File> ruleFolders;

  /** Whether the built-in rule packs run. */
  @Parameter(property = "textqc.builtinRules", defaultValue = "true")
  boolean builtinRules;

  /** Run only these rules, categories, types or stages (empty: all). */
  @Parameter(property = "textqc.enable")
  List<String> enable;

  /** Do not run these rules, categories, types or stages. */
  @Parameter(property = "textqc.disable")
  List<String> disable;

  /** Run the LanguageTool grammar stage too (slower). */
  @Parameter(property = "textqc.grammar", defaultValue = "false")
  boolean grammar;

  /** Language of the content (ISO 639-1) when the input does not say. */
  @Parameter(property = "textqc.language", defaultValue = "en")
  String language;

  /** How to read content files: auto, text, jsonl or html. */
  @Parameter(property = "textqc.inputFormat", defaultValue = "auto")
  String inputFormat;

  /** Where reports, cleaned files and the cache go. */
  @Parameter(property = "textqc.outputDirectory",
      defaultValue = "${project.build.directory}/textqc")
  File outputDirectory;

  /** Reuse results of files that have not changed since the last build (same rules, settings). */
  @Parameter(property = "textqc.cache", defaultValue = "true")
  boolean cache;

  /** Skip textqc entirely. */
  @Parameter(property = "textqc.skip", defaultValue = "false")
  boolean skip;

  /**
   * Files larger than this are checked but not cached. Storing a file in the cache needs all its
   * results at once (document text, annotations) and then the entry as a JSON tree, a few times
   * the file's size in heap; a file of news pages or a small corpus is far below 16 MB, so the
   * usual content keeps its cache, while a large JSONL corpus streams through with no more than a
   * record in memory instead of a copy of the whole corpus. 16 MB is also the size up to which the
   * input reader reads a file in one piece.
   */
  static final long MAX_CACHED_FILE_BYTES = 16L << 20;

  /** The bound in force (see {@link #MAX_CACHED_FILE_BYTES}); tests lower it. */
  long maxCachedFileBytes = MAX_CACHED_FILE_BYTES;

  /**
   * Takes each content file's results as {@link #check} makes them (or reads them from the cache),
   * so a goal writes what it needs and drops the result: no build holds its whole content.
   */
  interface ResultSink {
    /** A readable file's results are about to come; {@code cached}: they come from the cache. */
    void startFile(String path, boolean cached) throws IOException;

    /** One document of the file, in file order. */
    void result(String path, Result result) throws IOException;

    /** The file has delivered all its results (none, when every record of it failed to load). */
    void endFile(String path) throws IOException;
  }

  /**
   * What a check leaves once its results have gone to the sink: the counts, the rules that ran and
   * the problems (unreadable files, bad records, failing rules).
   *
   * @param documents documents checked or read from the cache
   * @param files content files that could be read
   * @param cachedFiles files whose results came from the cache
   */
  record Run(long documents, int files, int cachedFiles, List<RuleMeta> rules,
      List<String> problems) {}

  /** The files matching the file set, relative to the project folder; empty when none match. */
  List<String> contentFiles() throws MojoExecutionException {
    try {
      return ContentFiles.scan(basedir.toPath(), nonEmpty(includes, List.of("src/content/**")),
          nonEmpty(excludes, List.of()), buildDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("textqc: cannot list content files under " + basedir
          + ": " + e.getMessage(), e);
    }
  }

  Config config() throws MojoExecutionException {
    List<Path> folders = new ArrayList<>();
    for (File f : nonEmpty(ruleFolders, List.<File>of())) {
      Path p = f.isAbsolute() ? f.toPath() : basedir.toPath().resolve(f.toPath());
      if (!Files.isDirectory(p)) {
        throw new MojoExecutionException("textqc: rule folder " + p + " does not exist or is "
            + "not a folder; fix <ruleFolders> (or -Dtextqc.ruleFolders) to name a folder of "
            + "rule YAML files");
      }
      folders.add(p);
    }
    if (!INPUT_FORMATS.contains(inputFormat)) {
      throw new MojoExecutionException("textqc: unknown inputFormat '" + inputFormat
          + "'; accepted values: auto, text, jsonl, html");
    }
    return new Config(folders, builtinRules, trimmed(enable), trimmed(disable), grammar,
        language);
  }

  /** Loads the rules; a broken rule file or an unknown rule name fails with what to fix. */
  TextQc load(Config config) throws MojoExecutionException {
    try {
      TextQc qc = TextQc.create(config);
      if (!config.enable().isEmpty() || !config.disable().isEmpty()) {
        checkNames(TextQc.create(config.withEnable(Set.of()).withDisable(Set.of())
            .withGrammar(true)), config);
      }
      return qc;
    } catch (RuleConfigException e) {
      throw new MojoExecutionException("textqc: cannot load rules: " + e.getMessage()
          + "\nFix that rule file, or leave its folder out of <ruleFolders>.", e);
    }
  }

  private static void checkNames(TextQc all, Config config) throws MojoExecutionException {
    Set<String> known = new TreeSet<>();
    for (Rule r : all.rules()) {
      RuleMeta m = r.meta();
      known.addAll(List.of(m.id(), m.category().id(), m.type(), m.stage().id()));
    }
    for (Category c : Category.values()) {
      known.add(c.id());
    }
    for (String name : union(config.enable(), config.disable())) {
      if (!known.contains(name)) {
        throw new MojoExecutionException("textqc: <enable>/<disable> names '" + name
            + "', which is no rule id, category, type or stage; categories are "
            + EnumSet.allOf(Category.class).stream().map(Category::id).toList()
            + " (run `textqc rules` for the rule ids)");
      }
    }
  }

  /** The rules' metadata, for reports and {@link Run#rules()}. */
  static List<RuleMeta> ruleMetas(TextQc qc) {
    return qc.rules().stream().map(Rule::meta).toList();
  }

  /**
   * Checks every file, reusing cached results of unchanged files, and hands each result to
   * {@code sink} as it is made; only the results of a file small enough to cache wait, until the
   * file is stored.
   *
   * @throws IOException when the sink fails; files that cannot be read are problems of the run
   */
  Run check(TextQc qc, Config config, List<String> files, ResultSink sink)
      throws MojoExecutionException, IOException {
    ResultCache store = cache ? openCache(qc, config) : null;
    InputOptions options = new InputOptions(inputFormat, "id", "text", List.of(), List.of(),
        null);
    List<String> problems = new ArrayList<>();
    long documents = 0;
    int readable = 0;
    int cachedFiles = 0;
    for (String rel : files) {
      Path file = basedir.toPath().resolve(rel);
      String key;
      try {
        key = cacheKey(store, rel, file);
      } catch (IOException e) {
        problems.add(rel + ": cannot read: " + e.getMessage());
        continue;
      }
      readable++;
      Optional<List<Result>> hit = key == null ? Optional.empty() : store.get(key);
      sink.startFile(rel, hit.isPresent());
      if (hit.isPresent()) {
        cachedFiles++;
        for (Result r : hit.get()) {
          sink.result(rel, r);
          documents++;
        }
        sink.endFile(rel);
        continue;
      }
      List<Result> toCache = key == null ? null : new ArrayList<>();
      Inputs inputs = new Inputs(List.of(file.toString()), options, InputStream::nullInputStream);
      boolean corpus = isCorpus(rel);
      while (inputs.hasNext()) {
        SourceItem item = inputs.next();
        if (item instanceof SourceItem.Deferred deferred) {
          item = deferred.loadOrFail(); // a JSONL record's failure names its line
        }
        if (item instanceof SourceItem.Failed f) {
          problems.add(f.message().replace(file.toString(), rel));
          continue;
        }
        Document d = ((SourceItem.Loaded) item).document();
        // Plain files are named by their path in the project; corpus records keep their ids.
        Document named = new Document(corpus ? d.id() : rel, d.text(), corpus ? d.language()
            : language, d.extracted(), d.metadata(), d.structure());
        Result r = qc.check(named);
        r.failures().forEach(fl -> problems.add(rel + ": " + fl));
        sink.result(rel, r);
        documents++;
        if (toCache != null) {
          toCache.add(r);
        }
      }
      sink.endFile(rel);
      if (toCache != null) {
        try {
          store.put(key, toCache);
        } catch (IOException | RuntimeException e) {
          getLog().debug("textqc: not caching " + rel + ": " + e);
        }
      }
    }
    return new Run(documents, readable, cachedFiles, ruleMetas(qc), problems);
  }

  /**
   * The file's cache key, or null when its results are not to be cached (no cache, or a file over
   * {@link #maxCachedFileBytes}, which is then not read here at all). Either way an unreadable file
   * fails here, before any of it reaches the sink.
   */
  private String cacheKey(ResultCache store, String rel, Path file) throws IOException {
    if (store == null || Files.size(file) > maxCachedFileBytes) {
      Files.newInputStream(file).close();
      return null;
    }
    return ResultCache.fileKey(rel, Files.readAllBytes(file));
  }

  boolean isCorpus(String rel) {
    String name = rel.toLowerCase(Locale.ROOT);
    return inputFormat.equals("jsonl") || inputFormat.equals("auto")
        && (name.endsWith(".jsonl") || name.endsWith(".ndjson"));
  }

  private ResultCache openCache(TextQc qc, Config config) {
    try {
      List<String> parts = new ArrayList<>(List.of("textqc-cache-1", codeStamp(),
          String.valueOf(config.builtinRules()), new TreeSet<>(config.enable()).toString(),
          new TreeSet<>(config.disable()).toString(), String.valueOf(config.grammar()),
          config.language(), inputFormat));
      for (Path folder : config.ruleFolders()) {
        parts.add(folder.toAbsolutePath().toString());
        parts.add(ResultCache.hashTree(folder));
      }
      qc.rules().forEach(r -> parts.add(r.meta().id()));
      return ResultCache.open(outputDirectory.toPath().resolve("cache"), ResultCache.hash(parts)
          .substring(0, 24));
    } catch (IOException | RuntimeException e) {
      getLog().warn("textqc: cache disabled (" + e.getMessage() + ")");
      return null;
    }
  }

  /**
   * Identifies the textqc build in use, so a new plugin jar (new rules, new detectors) never reuses
   * old results: the jar's size and time, or for classes in a folder a hash of the rule packs.
   */
  private static String codeStamp() throws IOException {
    CodeSource src = TextQc.class.getProtectionDomain().getCodeSource();
    if (src == null) {
      return "unknown";
    }
    try {
      Path p = Path.of(src.getLocation().toURI());
      if (Files.isRegularFile(p)) {
        return p.getFileName() + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p)
            .toMillis();
      }
      return "dir:" + ResultCache.hashTree(p.resolve("textqc"));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return src.getLocation().toString();
    }
  }

  /** The report formats named by a comma-separated list; an unknown name says what is valid. */
  static List<ReportFormat> formats(List<String> names) throws MojoExecutionException {
    Set<ReportFormat> out = new LinkedHashSet<>();
    for (String n : nonEmpty(names, List.<String>of())) {
      if (n.isBlank() || n.trim().equalsIgnoreCase("none")) {
        continue;
      }
      try {
        out.add(ReportFormat.parse(n));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("textqc: <formats>: " + e.getMessage());
      }
    }
    return new ArrayList<>(out);
  }

  static <T> List<T> nonEmpty(List<T> list, List<T> fallback) {
    return list == null || list.isEmpty() ? fallback : list;
  }

  private static Set<String> trimmed(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : nonEmpty(names, List.<String>of())) {
      if (!n.isBlank()) {
        out.add(n.trim());
      }
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** A path for messages: relative to the project folder when it is inside it. */
  String shown(Path p) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
  }
}
