package dev.textqc;

import dev.textqc.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared fixtures: the built-in rules, loaded once, and the location of the shared eval data. */
public final class TestSupport {
  private static List<Rule> builtin;

  private TestSupport() {}

  public static synchronized List<Rule> builtinRules() {
    if (builtin == null) {
      builtin = TextQc.create(Config.defaults()).rules();
    }
    return builtin;
  }

  public static synchronized TextQc defaultQc() {
    return TextQc.of(builtinRules());
  }

  /** The accuracy limits pinned in {@code eval-floors.json}. */
  public static com.fasterxml.jackson.databind.JsonNode floors() {
    try (java.io.InputStream in = TestSupport.class.getResourceAsStream("/eval-floors.json")) {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes {@code text} as UTF-8 to {@code root/relative}, making its folders; the file. */
  public static Path writeFile(Path root, String relative, String text) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  /** The shared evaluation folder, or null when this checkout has none (tests then skip). */
  public static Path shared() {
    Path p = Path.of(System.getProperty("textqc.shared", "../shared"));
    return Files.isDirectory(p) ? p : null;
  }
}
