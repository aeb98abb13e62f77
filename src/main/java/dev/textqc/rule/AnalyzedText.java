package dev.textqc.rule;

import dev.textqc.document.Document;
import dev.textqc.document.Line;
import dev.textqc.document.Lines;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule sees: the text as it reads at the rule's stage (earlier stages' removals and fixes
 * already applied), its lines, and the document it came from. Derived views are computed once and
 * shared by all rules of a stage.
 */
public final class AnalyzedText {
  private final Document document;
  private final String text;
  private final CorpusMemory corpus;
  private List<Line> lines;
  private BitSet settledLines;
  /**
   * One document is checked on one thread, like the lazy fields above: a plain map. A
   * ConcurrentHashMap here cost a tenth of the check of a short record (its first put sets up
   * the table with atomic writes, once per text and stage).
   */
  private final Map<Object, Object> cache = new HashMap<>();

  public AnalyzedText(Document document, String text, CorpusMemory corpus) {
    this.document = document;
    this.text = text;
    this.corpus = corpus == null ? CorpusMemory.NONE : corpus;
  }

  public static AnalyzedText of(String text) {
    return new AnalyzedText(Document.of("-", text), text, CorpusMemory.NONE);
  }

  /** The text at this stage; annotation spans refer to it. */
  public String text() {
    return text;
  }

  private char[] chars;

  /**
   * The text's characters, copied once per text for the hot loops that read every one (a
   * {@code charAt} loop over a String is compiled for one coder, Latin-1 or UTF-16, and sent
   * back to the compiler by the first text of the other).
   */
  public char[] chars() {
    char[] c = chars;
    if (c == null) {
      c = text().toCharArray();
      chars = c;
    }
    return c;
  }

  /** The input document (its original text may differ from {@link #text()}). */
  public Document document() {
    return document;
  }

  public CorpusMemory corpus() {
    return corpus;
  }

  public List<Line> lines() {
    if (lines == null) {
      lines = Lines.of(text);
    }
    return lines;
  }

  /**
   * Marks the lines that read exactly as they did, with the same neighbours, when the stage about
   * to run last checked this document (null: none, the stage has not run yet). Set by the pipeline
   * before each stage. A rule whose verdict on a line depends only on that line (and whose
   * removal span only on its neighbours' blankness) may skip a settled line: it already reported
   * it, and the pipeline recorded what came of that.
   */
  public void settleLines(BitSet settled) {
    this.settledLines = settled;
  }

  /** Whether line {@code index} is settled for the running stage (see {@link #settleLines}). */
  public boolean settled(int index) {
    return settledLines != null && settledLines.get(index);
  }

  /** The settled lines of the running stage, or null when none is. Do not modify. */
  public BitSet settledLines() {
    return settledLines;
  }

  /**
   * Each line in {@link TextNormalizer} form (blank lines give ""), computed once and shared by
   * every rule of the stage that compares lines with phrases or with the corpus memory.
   */
  public List<String> normalizedLines() {
    return derived(NORMALIZED_LINES, t -> {
      List<Line> ls = t.lines();
      String[] out = new String[ls.size()];
      for (int i = 0; i < out.length; i++) {
        Line l = ls.get(i);
        out[i] = l.isBlank() ? "" : TextNormalizer.normalize(l.text());
      }
      return List.of(out);
    });
  }

  private static final Object NORMALIZED_LINES = new Object();

  /** Each line's text in lower case ({@link Locale#ROOT}), computed once for every prefilter. */
  public List<String> lowerCaseLines() {
    return derived(LOWER_CASE_LINES, t -> {
      List<Line> ls = t.lines();
      String[] out = new String[ls.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = ls.get(i).text().toLowerCase(Locale.ROOT);
      }
      return List.of(out);
    });
  }

  private static final Object LOWER_CASE_LINES = new Object();

  /**
   * A value derived from this text, computed once per stage and shared between rules (sentence
   * splits, token lists, line features). The key must identify the computation.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<AnalyzedText, T> compute) {
    Object v = cache.get(key);
    if (v == null) {
      v = compute.apply(this);
      cache.put(key, v);
    }
    return (T) v;
  }
}
