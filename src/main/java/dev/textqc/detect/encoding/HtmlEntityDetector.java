package dev.textqc.detect.encoding;

import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import dev.textqc.rule.kinds.CharCensus;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detector {@code html-entity}: HTML character references left in text ("&amp;", "&#8217;",
 * "&#x2019;") are replaced with their characters. Named entities come from {@code entitiesFile}
 * (name and hex code point per line). Numeric references to 128-159 are read as Windows-1252, as
 * browsers do ("&#146;" is ’); references to controls, surrogates or beyond Unicode stay, since
 * they decode to nothing a reader should see.
 */
public final class HtmlEntityDetector implements DetectorFactory {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

  @Override
  public String name() {
    return "html-entity";
  }

  @Override
  public Set<String> keys() {
    return Set.of("entitiesFile");
  }

  @Override
  public Rule create(RuleMeta meta, RuleParams params) {
    String file = params.requiredString("entitiesFile");
    Map<String, String> names = new HashMap<>();
    for (String line : params.readListFile("entitiesFile", file)) {
      String[] f = line.split("\\s+");
      try {
        if (f.length != 2) {
          throw new NumberFormatException();
        }
        names.put(f[0], Character.toString(Integer.parseInt(f[1], 16)));
      } catch (IllegalArgumentException e) {
        throw params.error("entitiesFile", "line '" + line + "' in " + file
            + " is not 'name hex-code-point'");
      }
    }
    return new EntityRule(meta, Map.copyOf(names));
  }

  record EntityRule(RuleMeta meta, Map<String, String> names) implements Rule {
    @Override
    public void check(AnalyzedText text, Consumer<Annotation> out) {
      if (!CharCensus.of(text).mayContain('&')) {
        return; // the census the stage shares answers without a search
      }
      String s = text.text();
      int amp = s.indexOf('&');
      if (amp < 0) {
        return;
      }
      // an entity starts at an ampersand and holds no other: trying each ampersand finds the
      // matches a scan of the whole text would, without trying the pattern everywhere else
      Matcher m = ENTITY.matcher(s);
      for (; amp >= 0; amp = s.indexOf('&', amp + 1)) {
        m.region(amp, s.length());
        if (!m.lookingAt()) {
          continue;
        }
        String decoded = m.group(3) != null ? names.get(m.group(3))
            : codePoint(m.group(1) != null ? Long.parseLong(m.group(1))
                : Long.parseLong(m.group(2), 16));
        if (decoded != null) {
          out.accept(meta.replace(new Span(m.start(), m.end()), decoded));
        }
      }
    }

    private static String codePoint(long cp) {
      if (cp >= 0x80 && cp <= 0x9F) {
        return EncodingRepairs.windows1252((char) cp);
      }
      if (cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF
          || Character.getType((int) cp) == Character.CONTROL && cp != '\t' && cp != '\n') {
        return null;
      }
      return Character.toString((int) cp);
    }
  }
}
