package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each text report format against its golden file. After an intended format change, regenerate
 * with {@code mvn test -Dtest=ReportGoldenTest -Dtextqc.updateGolden=true} and review the diff.
 */
class ReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/report/golden");

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"SARIF", "GITHUB", "CHECKSTYLE", "JUNIT"})
  void matchesGoldenFile(ReportFormat format) throws IOException {
    String actual = Reports.render(format, ReportFixtures.data());
    Path golden = GOLDEN.resolve(format.fileName());
    if (Boolean.getBoolean("textqc.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "no golden file " + golden
        + "; create it with -Dtextqc.updateGolden=true");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }
}
