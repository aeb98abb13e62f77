package dev.textqc.detect.garbled;

import dev.textqc.document.Span;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A French elided article left before a name: "Bulgaria, l Estonia, Latvia" (from "l'Estonie").
 * The remnant (listed in the rule file, e.g. {@code l}) stands alone between a space or
 * punctuation and a capitalised word starting with a vowel, which is where French elides. English
 * has no such word, so the fix, dropping the remnant, is certain. The scan jumps between
 * occurrences with {@code indexOf}.
 */
public record ElisionRemnantDetector(RuleMeta meta, List<String> remnants) implements Rule {
  private static final String VOWELS = "AEIOUÉÈÊÂÎÔ";

  static DetectorFactory factory() {
    return new DetectorSupport.Factory("elision-remnant", Set.of("remnants"),
        (meta, params) -> new ElisionRemnantDetector(meta, params.strings("remnants")));
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    String s = text.text();
    for (String remnant : remnants) {
      String needle = remnant + " ";
      for (int at = s.indexOf(needle); at >= 0; at = s.indexOf(needle, at + 1)) {
        int name = at + needle.length();
        boolean startsWord = at == 0 || " \t,;(“\"".indexOf(s.charAt(at - 1)) >= 0;
        if (!startsWord || name + 1 >= s.length() || VOWELS.indexOf(s.charAt(name)) < 0
            || !Character.isLowerCase(s.charAt(name + 1))) {
          continue;
        }
        int end = name;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
          end++;
        }
        out.accept(meta.replace(new Span(at, end), s.substring(name, end)));
      }
    }
  }
}
