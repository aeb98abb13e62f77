package dev.textqc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.textqc.document.LineIndex;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The machine-readable result of {@code ../shared/OUTPUT.md}, version 1. Extensions beyond the
 * contract: each annotation carries {@code text}, the original characters of its span, so the input
 * can be rebuilt from {@code cleaned} and the annotations alone; {@code explanation} lists the
 * signals behind the document scores; {@code failures} lists rules that crashed on the document.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /** One result as a single-line JSON object (the JSONL form). */
  public static String toJsonLine(Result r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      write(g, r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  /** One result, pretty-printed. */
  public static String toJson(Result r) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      write(g, r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return w.toString();
  }

  public static JsonGenerator prettyGenerator(Writer w) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(w);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  public static void write(JsonGenerator g, Result r) throws IOException {
    String text = r.document().text();
    LineIndex lines = new LineIndex(text);
    g.writeStartObject();
    g.writeStringField("id", r.document().id());
    g.writeStringField("language", r.document().language());
    if (r.document().extracted()) {
      g.writeStringField("text", text);
    }
    g.writeStringField("cleaned", r.cleaned());
    Assessment a = r.assessment();
    g.writeObjectFieldStart("machineTranslation");
    g.writeNumberField("score", a.machineTranslationScore());
    g.writeBooleanField("likely", a.machineTranslationLikely());
    g.writeEndObject();
    g.writeObjectFieldStart("quality");
    g.writeNumberField("score", a.qualityScore());
    g.writeEndObject();
    g.writeArrayFieldStart("annotations");
    for (Annotation an : r.annotations()) {
      g.writeStartObject();
      g.writeStringField("rule", an.rule());
      g.writeStringField("category", an.category().id());
      g.writeStringField("type", an.type());
      g.writeStringField("severity", an.severity().id());
      g.writeNumberField("start", an.span().start());
      g.writeNumberField("end", an.span().end());
      g.writeNumberField("line", lines.line(an.span().start()));
      g.writeNumberField("column", lines.column(an.span().start()));
      g.writeStringField("action", an.action().id());
      if (an.action() == Action.REPLACE) {
        g.writeStringField("replacement", an.replacement());
      }
      g.writeStringField("message", an.message());
      g.writeNumberField("confidence", an.confidence());
      g.writeStringField("text", an.span().of(text));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!a.signals().isEmpty()) {
      g.writeArrayFieldStart("explanation");
      for (Assessment.Signal s : a.signals()) {
        g.writeStartObject();
        g.writeStringField("signal", s.name());
        g.writeNumberField("value", s.value());
        g.writeNumberField("weight", s.weight());
        g.writeStringField("meaning", s.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!r.failures().isEmpty()) {
      g.writeArrayFieldStart("failures");
      for (RuleFailure f : r.failures()) {
        g.writeStartObject();
        g.writeStringField("rule", f.ruleId());
        g.writeStringField("message", f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
