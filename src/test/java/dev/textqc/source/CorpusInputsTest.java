package dev.textqc.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import dev.textqc.document.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpora are read record by record in every container the issue names. */
class CorpusInputsTest {
  private static final String JSONL = "{\"id\":\"a\",\"text\":\"First record.\"}\n"
      + "{\"id\":\"b\",\"text\":\"Second record.\"}\n";

  @TempDir
  Path dir;

  static List<SourceItem> read(Path... files) throws Exception {
    List<String> args = new ArrayList<>();
    for (Path f : files) {
      args.add(f.toString());
    }
    Inputs in = new Inputs(args, InputOptions.defaults(), () -> null);
    List<SourceItem> out = new ArrayList<>();
    while (in.hasNext()) {
      SourceItem item = in.next();
      out.add(item instanceof SourceItem.Deferred d ? d.loadOrFail() : item);
    }
    return out;
  }

  static Document doc(SourceItem item) {
    return assertInstanceOf(SourceItem.Loaded.class, item, item.toString()).document();
  }

  /**
   * A folder with a file, one in a subfolder, a link to a file outside it (read first, by name)
   * and a link back to itself, which the walk must not follow.
   */
  private Path folderWithLinks() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("corpus/sub"));
    Files.writeString(dir.resolve("corpus/b.txt"), "Second.");
    Files.writeString(folder.resolve("c.txt"), "Third.");
    Path outside = Files.writeString(dir.resolve("elsewhere.txt"), "Linked.");
    Files.createSymbolicLink(dir.resolve("corpus/a.txt"), outside);
    Files.createSymbolicLink(dir.resolve("corpus/loop"), dir.resolve("corpus"));
    return dir.resolve("corpus");
  }

  @Test
  void aFolderHoldsItsFilesAndTheFilesItsLinksPointToInOrder() throws Exception {
    List<SourceItem> items = read(folderWithLinks());
    assertEquals(List.of("Linked.", "Second.", "Third."),
        items.stream().map(i -> doc(i).text()).toList());
  }

  @Test
  void theProgressBarKnowsTheSizeOfAFolderLinkedFilesIncluded() throws Exception {
    Inputs in = new Inputs(List.of(folderWithLinks().toString()), InputOptions.defaults(),
        () -> null);
    assertEquals("Linked.".length() + "Second.".length() + "Third.".length(), in.bytesKnown());
  }

  @Test
  void aFileIsReadWholeWhateverSizeTheWalkSawForIt() throws Exception {
    byte[] text = "Zürich — ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    Path f = Files.write(dir.resolve("f.txt"), text);
    assertArrayEquals(text, Inputs.readSized(f, text.length));
    assertArrayEquals(text, Inputs.readSized(f, 10)); // grew since the walk
    assertArrayEquals(text, Inputs.readSized(f, text.length + 500)); // shrank since the walk
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertArrayEquals(new byte[0], Inputs.readSized(empty, 0));
    assertArrayEquals(new byte[0], Inputs.readSized(empty, 7));
  }

  @Test
  void aMissingFileIsReportedByNameAndTheOthersAreRead() throws Exception {
    Path there = Files.writeString(dir.resolve("there.txt"), "Here.");
    Path missing = dir.resolve("missing.txt");
    List<SourceItem> items = read(missing, there);
    SourceItem.Failed failed = assertInstanceOf(SourceItem.Failed.class, items.get(0));
    assertEquals(missing + ": no such file or folder", failed.message());
    assertEquals("Here.", doc(items.get(1)).text());
  }

  @Test
  void jsonlPlainGzipAndZstdGiveTheSameRecords() throws Exception {
    Path plain = dir.resolve("c.jsonl");
    Files.writeString(plain, JSONL);
    Path gz = dir.resolve("c.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(JSONL.getBytes(StandardCharsets.UTF_8));
    }
    Path zst = dir.resolve("c.jsonl.zst");
    try (OutputStream o = new ZstdOutputStream(Files.newOutputStream(zst))) {
      o.write(JSONL.getBytes(StandardCharsets.UTF_8));
    }
    for (Path p : List.of(plain, gz, zst)) {
      List<SourceItem> items = read(p);
      assertEquals(List.of("a", "b"), items.stream().map(SourceItem::id).toList(), p.toString());
      assertEquals("Second record.", doc(items.get(1)).text());
    }
  }

  private static List<SourceItem> readStdin(byte[] bytes, String format) {
    InputOptions options = format == null ? InputOptions.defaults()
        : new InputOptions(format, "id", "text", List.of(), List.of(), null);
    Inputs in = new Inputs(List.of("-"), options, () -> new ByteArrayInputStream(bytes));
    List<SourceItem> out = new ArrayList<>();
    while (in.hasNext()) {
      SourceItem item = in.next();
      out.add(item instanceof SourceItem.Deferred d ? d.loadOrFail() : item);
    }
    return out;
  }

  private static byte[] compress(byte[] bytes, boolean zstd) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (OutputStream o = zstd ? new ZstdOutputStream(b) : new GZIPOutputStream(b)) {
      o.write(bytes);
    }
    return b.toByteArray();
  }

  @Test
  void jsonlOnStandardInputIsReadRecordByRecordPlainOrCompressed() throws Exception {
    byte[] plain = JSONL.getBytes(StandardCharsets.UTF_8);
    for (byte[] bytes : List.of(plain, compress(plain, false), compress(plain, true))) {
      for (String format : new String[] {null, "jsonl"}) {
        List<SourceItem> items = readStdin(bytes, format);
        assertEquals(List.of("a", "b"), items.stream().map(SourceItem::id).toList(),
            "format " + format);
        assertEquals("Second record.", doc(items.get(1)).text());
      }
    }
  }

  @Test
  void textOnStandardInputIsOneDocumentEvenWhenItStartsWithABrace() throws Exception {
    for (String text : List.of("Plain text.\n{\"id\":\"a\"}\n", "{curly} start, then text\n",
        "{\"a\": 1,\n \"b\": 2}\n")) {
      List<SourceItem> items = readStdin(text.getBytes(StandardCharsets.UTF_8), null);
      assertEquals(1, items.size(), text);
      assertEquals(text, doc(items.get(0)).text());
    }
    // told it is text, a JSONL-looking input stays one document
    List<SourceItem> items = readStdin(JSONL.getBytes(StandardCharsets.UTF_8), "text");
    assertEquals(1, items.size());
    assertEquals(JSONL, doc(items.get(0)).text());
  }

  @Test
  void sniffingKnowsWarcJsonlAndLeavesTheRestAlone() {
    assertEquals("warc", Inputs.sniffCorpus("WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("jsonl", Inputs.sniffCorpus("\uFEFF {\"id\":1} \r\n{".getBytes(StandardCharsets.UTF_8)));
    assertEquals("jsonl", Inputs.sniffCorpus("{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
    assertEquals("auto", Inputs.sniffCorpus("{\"id\":1".getBytes(StandardCharsets.UTF_8)));
    assertEquals("auto", Inputs.sniffCorpus("{}x\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("auto", Inputs.sniffCorpus(new byte[0]));
    assertEquals("auto", Inputs.sniffCorpus("}{".getBytes(StandardCharsets.UTF_8)));
  }

  /** A WARC record with a block of the given bytes. */
  private static byte[] warcRecord(String type, String id, String uri, String contentType,
      byte[] block) {
    String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + id
        + ">\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(block);
    b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  private static byte[] http(String contentType, byte[] body) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(body);
    return b.toByteArray();
  }

  @Test
  void warcResponsesUseTheHeaderCharsetAndSkipOtherRecords() throws Exception {
    // the page declares nothing itself; only the HTTP header knows it is Windows-1252
    byte[] page = "<html><body><p>Caf\u00e9 prices rose \u2013 again.</p></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    warc.writeBytes(warcRecord("warcinfo", "00000000-0000-0000-0000-000000000001", null,
        "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)));
    warc.writeBytes(warcRecord("request", "00000000-0000-0000-0000-000000000002",
        "http://example.org/", "application/http; msgtype=request",
        "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    warc.writeBytes(warcRecord("response", "00000000-0000-0000-0000-000000000003",
        "http://example.org/", "application/http; msgtype=response",
        http("text/html; charset=windows-1252", page)));
    Path file = dir.resolve("crawl.warc.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
      o.write(warc.toByteArray());
    }
    List<SourceItem> items = read(file);
    assertEquals(1, items.size(), items.toString());
    Document d = doc(items.get(0));
    assertEquals("urn:uuid:00000000-0000-0000-0000-000000000003", d.id());
    assertEquals("Caf\u00e9 prices rose \u2013 again.", d.text());
    assertEquals("http://example.org/", d.metadata().get("url"));
    assertNotNull(d.structure(), "HTML from a WARC keeps its structure");
  }

  @Test
  void wetConversionsArePlainTextAndACorruptRecordIsReportedWithItsOffset() throws Exception {
    ByteArrayOutputStream wet = new ByteArrayOutputStream();
    wet.writeBytes(warcRecord("conversion", "00000000-0000-0000-0000-000000000004",
        "http://example.org/a", "text/plain",
        "Plain words from a crawl.\nSecond line.".getBytes(StandardCharsets.UTF_8)));
    wet.writeBytes("WARC/1.0\r\nthis is not a header line at all\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    Path file = dir.resolve("crawl.warc.wet");
    Files.write(file, wet.toByteArray());
    List<SourceItem> items = read(file);
    assertEquals(2, items.size(), items.toString());
    assertEquals("Plain words from a crawl.\nSecond line.", doc(items.get(0)).text());
    SourceItem.Failed f = assertInstanceOf(SourceItem.Failed.class, items.get(1));
    assertTrue(f.message().startsWith(file + "@"), f.message());
    assertTrue(f.message().contains("corrupt WARC record"), f.message());
  }
}
