package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

class RuleFileTest {
  @TempDir
  Path dir;

  @Test
  void aRuleInsideAJarFindsTheListFilesNextToIt() throws Exception {
    Path jarPath = dir.resolve("rules.jar");
    try (OutputStream out = Files.newOutputStream(jarPath);
        JarOutputStream jar = new JarOutputStream(out)) {
      put(jar, "textqc/rules/boilerplate/BP_X.yaml", "id: BP_X\n");
      put(jar, "textqc/rules/boilerplate/phrases.txt", "# comment\nread more\n");
      put(jar, "textqc/rules/shared.txt", "one\n");
    }
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      RuleFile rule = RuleFile.of(jar, "textqc/rules/boilerplate/BP_X.yaml");
      assertEquals("BP_X.yaml", rule.fileName());
      assertEquals("id: BP_X\n", new String(rule.read(), StandardCharsets.UTF_8));
      assertEquals(List.of("# comment", "read more"), RuleFile.lines(rule.sibling("phrases.txt")));
      assertEquals(List.of("one"), RuleFile.lines(rule.sibling("../shared.txt")));
      assertNull(rule.sibling("missing.txt"));
      assertEquals("/textqc/rules/boilerplate/BP_X.yaml", rule.toString());
    }
  }

  private static void put(JarOutputStream jar, String name, String text) throws Exception {
    jar.putNextEntry(new JarEntry(name));
    jar.write(text.getBytes(StandardCharsets.UTF_8));
    jar.closeEntry();
  }
}
