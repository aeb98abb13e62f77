package dev.textqc.rule;

import java.util.Locale;

/**
 * Pipeline stages, in the order they run. Each stage sees the text with the previous stages' fixes
 * applied: encoding repair first (so phrase lists see real characters), then boilerplate removal
 * (so quote and sentence checks read the article as it will be published), then the cheap inline
 * checks, then LanguageTool, the expensive one.
 */
public enum Stage {
  ENCODING, BOILERPLATE, INLINE, GRAMMAR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Stage parse(String s) {
    return Stage.valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
