package dev.textqc.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline's invariants over generated and real text: the original is rebuilt exactly from the
 * cleaned text and the annotations; recorded edits never overlap and never split a surrogate
 * pair; the offset map agrees with the edits; cleaning the cleaned text changes nothing.
 *
 * <p>Generated texts mix article sentences with the artifacts the rules look for, emoji, curly
 * quotes, CRLF and blank lines; each case is a fixed seed, so a failure reproduces.
 */
class LosslessPropertyTest {
  private static final TextQc QC = TestSupport.defaultQc();

  private static final String[] PIECES = {
      "The council met on Tuesday.", "Prices rose by 3.5% in May.", "“We will not wait,” she said.",
      "He said the the plan was late.", "It ended badly. .", "Wait... what?", "Mr. Smith left.",
      "- Advertisement -", "READ MORE: Storm hits the coast[LATEST]", "Skip to content",
      "Sign up for our newsletter. You can unsubscribe at any time.", "Source: Read Full Article",
      "Related Stories", "The U.S. and Canada agreed , and signed.", "[The] The vote passed.",
      "Fans 🎉 cheered 👍🏽 loudly.", "Ünïcödé façade café naïve.", "Они сказали, что да.",
      "ADVERTISEMENT", "Follow us on Twitter", "willing to go to to get it", "had had enough",
      "   indented line", "\t", "😀😀", "a", ".", ",", "“", "”", "’", "—", ""};

  static Stream<Arguments> generated() {
    List<Arguments> cases = new ArrayList<>();
    for (long seed = 1; seed <= 300; seed++) {
      cases.add(Arguments.of("seed " + seed, generate(new Random(seed))));
    }
    return cases.stream();
  }

  static String generate(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int n = rnd.nextInt(25);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[rnd.nextInt(PIECES.length)]);
      int sep = rnd.nextInt(10);
      sb.append(sep < 3 ? " " : sep < 6 ? "\n" : sep < 8 ? "\n\n" : sep < 9 ? "\r\n" : "");
    }
    return sb.toString();
  }

  static Stream<Arguments> realTexts() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<Path> folders = new ArrayList<>(List.of(Path.of("src/samples")));
    Path shared = TestSupport.shared();
    if (shared != null) {
      folders.add(shared.resolve("dev/seeds"));
    }
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          cases.add(Arguments.of(p.getFileName().toString(),
              Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"generated", "realTexts"})
  void invariantsHold(String name, String text) {
    Result r = QC.check(Document.of(name, text));
    // 1. the original is rebuilt from the cleaned text plus remove/replace annotations
    assertEquals(text, Result.rebuildOriginal(r.cleaned(), r.annotations(), text));
    // 2. edits do not overlap and do not split surrogate pairs
    List<Annotation> edits = r.annotations().stream().filter(a -> a.action() != Action.FLAG)
        .toList();
    for (int i = 1; i < edits.size(); i++) {
      assertTrue(edits.get(i - 1).span().end() <= edits.get(i).span().start(), "overlap");
    }
    for (Annotation a : r.annotations()) {
      assertFalse(splitsSurrogate(text, a.span().start()), a + " splits a surrogate pair");
      assertFalse(splitsSurrogate(text, a.span().end()), a + " splits a surrogate pair");
    }
    // 3. the offset map agrees: unchanged characters map to themselves
    int pos = 0;
    for (Annotation e : edits) {
      checkUnchanged(r, text, pos, e.span().start());
      pos = e.span().end();
    }
    checkUnchanged(r, text, pos, text.length());
    // 4. cleaning is a fixed point
    Result again = QC.check(Document.of(name, r.cleaned()));
    assertEquals(r.cleaned(), again.cleaned(), "second clean changed the text");
  }

  private static void checkUnchanged(Result r, String text, int from, int to) {
    if (from >= to) {
      return;
    }
    Span c = r.offsets().toCleaned(new Span(from, to));
    assertEquals(text.substring(from, to), r.cleaned().substring(c.start(), c.end()));
    assertEquals(new Span(from, to), r.offsets().toOriginal(c));
  }

  private static boolean splitsSurrogate(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }
}
