package dev.textqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.textqc.document.Document;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming JSONL reader reads each record as a whole-tree read ({@code readTree}) did, cuts
 * lines as {@code BufferedReader.readLine} did, and isolates a broken record to its line.
 */
class JsonlRecordsTest {
  private static final ObjectMapper TREE = new ObjectMapper();

  @TempDir
  Path dir;

  private List<SourceItem> read(byte[] content) throws Exception {
    Path f = dir.resolve("c.jsonl");
    Files.write(f, content);
    return CorpusInputsTest.read(f);
  }

  /** The reader before streaming: one tree per line. */
  private static String treeRead(String line) {
    JsonNode node;
    try {
      node = TREE.readTree(line);
    } catch (Exception e) {
      return "failed";
    }
    if (node == null || !node.isObject()) {
      return "failed";
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return "failed";
    }
    JsonNode id = node.get("id");
    return (id == null || id.isNull() ? "WHERE" : id.asText()) + "|" + text.asText() + "|"
        + new Document("x", "", node.hasNonNull("language") ? node.get("language").asText()
            : null, false, java.util.Map.of()).language() + "|"
        + (node.hasNonNull("url") ? node.get("url").asText() : null);
  }

  private static String streamed(SourceItem item, String where) {
    if (item instanceof SourceItem.Failed) {
      return "failed";
    }
    Document d = CorpusInputsTest.doc(item);
    return (d.id().equals(where) ? "WHERE" : d.id()) + "|" + d.text() + "|" + d.language() + "|"
        + d.metadata().get("url");
  }

  @Test
  void recordsReadAsATreeReadThem() throws Exception {
    List<String> lines = List.of(
        "{\"id\": \"a1\", \"text\": \"Plain.\", \"extra\": {\"x\": [1, {\"y\": \"z\"}]}, \"n\": 1.5}",
        "{\"id\": 42, \"text\": \"caf\\u00e9 \\ud83d\\ude00\", \"language\": \"en\"}",
        "{\"id\": 1.5e3, \"text\": \"Float id.\", \"url\": \"http://example.org/x\"}",
        "{\"id\": 12345678901234567890123, \"text\": \"Big id.\"}",
        "{\"id\": 3000000000, \"text\": \"Long id.\"}",
        "{\"id\": -0, \"text\": \"Minus zero.\"}",
        "{\"id\": 1E+2, \"text\": \"Exponent.\"}",
        "{\"id\": true, \"text\": \"Boolean id.\"}",
        "{\"id\": null, \"text\": \"Null id.\"}",
        "{\"text\": \"No id.\", \"id\": {\"nested\": 1}}",
        "{\"id\": [1, 2], \"text\": \"Array id.\"}",
        "{\"id\": \"d\", \"text\": \"first\", \"text\": \"second wins\", \"id\": \"d2\"}",
        "{\"id\": \"d\", \"text\": \"a string\", \"text\": 5}",
        "{\"id\": \"t\", \"text\": \"Trailing text after the object.\"} xyz",
        "{\"id\": \"lang\", \"text\": \"Odd language.\", \"language\": 7, \"url\": null}",
        "{\"id\": \"\\u00e9\\u0000\", \"text\": \"Escapes \\\" \\\\ \\/ \\t.\"}",
        "{\"id\": \"text\", \"text\": \"The id field is also a text field?\"}",
        "\t {\"id\":\"ws\",\"text\":\"Leading white space.\"}",
        "{\"id\": \"bad\", \"text\": ",
        "[1, 2, 3]",
        "[1, 2",
        "\"just a string\"",
        "{\"id\": \"notext\", \"body\": \"x\"}",
        "{\"id\": \"nulltext\", \"text\": null}",
        "{\"id\": \"objtext\", \"text\": {\"a\": \"b\"}}",
        "{\"id\": \"comma\", \"text\": \"x\",}",
        "{\"id\": \"nbsp\", \"text\": \"x\"}\u00a0");
    List<SourceItem> items = read((String.join("\n", lines) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(lines.size(), items.size(), items.toString());
    for (int i = 0; i < lines.size(); i++) {
      String where = dir.resolve("c.jsonl") + ":" + (i + 1);
      assertEquals(treeRead(lines.get(i)), streamed(items.get(i), where), lines.get(i));
      if (items.get(i) instanceof SourceItem.Failed f) {
        assertTrue(f.message().startsWith(where + ": "), f.message());
      }
    }
  }

  @Test
  void linesEndLikeReadLineAndBlankLinesAreSkipped() throws Exception {
    String longText = "word ".repeat(40_000); // longer than the read buffer
    String content = "{\"id\":\"a\",\"text\":\"A.\"}\r\n"
        + "\n   \t\n"
        + "\u2003\u3000\n" // Unicode spaces only: blank
        + "{\"id\":\"b\",\"text\":\"B.\"}\r"
        + "{\"id\":\"c\",\"text\":\"" + longText + "\"}\n"
        + "{\"id\":\"d\",\"text\":\"D, no line end.\"}";
    List<SourceItem> items = read(content.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("a", "b", "c", "d"), items.stream().map(SourceItem::id).toList());
    assertEquals(longText, CorpusInputsTest.doc(items.get(2)).text());
  }

  @Test
  void brokenRecordsInTheMiddleOfALongFileAreReportedWithTheirLineAndSkipped() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int records = 3000; // some 300 KB: several buffer refills
    for (int i = 1; i <= records; i++) {
      if (i == 1200) {
        b.writeBytes("{\"id\": \"broken\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
      } else if (i == 2100) {
        b.writeBytes("{\"id\": \"latin1\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        b.write(0xE9); // é in Latin-1: not UTF-8
        b.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
      } else {
        b.writeBytes(("{\"id\": \"r" + i + "\", \"text\": \"Record " + i
            + " holds a few words, \u201cquoted\u201d, to fill the line.\", \"meta\": {\"n\": "
            + i + "}}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    List<SourceItem> items = read(b.toByteArray());
    assertEquals(records, items.size());
    String file = dir.resolve("c.jsonl").toString();
    SourceItem.Failed broken = assertInstanceOf(SourceItem.Failed.class, items.get(1199));
    assertTrue(broken.message().startsWith(file + ":1200: not a JSON object"), broken.message());
    SourceItem.Failed latin1 = assertInstanceOf(SourceItem.Failed.class, items.get(2099));
    assertEquals(file + ":2100: not valid UTF-8", latin1.message());
    List<String> good = new ArrayList<>();
    for (SourceItem item : items) {
      if (item instanceof SourceItem.Loaded l) {
        good.add(l.id());
      }
    }
    assertEquals(records - 2, good.size());
    assertEquals("r1199", good.get(1198));
    assertEquals("r1201", good.get(1199), "the record after the broken one is read");
    assertEquals("r3000", good.get(good.size() - 1));
    assertEquals("Record 2101 holds a few words, \u201cquoted\u201d, to fill the line.",
        CorpusInputsTest.doc(items.get(2100)).text());
  }

  @Test
  void utf8IsCheckedAsStrictlyAsJavasDecoder() {
    byte[][] invalid = {
        {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
        {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {(byte) 0x80}, // a lone continuation byte
        {(byte) 0xE2, (byte) 0x80}, // cut short
        {(byte) 0xFF}};
    for (byte[] bytes : invalid) {
      assertFalse(JsonlRecords.Utf8.valid(bytes, 0, bytes.length), java.util.Arrays.toString(bytes));
    }
    String valid = "a\u00e9\u20ac\ud83d\ude00\u07ff\uffff\ud800\udc00\udbff\udfff";
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    assertTrue(JsonlRecords.Utf8.valid(bytes, 0, bytes.length));
  }
}
