package dev.textqc.detect.encoding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link MojibakeRepair#mayRepair} lets the encoding stage skip words that cannot be mojibake: it
 * must never skip a word the repair would change. Checked on random words built from mojibake
 * pieces, real mojibake and clean typography.
 */
class MojibakeGateTest {
  private static MojibakeRepair repair() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = MojibakeGateTest.class
        .getResourceAsStream("/textqc/rules/encoding/mojibake-classes.txt")) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank() && !l.strip().startsWith("#")) {
          lines.add(l.strip());
        }
      }
    }
    return new MojibakeRepair(List.of(SingleByteCodec.of(SingleByteCodec.SLOPPY_1252, false),
        SingleByteCodec.of("windows-1250", true), SingleByteCodec.of("x-MacRoman", true),
        SingleByteCodec.of("IBM437", true)), CharClasses.parse(lines, "mojibake-classes.txt"));
  }

  private static String misread(String s, String charset) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void noWordTheRepairChangesIsSkipped() throws IOException {
    MojibakeRepair r = repair();
    List<String> pieces = new ArrayList<>(List.of("a", "e", "T", "’", "“", "”", "é", "ü", "Ж",
        "—", "€", "\uFFFD", "\u00A0", "\u0081", "\u0094", "❤", "😀", "ß", "Å", "ł", "√", "┬"));
    for (String word : List.of("café", "naïve", "“quoted”", "it’s", "Привет", "żółć", "€5",
        "❤", "😀", "—", "São")) {
      for (String cs : List.of("windows-1252", "ISO-8859-1", "windows-1250", "x-MacRoman",
          "IBM437")) {
        pieces.add(misread(word, cs));
        pieces.add(misread(misread(word, cs), cs));
      }
    }
    Random random = new Random(7);
    int repaired = 0;
    for (int i = 0; i < 40_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        String p = pieces.get(random.nextInt(pieces.size()));
        sb.append(random.nextInt(3) == 0 ? p.substring(random.nextInt(p.length())) : p);
      }
      String word = sb.toString();
      boolean may = r.mayRepair(word, 0, word.length());
      for (Set<String> trusted : List.of(Set.<String>of(),
          Set.of(SingleByteCodec.SLOPPY_1252, "windows-1250", "x-MacRoman", "IBM437"))) {
        MojibakeRepair.Repaired fixed = r.repair(word, trusted);
        if (fixed != null) {
          repaired++;
          assertTrue(may, () -> "skipped a word the repair changes: " + word);
        }
      }
    }
    assertTrue(repaired > 1000, "the random words hold mojibake: " + repaired);
  }

  @Test
  void cleanTypographyIsSkipped() throws IOException {
    MojibakeRepair r = repair();
    for (String word : List.of("“We", "don’t", "’90s", "—", "…", "😀", "Привет", "日本")) {
      assertFalse(r.mayRepair(word, 0, word.length()), word);
    }
    String moji = misread("café", "windows-1252");
    assertTrue(r.mayRepair(moji, 0, moji.length()));
    assertNotNull(r.repair(moji));
  }

  @Test
  void pureAsciiIsExact() {
    assertTrue(EncodingRepairs.pureAscii(""));
    assertTrue(EncodingRepairs.pureAscii("plain text\n\twith \"quotes\" and \u007f"));
    assertFalse(EncodingRepairs.pureAscii("caf\u00e9"));
    assertFalse(EncodingRepairs.pureAscii("\u0080"));
    assertFalse(EncodingRepairs.pureAscii("it\u2019s"));
    assertFalse(EncodingRepairs.pureAscii("a \u201cquote\u201d"));
    assertFalse(EncodingRepairs.pureAscii("\u041f\u0440\u0438"));
    assertFalse(EncodingRepairs.pureAscii("emoji \ud83d\ude00"));
    assertTrue(EncodingRepairs.find("All ASCII, no damage.", null).isEmpty());
  }
}
