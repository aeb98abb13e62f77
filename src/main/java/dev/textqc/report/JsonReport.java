package dev.textqc.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.textqc.document.LineIndex;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Assessment;
import dev.textqc.pipeline.Result;
import dev.textqc.pipeline.RuleFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The machine-readable result of {@code ../shared/OUTPUT.md}, version 1. Extensions beyond the
 * contract: each annotation carries {@code text}, the original characters of its span, so the input
 * can be rebuilt from {@code cleaned} and the annotations alone; {@code explanation} lists the
 * signals behind the document scores, when asked for; {@code failures} lists rules that crashed on
 * the document.
 */
public final class JsonReport {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString LANGUAGE = new SerializedString("language");
  private static final SerializableString TEXT = new SerializedString("text");
  private static final SerializableString CLEANED = new SerializedString("cleaned");
  private static final SerializableString MACHINE_TRANSLATION =
      new SerializedString("machineTranslation");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString LIKELY = new SerializedString("likely");
  private static final SerializableString QUALITY = new SerializedString("quality");
  private static final SerializableString ANNOTATIONS = new SerializedString("annotations");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString CATEGORY = new SerializedString("category");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString COLUMN = new SerializedString("column");
  private static final SerializableString ACTION = new SerializedString("action");
  private static final SerializableString REPLACEMENT = new SerializedString("replacement");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString CONFIDENCE = new SerializedString("confidence");
  private static final SerializableString EXPLANATION = new SerializedString("explanation");
  private static final SerializableString SIGNAL = new SerializedString("signal");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString WEIGHT = new SerializedString("weight");
  private static final SerializableString MEANING = new SerializedString("meaning");
  private static final SerializableString FAILURES = new SerializedString("failures");

  /**
   * Rule ids, categories, messages and signal texts recur in every document: each is escaped
   * once and then copied. Bounded, in case a rule builds its messages from the text.
   */
  private static final int MAX_CONSTANTS = 4096;
  private static final ConcurrentHashMap<String, SerializableString> CONSTANTS =
      new ConcurrentHashMap<>();

  private JsonReport() {}

  private static void writeConstant(JsonGenerator g, String s) throws IOException {
    if (s == null) {
      g.writeNull();
    } else {
      g.writeString(constant(s));
    }
  }

  private static SerializableString constant(String s) {
    SerializableString c = CONSTANTS.get(s);
    if (c == null) {
      c = new SerializedString(s);
      if (CONSTANTS.size() < MAX_CONSTANTS) {
        CONSTANTS.putIfAbsent(s, c);
      }
    }
    return c;
  }

  /** One result as a single-line JSON object (the JSONL form), with its explanation. */
  public static String toJsonLine(Result r) {
    return toJsonLine(r, true);
  }

  /**
   * One result as a single-line JSON object (the JSONL form); {@code explain}: with the signals
   * behind its scores. Those are about 1.4 KB of the same sentences in every record, as much as
   * a news article's cleaned text, so corpus output leaves them out unless asked.
   */
  public static String toJsonLine(Result r, boolean explain) {
    return render(r, false, explain);
  }

  /**
   * {@link #toJsonLine(Result, boolean)} encoded as UTF-8: what a corpus run writes, as it is,
   * where the string form was built and then encoded again by the thread writing the output.
   */
  public static byte[] toJsonLineUtf8(Result r, boolean explain) {
    return utf8(g -> write(g, r, explain));
  }

  /** Writes one JSON value. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Results whose JSON would take more than this many bytes (by {@link #sizeEstimate}) are
   * written straight to the output ({@link #writeUtf8}) rather than made as one array first: the
   * array of a 5 MB page with 416,666 findings was 156 MB, and it was made twice over (the
   * builder's blocks, then the array copied out of them), more than the whole run was given.
   */
  public static final long STREAMED_BYTES = 1 << 20;

  /**
   * About how many bytes the JSON of {@code r} takes: its texts and a typical annotation's size
   * per annotation. It only needs to tell a news article from a page with a quarter of a million
   * findings.
   */
  public static long sizeEstimate(Result r) {
    long texts = (long) r.document().text().length() * (r.document().extracted() ? 2 : 1)
        + r.cleaned().length();
    return texts + 256L * r.annotations().size();
  }

  /** Whether {@code r} is to be written as it is rendered: see {@link #STREAMED_BYTES}. */
  public static boolean streamed(Result r) {
    return sizeEstimate(r) > STREAMED_BYTES;
  }

  /**
   * Writes the JSON {@code body} writes to {@code out} as UTF-8: the bytes {@link #utf8} returns,
   * made by the same generator, but never all held at once. {@code out} is neither flushed nor
   * closed.
   */
  public static void writeUtf8(OutputStream out, Body body) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
      body.write(g);
    }
  }

  /**
   * The JSON {@code body} writes, as UTF-8 bytes, made by Jackson's UTF-8 generator straight from
   * the strings written. A character outside the BMP comes out as the JSON escapes of its two
   * surrogates ({@code \\uD83D\\uDE00}), as Python's {@code json.dumps} writes it and every JSON
   * reader decodes it, and so does a lone surrogate (from a {@code \\ud800} escape in a JSON
   * input), which UTF-8 cannot encode: it survives the round trip, where an encoder writing the
   * string put {@code ?}. Jackson's option to write pairs as four UTF-8 bytes instead is not
   * used: in 2.20 it also joins a high surrogate to whatever char follows it ({@code \\ud800 x}
   * lost its space to U+10020).
   */
  public static byte[] utf8(Body body) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    ByteArrayBuilder b = new ByteArrayBuilder(recycler);
    try {
      try (JsonGenerator g = FACTORY.createGenerator(b, JsonEncoding.UTF8)) {
        body.write(g);
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // the builder's close() does nothing: release() gives its first block back to the
      // recycler, which otherwise handed every document a new one (a sixth of the bytes a run
      // of one-line records allocated, JFR)
      b.release();
      recycler.releaseToPool();
    }
  }

  /** One result, pretty-printed, with its explanation. */
  public static String toJson(Result r) {
    return toJson(r, true);
  }

  /** One result, pretty-printed; {@code explain}: with the signals behind its scores. */
  public static String toJson(Result r, boolean explain) {
    return render(r, true, explain);
  }

  /**
   * Through Jackson's segmented writer, not a StringWriter: a StringBuffer appends the
   * generator's chars one by one when the text so far is Latin-1.
   */
  private static String render(Result r, boolean pretty, boolean explain) {
    BufferRecycler recycler = FACTORY._getBufferRecycler();
    try (SegmentedStringWriter w = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = FACTORY.createGenerator(w)) {
        if (pretty) {
          g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        write(g, r, explain);
      }
      return w.getAndClear();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * A pretty-printing generator writing {@code w} as {@link #toJson} writes a result; closing
   * the generator does not close {@code w}.
   */
  public static JsonGenerator prettyGenerator(Writer w) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(w);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /**
   * Writes one result to {@code w} as {@link #toJson} makes it, as it is made rather than as one
   * string first (see {@link #STREAMED_BYTES}); {@code w} is neither flushed nor closed.
   */
  public static void writePretty(Writer w, Result r, boolean explain) throws IOException {
    try (JsonGenerator g = prettyGenerator(w)) {
      write(g, r, explain);
    }
  }

  /** Writes one result; {@code explain}: with the signals behind its scores. */
  public static void write(JsonGenerator g, Result r, boolean explain) throws IOException {
    String text = r.document().text();
    LineIndex lines = new LineIndex(text);
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(r.document().id());
    g.writeFieldName(LANGUAGE);
    g.writeString(r.document().language());
    if (r.document().extracted()) {
      g.writeFieldName(TEXT);
      g.writeString(text);
    }
    g.writeFieldName(CLEANED);
    g.writeString(r.cleaned());
    Assessment a = r.assessment();
    g.writeFieldName(MACHINE_TRANSLATION);
    g.writeStartObject();
    g.writeFieldName(SCORE);
    g.writeNumber(a.machineTranslationScore());
    g.writeFieldName(LIKELY);
    g.writeBoolean(a.machineTranslationLikely());
    g.writeEndObject();
    g.writeFieldName(QUALITY);
    g.writeStartObject();
    g.writeFieldName(SCORE);
    g.writeNumber(a.qualityScore());
    g.writeEndObject();
    g.writeFieldName(ANNOTATIONS);
    g.writeStartArray();
    for (Annotation an : r.annotations()) {
      g.writeStartObject();
      g.writeFieldName(RULE);
      writeConstant(g, an.rule());
      g.writeFieldName(CATEGORY);
      writeConstant(g, an.category().id());
      g.writeFieldName(TYPE);
      writeConstant(g, an.type());
      g.writeFieldName(SEVERITY);
      writeConstant(g, an.severity().id());
      g.writeFieldName(START);
      g.writeNumber(an.span().start());
      g.writeFieldName(END);
      g.writeNumber(an.span().end());
      g.writeFieldName(LINE);
      g.writeNumber(lines.line(an.span().start()));
      g.writeFieldName(COLUMN);
      g.writeNumber(lines.column(an.span().start()));
      g.writeFieldName(ACTION);
      writeConstant(g, an.action().id());
      if (an.action() == Action.REPLACE) {
        g.writeFieldName(REPLACEMENT);
        g.writeString(an.replacement());
      }
      g.writeFieldName(MESSAGE);
      writeConstant(g, an.message());
      g.writeFieldName(CONFIDENCE);
      g.writeNumber(an.confidence());
      g.writeFieldName(TEXT);
      g.writeString(an.span().of(text));
      g.writeEndObject();
    }
    g.writeEndArray();
    if (explain && !a.signals().isEmpty()) {
      g.writeFieldName(EXPLANATION);
      g.writeStartArray();
      for (Assessment.Signal s : a.signals()) {
        g.writeStartObject();
        g.writeFieldName(SIGNAL);
        writeConstant(g, s.name());
        g.writeFieldName(VALUE);
        g.writeNumber(s.value());
        g.writeFieldName(WEIGHT);
        g.writeNumber(s.weight());
        g.writeFieldName(MEANING);
        writeConstant(g, s.explanation());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!r.failures().isEmpty()) {
      g.writeFieldName(FAILURES);
      g.writeStartArray();
      for (RuleFailure f : r.failures()) {
        g.writeStartObject();
        g.writeFieldName(RULE);
        writeConstant(g, f.ruleId());
        g.writeFieldName(MESSAGE);
        g.writeString(f.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
