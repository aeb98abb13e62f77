package dev.textqc.rule.kinds;

import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.CharCensus;
import dev.textqc.rule.ExceptionPatterns;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kind {@code inline-regex}: every match of {@code pattern} inside the text is a finding. With
 * {@code action: replace} the match becomes {@code replacement} (which may use {@code $1} group
 * references). A match that lies inside a match of one of the {@code exceptions} patterns is
 * legitimate text and is left alone. With {@code requires} (literal fragments, exact case), the
 * regex only runs on texts that contain one of them: most rules look for characters or pairs that
 * clean text rarely has, and {@link String#indexOf} finds their absence far faster than a regex
 * that tries its first node at every position.
 */
public final class InlineRegexRule implements Rule {
  private final RuleMeta meta;
  private final Pattern pattern;
  private final String replacement;
  private final ExceptionPatterns exceptions;
  private final List<String> requires;

  public InlineRegexRule(RuleMeta meta, Pattern pattern, String replacement,
      List<Pattern> exceptions) {
    this(meta, pattern, replacement, exceptions, List.of());
  }

  public InlineRegexRule(RuleMeta meta, Pattern pattern, String replacement,
      List<Pattern> exceptions, List<String> requires) {
    this.requires = List.copyOf(requires);
    this.meta = meta;
    this.pattern = pattern;
    this.replacement = replacement;
    this.exceptions = new ExceptionPatterns(exceptions);
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    String s = text.text();
    if (!requires.isEmpty() && !mayMatch(text)) {
      return;
    }
    Matcher m = pattern.matcher(s);
    while (m.find()) {
      if (m.end() == m.start() && meta.action() != Action.REPLACE) {
        continue;
      }
      Span span = new Span(m.start(), m.end());
      if (exceptions.excuse(s, span)) {
        continue;
      }
      if (meta.action() == Action.REPLACE) {
        out.accept(meta.replace(span, expand(replacement, m)));
      } else {
        out.accept(meta.annotate(span));
      }
    }
  }

  private boolean mayMatch(AnalyzedText text) {
    CharCensus census = text.census();
    for (String fragment : requires) {
      if (census.mayContain(fragment)
          && (fragment.length() == 1 || text.text().contains(fragment))) {
        return true;
      }
    }
    return false;
  }

  /** Expands {@code $n} and {@code ${name}} group references; a backslash escapes the next char. */
  static String expand(String template, Matcher m) {
    StringBuilder sb = new StringBuilder(template.length());
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        sb.append(template.charAt(++i));
      } else if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int g = template.charAt(++i) - '0';
        String v = m.group(g);
        sb.append(v == null ? "" : v);
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i);
        String v = m.group(template.substring(i + 2, close));
        sb.append(v == null ? "" : v);
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
