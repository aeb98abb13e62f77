package dev.textqc.detect.encoding;

import dev.textqc.detect.encoding.EncodingRepairs.Kind;
import dev.textqc.detect.encoding.EncodingRepairs.Repair;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import dev.textqc.rule.kinds.CharCensus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Detector {@code mojibake}: reports the encoding repairs of one kind ({@code report: mojibake}
 * or {@code c1-control}) found by {@link EncodingRepairs}. The candidate encodings
 * ({@code encodings}, then {@code rareEncodings}, which need more evidence) and the character
 * classes ({@code classesFile}) are data. Repairs replace the damaged word with the decoded one.
 */
public final class MojibakeDetector implements DetectorFactory {

  @Override
  public String name() {
    return "mojibake";
  }

  @Override
  public Set<String> keys() {
    return Set.of("report", "encodings", "rareEncodings", "classesFile");
  }

  @Override
  public Rule create(RuleMeta meta, RuleParams params) {
    String report = params.requiredString("report");
    Kind kind;
    try {
      kind = Kind.valueOf(report.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw params.error("report", "has value '" + report
          + "', which is not one of: mojibake, c1-control");
    }
    List<SingleByteCodec> codecs = new ArrayList<>();
    for (String name : params.strings("encodings")) {
      codecs.add(codec(params, "encodings", name, false));
    }
    for (String name : params.strings("rareEncodings")) {
      codecs.add(codec(params, "rareEncodings", name, true));
    }
    if (codecs.isEmpty()) {
      throw params.error("encodings", "is required: list at least one encoding");
    }
    String file = params.requiredString("classesFile");
    CharClasses classes;
    try {
      classes = CharClasses.parse(params.readListFile("classesFile", file), file);
    } catch (IllegalArgumentException e) {
      throw params.error("classesFile", e.getMessage());
    }
    return new MojibakeRule(meta, kind, Key.of(codecs, classes),
        new MojibakeRepair(codecs, classes));
  }

  private static SingleByteCodec codec(RuleParams params, String key, String name,
      boolean rare) {
    try {
      return SingleByteCodec.of(name, rare);
    } catch (IllegalArgumentException e) {
      throw params.error(key, "names '" + name + "', which is not an encoding this JVM knows"
          + " (use Java names such as windows-1250, x-MacRoman, IBM437, or "
          + SingleByteCodec.SLOPPY_1252 + ")");
    }
  }

  /**
   * Cache key of the shared analysis: rules with the same settings share one pass. Interned, so
   * the rules of one setting hold the same key and the cache finds it by identity (comparing
   * every character class on each lookup showed in profiles).
   */
  record Key(List<SingleByteCodec> codecs, CharClasses classes) {
    private static final java.util.Map<Key, Key> KEYS =
        new java.util.concurrent.ConcurrentHashMap<>();

    static Key of(List<SingleByteCodec> codecs, CharClasses classes) {
      return KEYS.computeIfAbsent(new Key(List.copyOf(codecs), classes), k -> k);
    }
  }

  record MojibakeRule(RuleMeta meta, Kind kind, Key key, MojibakeRepair repair)
      implements Rule {
    @Override
    public void check(AnalyzedText text, Consumer<Annotation> out) {
      // damage is non-ASCII: a pure ASCII text (the census the stage shares says so) has none
      List<Repair> repairs = CharCensus.of(text).pureAscii() ? List.of()
          : text.derived(key, t -> EncodingRepairs.find(t.text(), t.chars(), repair));
      for (Repair r : repairs) {
        if (r.kind() == kind) {
          out.accept(meta.replace(r.span(), r.replacement()));
        }
      }
    }
  }
}
