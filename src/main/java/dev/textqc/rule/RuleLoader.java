package dev.textqc.rule;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.textqc.finding.Action;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import dev.textqc.rule.kinds.InlineRegexRule;
import dev.textqc.rule.kinds.LinePhrasesRule;
import dev.textqc.rule.kinds.LineRegexRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.JarURLConnection;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads declarative rules: one YAML file per rule, its id equal to the file name. See
 * {@code rules/README.md} for the format. Every problem is reported with the file, the rule id,
 * the key and the accepted values.
 */
public final class RuleLoader {
  /** Classpath folder holding the built-in rule packs (the top-level {@code rules/} folder). */
  public static final String BUILTIN_ROOT = "textqc/rules";

  /**
   * The built-in rule files compiled at build time (see {@link #main}): one JSON object whose keys
   * are the rule files' paths under {@link #BUILTIN_ROOT}, sorted, and whose values are their
   * parsed YAML. Read instead of the YAML files when the rules come from a jar.
   */
  static final String COMPILED = "textqc/rules.json";

  static final Set<String> KINDS = new LinkedHashSet<>(List.of(
      "line-phrases", "line-regex", "inline-regex", "detector"));

  private static final Set<String> COMMON_KEYS = Set.of("id", "kind", "category", "type",
      "severity", "stage", "action", "confidence", "message", "description", "examples");

  private static final Map<String, Set<String>> KIND_KEYS = Map.of(
      "line-phrases", Set.of("phrases", "phrasesFile", "match", "maxWords"),
      "line-regex", Set.of("pattern", "caseSensitive", "maxLength", "requires"),
      "inline-regex", Set.of("pattern", "caseSensitive", "replacement", "exceptions",
          "exceptionsFile", "requires", "scope"),
      "detector", Set.of("detector"));

  /** Made on first use: the compiled rules of a jar need no YAML parser (nor its start-up). */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
  }

  private final Map<String, DetectorFactory> detectors;

  public RuleLoader(Map<String, DetectorFactory> detectors) {
    this.detectors = Map.copyOf(detectors);
  }

  /** The rule packs shipped inside the jar. */
  public List<Rule> loadBuiltin() {
    URL url = RuleLoader.class.getClassLoader().getResource(BUILTIN_ROOT);
    if (url == null) {
      throw new RuleConfigException("built-in rules not found on the classpath at " + BUILTIN_ROOT);
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return loadFromJar(((JarURLConnection) url.openConnection()).getJarFile());
      }
      return loadFolder(Path.of(uri));
    } catch (URISyntaxException | IOException e) {
      throw new RuleConfigException("cannot read built-in rules at " + url + ": " + e, e);
    }
  }

  /**
   * The rules of a jar: from its compiled index when it has one (every jar the build makes), so
   * loading neither lists the jar's entries (60,000 in the CLI jar) nor parses YAML; otherwise
   * from the YAML files found by listing the jar.
   */
  List<Rule> loadFromJar(JarFile jar) {
    String prefix = BUILTIN_ROOT + "/";
    JarEntry compiled = jar.getJarEntry(COMPILED);
    if (compiled != null) {
      try (InputStream in = jar.getInputStream(compiled)) {
        return loadCompiled(in, path -> RuleFile.of(jar, prefix + path));
      } catch (IOException e) {
        throw new RuleConfigException("/" + COMPILED + ": cannot read: " + e.getMessage(), e);
      }
    }
    List<String> names = new ArrayList<>();
    for (var entries = jar.entries(); entries.hasMoreElements(); ) {
      String n = entries.nextElement().getName();
      if (n.startsWith(prefix) && isRuleFileName(n)) {
        names.add(n);
      }
    }
    names.sort(null);
    List<Rule> rules = new ArrayList<>();
    for (String n : names) {
      rules.add(loadFile(RuleFile.of(jar, n)));
    }
    return rules;
  }

  private static boolean isRuleFileName(String n) {
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** Every {@code *.yaml} / {@code *.yml} rule file under a folder, recursively, sorted by path. */
  public List<Rule> loadFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new RuleConfigException(folder + ": rule folder does not exist or is not a folder");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> {
        return Files.isRegularFile(p) && isRuleFileName(p.getFileName().toString());
      }).sorted().toList();
    } catch (IOException e) {
      throw new RuleConfigException(folder + ": cannot list rule folder: " + e.getMessage(), e);
    }
    List<Rule> rules = new ArrayList<>();
    for (Path f : files) {
      rules.add(loadFile(f));
    }
    return rules;
  }

  public Rule loadFile(Path file) {
    return loadFile(RuleFile.of(file));
  }

  Rule loadFile(RuleFile file) {
    return load(parseYaml(file), file);
  }

  private static JsonNode parseYaml(RuleFile file) {
    try {
      return Yaml.MAPPER.readTree(file.read());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new RuleConfigException(file + (loc == null ? "" : ":" + loc.getLineNr() + ":"
          + loc.getColumnNr()) + ": not valid YAML: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new RuleConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The rules of a compiled index (see {@link #COMPILED}), in its order; {@code files} gives the
   * rule file of each key, for its list files and its name in messages.
   */
  List<Rule> loadCompiled(InputStream json, java.util.function.Function<String, RuleFile> files)
      throws IOException {
    List<Rule> rules = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("expected a JSON object of rule files");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String path = p.currentName();
        rules.add(load(tree(p, p.nextToken()), files.apply(path)));
      }
    }
    return rules;
  }

  /**
   * The tree under the current token, built without an {@code ObjectMapper}: the same nodes
   * {@code ObjectMapper.readTree} makes (ints, longs and doubles as such), at a fraction of the
   * start-up cost.
   */
  private static JsonNode tree(JsonParser p, JsonToken t) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          o.set(key, tree(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = nodes.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(tree(p, e));
        }
        return a;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> nodes.numberNode(p.getIntValue());
          case LONG -> nodes.numberNode(p.getLongValue());
          default -> nodes.numberNode(p.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> throw new IOException("unexpected " + t + " in compiled rules");
    }
  }

  private Rule load(JsonNode node, RuleFile file) {
    String fileId = file.fileName().replaceFirst("\\.ya?ml$", "");
    if (node == null || !node.isObject()) {
      throw new RuleConfigException(file + ": rule " + fileId
          + ": expected a YAML mapping with keys " + String.join(", ", COMMON_KEYS));
    }
    String id = node.hasNonNull("id") ? node.get("id").asText() : fileId;
    RuleParams params = new RuleParams(node, file, id);
    if (!node.hasNonNull("id")) {
      throw params.error("id", "is required (and must equal the file name, " + fileId + ")");
    }
    if (!id.equals(fileId)) {
      throw params.error("id", "must equal the file name '" + fileId + "'");
    }
    if (!id.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")) {
      throw params.error("id", "must be UPPER_SNAKE with a category prefix, like BP_AD_MARKER");
    }
    String kind = oneOf(params, "kind", null, KINDS);
    Set<String> allowed = new TreeSet<>(COMMON_KEYS);
    allowed.addAll(KIND_KEYS.get(kind));
    DetectorFactory detector = null;
    if (kind.equals("detector")) {
      String name = oneOf(params, "detector", null, new TreeSet<>(detectors.keySet()));
      detector = detectors.get(name);
      allowed.addAll(detector.keys());
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw params.error(key, "is not a key of kind " + kind + "; allowed keys: "
            + String.join(", ", allowed));
      }
    }
    RuleMeta meta = meta(params, node, kind, id, file);
    return switch (kind) {
      case "line-phrases" -> {
        List<String> phrases = params.stringsWithFile("phrases", "phrasesFile");
        if (phrases.isEmpty()) {
          throw params.error("phrases", "is required: give phrases or a phrasesFile");
        }
        String m = oneOf(params, "match", "exact", Set.of("exact", "prefix", "contains"));
        yield new LinePhrasesRule(meta, phrases,
            LinePhrasesRule.Match.valueOf(m.toUpperCase(Locale.ROOT)), params.integer("maxWords", 0));
      }
      case "line-regex" -> new LineRegexRule(meta, params.pattern("pattern",
          params.requiredString("pattern"), params.bool("caseSensitive", false)),
          params.integer("maxLength", 0), params.strings("requires"));
      case "inline-regex" -> {
        boolean cs = params.bool("caseSensitive", true);
        if (meta.action() == Action.REPLACE && !params.has("replacement")) {
          throw params.error("replacement", "is required when action is replace");
        }
        List<Pattern> exceptions = new ArrayList<>();
        for (String e : params.stringsWithFile("exceptions", "exceptionsFile")) {
          exceptions.add(params.pattern("exceptions", e, cs));
        }
        String scope = oneOf(params, "scope", "text", Set.of("text", "line"));
        List<String> requires = params.strings("requires");
        if (scope.equals("line") && requires.isEmpty()) {
          throw params.error("scope", "is line, which needs 'requires' (the fragments one of"
              + " which every line with a match holds)");
        }
        if (requires.stream().anyMatch(String::isEmpty)
            || scope.equals("line") && requires.stream().anyMatch(f -> f.indexOf('\n') >= 0)) {
          throw params.error("requires", "holds an empty fragment or, with scope line, a line"
              + " break");
        }
        yield new InlineRegexRule(meta, params.pattern("pattern", params.requiredString("pattern"),
            cs), params.string("replacement", ""), exceptions, requires,
            InlineRegexRule.Scope.valueOf(scope.toUpperCase(Locale.ROOT)));
      }
      default -> detector.create(meta, params);
    };
  }

  private RuleMeta meta(RuleParams params, JsonNode node, String kind, String id, RuleFile file) {
    Category category = Category.parse(oneOf(params, "category", null, ids(Category.values())));
    Severity severity = Severity.parse(oneOf(params, "severity", "warning",
        ids(Severity.values())));
    Stage defaultStage = switch (category) {
      case BOILERPLATE -> Stage.BOILERPLATE;
      case ENCODING, WHITESPACE -> Stage.ENCODING;
      default -> Stage.INLINE;
    };
    Stage stage = Stage.parse(oneOf(params, "stage", defaultStage.id(), ids(Stage.values())));
    Action defaultAction = category == Category.BOILERPLATE ? Action.REMOVE : Action.FLAG;
    Action action = Action.parse(oneOf(params, "action", defaultAction.id(),
        ids(Action.values())));
    double confidence = params.number("confidence", 0.9);
    if (confidence < 0 || confidence > 1) {
      throw params.error("confidence", "must be between 0 and 1, got " + confidence);
    }
    String message = params.requiredString("message");
    String type = params.string("type", "");
    String description = params.string("description", "");
    JsonNode ex = node.get("examples");
    if (ex == null || !ex.isObject()) {
      throw params.error("examples", "is required: a mapping with 'incorrect' and 'correct' lists");
    }
    for (Iterator<String> it = ex.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!k.equals("incorrect") && !k.equals("correct")) {
        throw params.error("examples." + k, "is not allowed; allowed keys: incorrect, correct");
      }
    }
    List<Example> incorrect = examples(params, ex.get("incorrect"), "examples.incorrect");
    List<Example> correct = examples(params, ex.get("correct"), "examples.correct");
    return new RuleMeta(id, kind, category, type, severity, stage, action, confidence, message,
        description, incorrect, correct, file.toString());
  }

  private static List<Example> examples(RuleParams params, JsonNode list, String key) {
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw params.error(key, "is required: a non-empty list of example texts");
    }
    List<Example> out = new ArrayList<>();
    for (JsonNode e : list) {
      if (e.isTextual()) {
        out.add(new Example(e.asText(), null));
      } else if (e.isObject() && e.hasNonNull("text")) {
        out.add(new Example(e.get("text").asText(),
            e.hasNonNull("output") ? e.get("output").asText() : null));
      } else {
        throw params.error(key, "entries must be strings or {text, output} mappings");
      }
    }
    return out;
  }

  private static String oneOf(RuleParams params, String key, String dflt, Set<String> allowed) {
    String v = params.string(key, dflt);
    if (v == null) {
      throw params.error(key, "is required; allowed values: " + String.join(", ", allowed));
    }
    if (!allowed.contains(v)) {
      throw params.error(key, "has value '" + v + "', which is not one of: "
          + String.join(", ", allowed));
    }
    return v;
  }

  private static Set<String> ids(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /**
   * Build step: compiles the rule files under {@code args[0]} (the built-in packs as copied into
   * the classes folder) into the index {@code args[1]} (see {@link #COMPILED}). Only parses:
   * the rules themselves are checked when they load (and by the tests). A file that is not valid
   * YAML fails the build with the same message a run would give.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: RuleLoader RULES_FOLDER OUTPUT_JSON");
      System.exit(2);
    }
    try {
      compile(Path.of(args[0]), Path.of(args[1]));
    } catch (RuleConfigException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Writes the compiled index of the rule files under {@code root} to {@code out}. */
  static void compile(Path root, Path out) throws IOException {
    TreeSet<String> paths = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> Files.isRegularFile(p) && isRuleFileName(p.getFileName().toString()))
          .forEach(p -> paths.add(root.relativize(p).toString().replace('\\', '/')));
    }
    Map<String, JsonNode> nodes = new java.util.LinkedHashMap<>();
    for (String path : paths) {
      nodes.put(path, parseYaml(RuleFile.of(root.resolve(path))));
    }
    ObjectMapper json = new ObjectMapper();
    try (OutputStream os = Files.newOutputStream(out);
        JsonGenerator g = new JsonFactory().createGenerator(os)) {
      g.writeStartObject();
      for (var e : nodes.entrySet()) {
        g.writeFieldName(e.getKey());
        JsonNode node = e.getValue();
        if (node == null || node.isMissingNode()) {
          g.writeNull(); // an empty file: fails as it would from YAML, when the rule loads
        } else {
          json.writeTree(g, node);
        }
      }
      g.writeEndObject();
    }
  }
}
