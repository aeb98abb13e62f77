package dev.textqc.maven;

import java.nio.file.Path;
import java.util.List;

/** The parameters Maven would inject, as the goals' tests set them for a project folder. */
final class Mojos {
  private Mojos() {}

  /**
   * The mojo reading {@code src/content/**} of {@code project} with the built-in rules, in
   * English, its formats sniffed, with the result cache on.
   */
  static <M extends AbstractTextQcMojo> M configured(M m, Path project) {
    m.basedir = project.toFile();
    m.buildDirectory = project.resolve("target").toFile();
    m.outputDirectory = project.resolve("target/textqc").toFile();
    m.includes = List.of("src/content/**");
    m.builtinRules = true;
    m.language = "en";
    m.inputFormat = "auto";
    m.cache = true;
    return m;
  }
}
