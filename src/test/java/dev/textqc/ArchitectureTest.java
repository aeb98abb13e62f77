package dev.textqc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library core stays free of the CLI and Maven: they are thin shells over it. */
class ArchitectureTest {

  @Test
  void coreDoesNotImportCliOrMaven() throws IOException {
    List<String> offenders = new ArrayList<>();
    Path root = Path.of("src/main/java/dev/textqc");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = root.relativize(f).toString();
        if (rel.startsWith("cli") || rel.startsWith("maven")) {
          continue;
        }
        String src = Files.readString(f);
        if (src.contains("import picocli") || src.contains("import org.apache.maven")
            || src.contains("dev.textqc.cli") || src.contains("dev.textqc.maven")) {
          offenders.add(rel);
        }
      }
    }
    assertTrue(offenders.isEmpty(), "core files importing CLI/Maven: " + offenders);
  }
}
