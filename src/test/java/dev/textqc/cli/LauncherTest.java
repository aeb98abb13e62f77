package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code src/main/launcher/textqc}) picks the JVM's options by the size of
 * the run. It runs here with a stand-in {@code java} (through {@code JAVA_HOME}) that prints the
 * arguments it was given, so the tests read the choice without starting a JVM.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("src/main/launcher/textqc");
  private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
  private static final String C2_THRESHOLDS = "-XX:Tier4InvocationThreshold=20000";
  private static final int MB = 1 << 20;

  @TempDir
  Path dir;
  private Path javaHome;

  @BeforeEach
  void standInJava() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
    javaHome = dir.resolve("jdk");
    Path java = javaHome.resolve("bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    assertTrue(java.toFile().setExecutable(true));
  }

  @Test
  void aFolderUpToTheBoundGetsTheQuickCompilerAlone() throws Exception {
    Path articles = dir.resolve("articles");
    writeBytes(articles.resolve("a.txt"), MB);
    writeBytes(articles.resolve("2024/b.txt"), MB);
    List<String> args = launch(Set.of(), "check", articles.toString());
    assertTrue(args.contains(C1_ONLY), args.toString());
    assertFalse(args.contains(C2_THRESHOLDS), args.toString());
    // the launcher's own arguments reach the CLI unchanged, after the jar
    assertEquals(List.of("-jar", "check", articles.toString()), afterJar(args));
  }

  @Test
  void aFolderPastTheBoundGetsTheOptimisingCompiler() throws Exception {
    Path corpus = dir.resolve("corpus");
    writeBytes(corpus.resolve("a.txt"), 25 * MB);
    writeBytes(corpus.resolve("deeper/b.txt"), 25 * MB);
    List<String> args = launch(Set.of(), "check", corpus.toString());
    assertTrue(args.contains(C2_THRESHOLDS), args.toString());
    assertFalse(args.contains(C1_ONLY), args.toString());
  }

  @Test
  void inputsAddUpAndCompressedFilesCountSixTimesTheirSize() throws Exception {
    Path part = dir.resolve("part.txt");
    writeBytes(part, 30 * MB);
    Path other = dir.resolve("other");
    writeBytes(other.resolve("c.txt"), 20 * MB);
    assertTrue(launch(Set.of(), "check", part.toString(), other.toString())
        .contains(C2_THRESHOLDS));
    assertTrue(launch(Set.of(), "check", part.toString()).contains(C1_ONLY));
    Path packed = dir.resolve("corpus.jsonl.gz");
    writeBytes(packed, 9 * MB); // 54 MB once unpacked
    assertTrue(launch(Set.of(), "check", packed.toString()).contains(C2_THRESHOLDS));
  }

  @Test
  void standardInputBenchAndEvalAlwaysGetTheOptimisingCompiler() throws Exception {
    assertTrue(launch(Set.of(), "check", "-").contains(C2_THRESHOLDS));
    assertTrue(launch(Set.of(), "bench").contains(C2_THRESHOLDS));
    assertTrue(launch(Set.of(), "eval").contains(C2_THRESHOLDS));
  }

  @Test
  void theUsersCollectorReplacesTheLaunchersAndTheirOptionsComeLast() throws Exception {
    Path small = dir.resolve("one.txt");
    writeBytes(small, 1000);
    List<String> defaults = launch(Set.of(), "check", small.toString());
    assertTrue(defaults.contains("-XX:+UseParallelGC"), defaults.toString());
    List<String> own = launch(Set.of("-XX:+UseSerialGC", "-Xmx1g"), "check", small.toString());
    assertFalse(own.contains("-XX:+UseParallelGC"), own.toString());
    int jar = own.indexOf("-jar");
    assertTrue(own.indexOf("-Xmx1g") > own.indexOf(C1_ONLY) && own.indexOf("-Xmx1g") < jar,
        own.toString());
  }

  private List<String> launch(Set<String> userOptions, String... cliArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
    command.addAll(List.of(cliArgs));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().put("TEXTQC_JAVA_OPTS", String.join(" ", userOptions));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
    assertEquals(0, p.exitValue(), out);
    return out.lines().toList();
  }

  /** The arguments from {@code -jar} on, with the jar's own path left out. */
  private static List<String> afterJar(List<String> args) {
    int jar = args.indexOf("-jar");
    List<String> rest = new ArrayList<>(args.subList(jar, args.size()));
    rest.remove(1);
    return rest;
  }

  private static void writeBytes(Path file, int size) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] block = new byte[64 * 1024];
    Arrays.fill(block, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int left = size; left > 0; left -= block.length) {
        out.write(block, 0, Math.min(left, block.length));
      }
    }
  }
}
