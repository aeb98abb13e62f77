package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium} package; the test skips
 * when it is not installed). Screenshots land in {@code target/html-report/} for a person to look
 * at; the DOM after the page's script ran shows the filters work.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target/html-report");
  private static Path chromium;

  @BeforeAll
  static void writeReport() throws IOException {
    chromium = findChromium();
    assumeTrue(chromium != null, "chromium not installed: apt-get install chromium");
    HtmlReport.write(ReportFixtures.data(), OUT);
  }

  private static Path findChromium() {
    String env = System.getenv("TEXTQC_CHROMIUM");
    List<String> candidates = new ArrayList<>();
    if (env != null) {
      candidates.add(env);
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome"));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst()
        .orElse(null);
  }

  /** Runs chromium headless on a page; returns stdout (the DOM for --dump-dom). */
  private static String chromium(String url, String... mode) throws Exception {
    Path profile = Files.createTempDirectory("textqc-chromium-");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(List.of(mode));
    cmd.add(url);
    Path stdout = Files.createTempFile("textqc-chromium-", ".out");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
        .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      // A guard against a hung browser, not a speed check.
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish: " + cmd);
      assertEquals(0, p.exitValue(), "chromium failed: " + cmd);
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(stdout);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String url(String page, String hash) {
    return OUT.resolve(page).toAbsolutePath().toUri() + hash;
  }

  private static void assertScreenshotShowsAPage(Path png) throws IOException {
    assertTrue(Files.size(png) > 10_000, png + " is suspiciously small");
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1400, img.getWidth());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        colours.add(img.getRGB(x, y));
      }
    }
    // A blank or error page has a handful of colours; text, highlights and bars have many.
    assertTrue(colours.size() > 200, png + " looks blank: " + colours.size() + " colours");
  }

  @Test
  void documentPageRendersWithHighlights() throws Exception {
    Path png = OUT.resolve("document.png").toAbsolutePath();
    chromium(url("documents/0001-markets.txt.html", ""), "--window-size=1400,1000",
        "--screenshot=" + png);
    assertScreenshotShowsAPage(png);
  }

  @Test
  void overviewPageRenders() throws Exception {
    Path png = OUT.resolve("overview.png").toAbsolutePath();
    chromium(url("index.html", ""), "--window-size=1400,700", "--screenshot=" + png);
    assertScreenshotShowsAPage(png);
  }

  @Test
  void filtersHideCategoriesAndSeveritiesInTheBrowser() throws Exception {
    String dom = chromium(url("documents/0001-markets.txt.html", "#hide=boilerplate,info"),
        "--dump-dom");
    // The script read the hash, unticked the boxes and switched those findings off.
    assertTrue(dom.contains("data-hidden=\"boilerplate,info\""), dom);
    assertTrue(dom.contains("3 of 7 findings shown"), dom);
    Matcher off = Pattern.compile("<li data-f=\"\\d+\" data-cat=\"(\\w+)\" data-sev=\"(\\w+)\" "
        + "class=\"off\"").matcher(dom);
    List<String> hidden = off.results().map(m -> m.group(1) + "/" + m.group(2)).toList();
    assertEquals(List.of("boilerplate/warning", "garbled/info", "quote/info",
        "boilerplate/warning"), hidden);
    assertTrue(dom.contains("<mark class=\"f c-boilerplate a-remove off\""), dom);
    assertTrue(dom.contains("<mark class=\"f c-repetition a-replace\""), dom);

    Path png = OUT.resolve("document-filtered.png").toAbsolutePath();
    chromium(url("documents/0001-markets.txt.html", "#hide=boilerplate,info"),
        "--window-size=1400,1000", "--screenshot=" + png);
    assertScreenshotShowsAPage(png);

    String all = chromium(url("documents/0001-markets.txt.html", ""), "--dump-dom");
    assertTrue(all.contains("7 of 7 findings shown"), all);
    assertTrue(!all.contains("class=\"off\""), all);
  }

  @Test
  void overviewScriptCountsTheDocuments() throws Exception {
    String dom = chromium(url("index.html", ""), "--dump-dom");
    assertTrue(dom.contains("3 of 3 documents shown"), dom);
  }
}
