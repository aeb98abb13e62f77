package dev.textqc.detect;

import dev.textqc.Config;
import dev.textqc.detect.boilerplate.LineModelDetector;
import dev.textqc.detect.boilerplate.PageLayoutDetector;
import dev.textqc.detect.encoding.HtmlEntityDetector;
import dev.textqc.detect.encoding.MojibakeDetector;
import dev.textqc.detect.garbled.GarbledDetectors;
import dev.textqc.detect.html.HtmlStructureDetector;
import dev.textqc.detect.quote.QuoteBalanceDetector;
import dev.textqc.grammar.LanguageToolRule;
import dev.textqc.rule.DetectorFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Java detectors a rule file can name with {@code kind: detector}. */
public final class Detectors {
  private Detectors() {}

  public static Map<String, DetectorFactory> all(Config config) {
    Map<String, DetectorFactory> map = new LinkedHashMap<>();
    for (DetectorFactory f : List.<DetectorFactory>of(
        new DoubledWordDetector.Factory(),
        new PageLayoutDetector.Factory(),
        new LineModelDetector.Factory(),
        new QuoteBalanceDetector(),
        new MojibakeDetector(),
        new HtmlEntityDetector(),
        new HtmlStructureDetector())) {
      map.put(f.name(), f);
    }
    map.put(LanguageToolRule.factory().name(), LanguageToolRule.factory());
    for (DetectorFactory f : GarbledDetectors.all()) {
      map.put(f.name(), f);
    }
    return map;
  }
}
