package dev.textqc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.textqc.document.LineIndex;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import dev.textqc.rule.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0, the exchange format of code-scanning tools, so findings show up in GitHub code
 * scanning and SARIF viewers next to the content files. One run; every rule that ran is described
 * in {@code tool.driver.rules}; each finding is a result with a region (line/column and character
 * offset) and, for removals and replacements, a {@code fix} that applies the cleaning.
 *
 * <p>Columns and character offsets count Unicode code points ({@code columnKind}
 * {@code unicodeCodePoints}), the same columns the text and JSON reports show. For documents
 * extracted from HTML or other formats the regions refer to the extracted text.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private SarifReport() {}

  /** The SARIF log of the run, as text. */
  public static String write(ReportData data) {
    return Reports.toString(out -> writer(data.context(), out), data.results());
  }

  /**
   * A writer of the SARIF log to {@code out} (which it does not close), each result as it is
   * made: the log as one tree took 4.4 GB for 200,000 findings, and the whole log as one string
   * 3.5 GB, where the text it prints is 292 MB. The run's {@code results} come before its
   * {@code tool}, whose rule list can grow while the results are written (member order means
   * nothing in JSON or SARIF).
   */
  public static ReportWriter writer(ReportContext run, Writer out) throws IOException {
    return new LogWriter(run, out);
  }

  private static final class LogWriter implements ReportWriter {
    private final Writer out;
    private final JsonGenerator g;
    private final ObjectNode tool = JSON.createObjectNode();
    private final ArrayNode rules;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final ArrayNode notifications = JSON.createArrayNode();

    LogWriter(ReportContext run, Writer out) throws IOException {
      this.out = out;
      ObjectNode driver = tool.putObject("driver");
      driver.put("name", "textqc");
      if (run.toolVersion() != null) {
        driver.put("version", run.toolVersion());
      }
      rules = driver.putArray("rules");
      for (RuleMeta m : run.rules()) {
        if (ruleIndex.putIfAbsent(m.id(), ruleIndex.size()) == null) {
          describe(rules.addObject(), m);
        }
      }
      g = JSON.getFactory().createGenerator(out);
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // Each document's results go to the writer when the document is done (flush), and the
      // writer's owner decides when they go further.
      g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
    }

    @Override
    public void add(Result r) throws IOException {
      String text = r.document().text();
      LineIndex lines = new LineIndex(text);
      String uri = uri(r.document().id());
      for (Annotation a : r.annotations()) {
        JSON.writeTree(g, result(a, text, lines, uri, index(a)));
      }
      for (RuleFailure f : r.failures()) {
        ObjectNode n = notifications.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", "rule " + f.ruleId() + " failed on "
            + f.documentId() + ": " + f.message());
        n.putObject("associatedRule").put("id", f.ruleId());
        n.putArray("locations").addObject().putObject("physicalLocation")
            .putObject("artifactLocation").put("uri", uri);
      }
      g.flush();
    }

    /**
     * The finding's rule in the tool's rule list. A rule the run did not describe (results
     * restored from elsewhere) gets a minimal descriptor, so every ruleIndex points somewhere.
     */
    private int index(Annotation a) {
      Integer known = ruleIndex.get(a.rule());
      if (known != null) {
        return known;
      }
      ObjectNode d = rules.addObject();
      d.put("id", a.rule());
      d.putObject("shortDescription").put("text", a.message().isEmpty() ? a.rule()
          : a.message());
      d.putObject("properties").put("category", a.category().id());
      ruleIndex.put(a.rule(), ruleIndex.size());
      return ruleIndex.size() - 1;
    }

    @Override
    public void finish() throws IOException {
      g.writeEndArray();
      g.writeFieldName("tool");
      JSON.writeTree(g, tool);
      ArrayNode invocations = JSON.createArrayNode();
      ObjectNode invocation = invocations.addObject();
      invocation.put("executionSuccessful", notifications.isEmpty());
      if (!notifications.isEmpty()) {
        invocation.set("toolExecutionNotifications", notifications);
      }
      g.writeFieldName("invocations");
      JSON.writeTree(g, invocations);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.close();
      out.write('\n');
    }
  }

  /** One finding as a SARIF result. */
  private static ObjectNode result(Annotation a, String text, LineIndex lines, String uri,
      int ruleIndex) {
    ObjectNode res = JSON.createObjectNode();
    res.put("ruleId", a.rule());
    res.put("ruleIndex", ruleIndex);
    res.put("level", level(a.severity()));
    res.putObject("message").put("text", message(a, text));
    ObjectNode loc = res.putArray("locations").addObject().putObject("physicalLocation");
    loc.putObject("artifactLocation").put("uri", uri);
    ObjectNode region = region(loc.putObject("region"), lines, a.span());
    if (!a.span().isEmpty()) {
      region.putObject("snippet").put("text", a.span().of(text));
    }
    if (a.action() != Action.FLAG) {
      ObjectNode fix = res.putArray("fixes").addObject();
      fix.putObject("description").put("text", a.action() == Action.REMOVE
          ? "Remove the text" : "Replace with «" + Snippets.of(a.replacement()) + "»");
      ObjectNode change = fix.putArray("artifactChanges").addObject();
      change.putObject("artifactLocation").put("uri", uri);
      ObjectNode rep = change.putArray("replacements").addObject();
      region(rep.putObject("deletedRegion"), lines, a.span());
      if (a.action() == Action.REPLACE) {
        rep.putObject("insertedContent").put("text", a.replacement());
      }
    }
    ObjectNode props = res.putObject("properties");
    props.put("category", a.category().id());
    props.put("type", a.type());
    props.put("action", a.action().id());
    props.put("confidence", a.confidence());
    return res;
  }

  private static void describe(ObjectNode d, RuleMeta m) {
    d.put("id", m.id());
    d.putObject("shortDescription").put("text", m.message().isBlank() ? m.id() : m.message());
    if (m.description() != null && !m.description().isBlank()) {
      d.putObject("fullDescription").put("text", m.description().strip());
    }
    d.putObject("defaultConfiguration").put("level", level(m.severity()));
    ObjectNode props = d.putObject("properties");
    props.put("category", m.category().id());
    props.put("type", m.type());
    props.put("action", m.action().id());
    props.putArray("tags").add(m.category().id());
  }

  private static ObjectNode region(ObjectNode region, LineIndex lines, Span span) {
    region.put("startLine", lines.line(span.start()));
    region.put("startColumn", lines.column(span.start()));
    region.put("endLine", lines.line(span.end()));
    region.put("endColumn", lines.column(span.end()));
    region.put("charOffset", lines.codePoints(0, span.start()));
    region.put("charLength", lines.codePoints(span.start(), span.end()));
    return region;
  }

  private static String message(Annotation a, String text) {
    String base = a.message().isEmpty() ? a.rule() : a.message();
    return switch (a.action()) {
      case REMOVE -> base + " Removed: «" + Snippets.of(a.span().of(text)) + "»";
      case REPLACE -> base + " «" + Snippets.of(a.span().of(text)) + "» → «"
          + Snippets.of(a.replacement()) + "»";
      case FLAG -> base;
    };
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** A document id as a URI reference: paths with forward slashes, percent-encoded. */
  static String uri(String id) {
    String path = id.replace('\\', '/');
    try {
      if (path.startsWith("/")) {
        return new URI("file", "", path, null).toASCIIString();
      }
      // "./" keeps a colon in the first segment (a record id like feed:7) from reading as a scheme.
      String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
      return new URI(null, null, first.contains(":") ? "./" + path : path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
