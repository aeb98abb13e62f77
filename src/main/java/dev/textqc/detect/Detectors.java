package dev.textqc.detect;

import dev.textqc.Config;
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
        new dev.textqc.detect.html.HtmlStructureDetector())) {
      map.put(f.name(), f);
    }
    return map;
  }
}
