package dev.textqc.detect.garbled;

import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/** Small shared pieces of the garbled-text detectors. */
final class DetectorSupport {
  private DetectorSupport() {}

  /** A detector factory from its name, its extra rule-file keys and a constructor. */
  record Factory(String name, Set<String> keys, BiFunction<RuleMeta, RuleParams, Rule> maker)
      implements DetectorFactory {
    @Override
    public Rule create(RuleMeta meta, RuleParams params) {
      return maker.apply(meta, params);
    }
  }

  /** Lower-cased entries of an inline list plus a list file, e.g. {@code words}/{@code wordsFile}. */
  static Set<String> wordSet(RuleParams params, String key) {
    Set<String> out = new HashSet<>();
    for (String w : params.stringsWithFile(key, key + "File")) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static boolean isCapitalized(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static boolean isAllLower(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLowerCase(c) && c != '’' && c != '\'' && c != '-') {
        return false;
      }
    }
    return !w.isEmpty();
  }

  static boolean isAllUpper(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  static boolean hasDigit(List<String> words) {
    for (String w : words) {
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
