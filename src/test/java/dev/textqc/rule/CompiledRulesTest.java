package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.detect.Detectors;
import dev.textqc.Config;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule index the build compiles for the jars loads the same rules as the YAML files. */
class CompiledRulesTest {
  private static final Path RULES = Path.of("rules");

  @TempDir
  Path dir;

  private final RuleLoader loader = new RuleLoader(Detectors.all(Config.defaults()));

  @Test
  void theBuiltInRulesLoadTheSameFromTheIndexAsFromTheirYamlFiles() throws Exception {
    Path index = dir.resolve("rules.json");
    RuleLoader.compile(RULES, index);
    List<Rule> compiled;
    try (InputStream in = Files.newInputStream(index)) {
      compiled = loader.loadCompiled(in, path -> RuleFile.of(RULES.resolve(path)));
    }
    List<Rule> yaml = loader.loadFolder(RULES);
    assertEquals(yaml.size(), compiled.size());
    for (int i = 0; i < yaml.size(); i++) {
      assertEquals(yaml.get(i).meta(), compiled.get(i).meta());
      assertEquals(yaml.get(i).getClass(), compiled.get(i).getClass());
    }
  }

  @Test
  void aJarWithAnIndexLoadsItsRulesFromItAndFindsTheirListFiles() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules/boilerplate"));
    Files.writeString(rules.resolve("BP_TEST_RULE.yaml"), """
        id: BP_TEST_RULE
        kind: line-phrases
        category: boilerplate
        type: promo
        message: Test promo line.
        description: A test rule.
        phrasesFile: phrases.txt
        examples:
          incorrect: ["Buy now!"]
          correct: ["We did not buy now, said the mayor."]
        """);
    Path index = dir.resolve("rules.json");
    RuleLoader.compile(dir.resolve("rules"), index);
    Path jarPath = dir.resolve("rules.jar");
    try (OutputStream out = Files.newOutputStream(jarPath);
        JarOutputStream jar = new JarOutputStream(out)) {
      put(jar, RuleLoader.COMPILED, Files.readString(index));
      put(jar, "textqc/rules/boilerplate/phrases.txt", "buy now\n");
      // not in the index: a jar with an index is not listed
      put(jar, "textqc/rules/boilerplate/BP_OTHER_RULE.yaml", "id: BP_OTHER_RULE\n");
    }
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      List<Rule> loaded = loader.loadFromJar(jar);
      assertEquals(1, loaded.size());
      RuleMeta meta = loaded.get(0).meta();
      assertEquals("BP_TEST_RULE", meta.id());
      assertEquals("/textqc/rules/boilerplate/BP_TEST_RULE.yaml", meta.source());
    }
  }

  @Test
  void aRuleFileThatIsNotYamlFailsTheCompilationNamingTheFile() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules/quotes"));
    Files.writeString(rules.resolve("QUOTE_BROKEN.yaml"), "id: [unclosed\n");
    RuleConfigException e = assertThrows(RuleConfigException.class,
        () -> RuleLoader.compile(dir.resolve("rules"), dir.resolve("rules.json")));
    assertTrue(e.getMessage().contains("QUOTE_BROKEN.yaml:"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
  }

  private static void put(JarOutputStream jar, String name, String text) throws Exception {
    jar.putNextEntry(new JarEntry(name));
    jar.write(text.getBytes(StandardCharsets.UTF_8));
    jar.closeEntry();
  }
}
