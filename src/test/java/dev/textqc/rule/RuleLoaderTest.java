package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.Config;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file fails naming the file, the rule, the key and what is allowed. */
class RuleLoaderTest {
  @TempDir
  Path dir;

  private static final String GOOD = """
      id: BP_TEST_RULE
      kind: line-phrases
      category: boilerplate
      type: promo
      message: Test promo line.
      description: A test rule.
      phrases: [buy now]
      examples:
        incorrect: ["Buy now!"]
        correct: ["We did not buy now, said the mayor."]
      """;

  private RuleConfigException load(String name, String yaml) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, yaml);
    return assertThrows(RuleConfigException.class,
        () -> new RuleLoader(Map.of()).loadFolder(dir));
  }

  @Test
  void aUserRuleFolderLoadsAndRuns() throws IOException {
    Files.writeString(dir.resolve("BP_TEST_RULE.yaml"), GOOD);
    TextQc qc = TextQc.create(Config.defaults().withRuleFolders(java.util.List.of(dir))
        .withBuiltinRules(false));
    assertEquals(1, qc.rules().size());
    assertEquals("Intro.\n", qc.check(Document.of("t", "Intro.\nBuy now!")).cleaned());
  }

  @Test
  void badEnumValueNamesFileRuleKeyAndAllowedValues() throws IOException {
    RuleConfigException e = load("BP_TEST_RULE.yaml", GOOD.replace("category: boilerplate",
        "category: boilerplat"));
    String m = e.getMessage();
    assertTrue(m.contains("BP_TEST_RULE.yaml"), m);
    assertTrue(m.contains("rule BP_TEST_RULE"), m);
    assertTrue(m.contains("'category'"), m);
    assertTrue(m.contains("boilerplate, garbled, quote"), m);
  }

  @Test
  void unknownKeyIsNamedWithTheAllowedKeys() throws IOException {
    String m = load("BP_TEST_RULE.yaml", GOOD + "phrasez: [x]\n").getMessage();
    assertTrue(m.contains("'phrasez'") && m.contains("allowed keys") && m.contains("phrasesFile"),
        m);
  }

  @Test
  void unknownKindListsTheKinds() throws IOException {
    String m = load("BP_TEST_RULE.yaml", GOOD.replace("kind: line-phrases", "kind: lines"))
        .getMessage();
    assertTrue(m.contains("'kind'") && m.contains("line-phrases, line-regex, inline-regex"), m);
  }

  @Test
  void idMustMatchFileName() throws IOException {
    String m = load("BP_OTHER.yaml", GOOD).getMessage();
    assertTrue(m.contains("'id'") && m.contains("BP_OTHER"), m);
  }

  @Test
  void missingExamplesAreAnError() throws IOException {
    String m = load("BP_TEST_RULE.yaml", GOOD.replace(
        "  correct: [\"We did not buy now, said the mayor.\"]\n", "")).getMessage();
    assertTrue(m.contains("'examples.correct'"), m);
  }

  @Test
  void invalidRegexIsReportedWithItsKey() throws IOException {
    String yaml = GOOD.replace("kind: line-phrases", "kind: line-regex")
        .replace("phrases: [buy now]", "pattern: '(buy'");
    String m = load("BP_TEST_RULE.yaml", yaml).getMessage();
    assertTrue(m.contains("'pattern'") && m.contains("regular expression"), m);
  }

  @Test
  void invalidYamlNamesTheFileAndPosition() throws IOException {
    String m = load("BP_TEST_RULE.yaml", "id: [unclosed\n").getMessage();
    assertTrue(m.contains("BP_TEST_RULE.yaml:") && m.contains("not valid YAML"), m);
  }

  @Test
  void missingListFileIsNamed() throws IOException {
    String m = load("BP_TEST_RULE.yaml", GOOD.replace("phrases: [buy now]",
        "phrasesFile: nope.txt")).getMessage();
    assertTrue(m.contains("'phrasesFile'") && m.contains("nope.txt"), m);
  }
}
