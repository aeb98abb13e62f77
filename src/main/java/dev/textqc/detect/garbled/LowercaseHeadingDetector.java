package dev.textqc.detect.garbled;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A sub-heading that lost its capitals: "what does russia want" standing as its own paragraph.
 * Translation tools lower-case short segments they take for running text. A line that is a
 * paragraph of its own (blank lines around it), between a paragraph that ends like a sentence and
 * one that starts like a sentence, starts with a lower-case
 * word, has between {@code minWords} and {@code maxWords} words of letters only and does not end
 * like a sentence or a list item (only a question mark is allowed) is reported. Lines with
 * addresses, hashtags or digits are left alone. Flag only: restoring the capitals needs to know the
 * names.
 */
public record LowercaseHeadingDetector(RuleMeta meta, int minWords, int maxWords) implements Rule {

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("lowercase-heading", Set.of("minWords", "maxWords"),
        (meta, params) -> new LowercaseHeadingDetector(meta, params.integer("minWords", 3),
            params.integer("maxWords", 10)));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    if (!hasLowerCaseParagraphStart(text.text())) {
      return;
    }
    List<Line> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || (i > 0 && !lines.get(i - 1).isBlank())
          || (i + 1 < lines.size() && !lines.get(i + 1).isBlank())
          || !endsSentence(previousText(lines, i)) || !startsSentence(nextText(lines, i))) {
        continue;
      }
      String t = line.text().strip();
      if (t.length() < 2 || !Character.isLowerCase(t.charAt(0)) || !headingShaped(t)) {
        continue;
      }
      int words = t.split("\\s+").length;
      String first = t.split("\\s+")[0];
      if (words >= minWords && words <= maxWords && DetectorSupport.isAllLower(first)) {
        int lead = line.text().indexOf(t);
        out.accept(meta.annotate(new dev.textqc.document.Span(line.content().start() + lead,
            line.content().start() + lead + t.length())));
      }
    }
  }

  /**
   * The gate: whether some line after a blank line starts, past its white space, with a lower-case
   * letter. Every heading this rule reports is such a line; most texts have none, and this answers
   * with one {@code indexOf} and a few characters per line instead of building the lines.
   */
  static boolean hasLowerCaseParagraphStart(String s) {
    int n = s.length();
    boolean previousBlank = false;
    int start = 0;
    while (start < n) {
      int nl = s.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int p = start;
      while (p < end && Character.isWhitespace(s.charAt(p))) {
        p++;
      }
      boolean blank = p == end;
      if (!blank && previousBlank && Character.isLowerCase(s.charAt(p))) {
        return true;
      }
      if (nl < 0) {
        break;
      }
      previousBlank = blank;
      start = nl + 1;
    }
    return false;
  }

  private static String previousText(List<Line> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j).text().strip();
      }
    }
    return "";
  }

  private static String nextText(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return lines.get(j).text().strip();
      }
    }
    return "";
  }

  /**
   * Headings sit between finished paragraphs: in casual writing where every line starts in lower
   * case, the lines around do not end and start like sentences.
   */
  private static boolean endsSentence(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"';
  }

  private static boolean startsSentence(String t) {
    return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || t.charAt(0) == '“'
        || t.charAt(0) == '"');
  }

  /** Letters, spaces, apostrophes, hyphens and commas, with at most a final question mark. */
  private static boolean headingShaped(String t) {
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      boolean ok = Character.isLetter(c) || c == ' ' || c == '’' || c == '\'' || c == '-'
          || c == ',' || (c == '?' && k == t.length() - 1);
      if (!ok) {
        return false;
      }
    }
    return t.charAt(t.length() - 1) != ',';
  }
}
