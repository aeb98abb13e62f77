package dev.textqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.document.Document;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Formats are recognised by content, whatever the file is called, and documents keep their whole
 * text. The fixtures are built here, so no third-party document ships with the tests.
 */
class DocumentFormatsTest {

  private static Document load(byte[] bytes) throws Exception {
    return DocumentLoader.load("doc", bytes, "auto", null, null);
  }

  static byte[] pdf(String line) throws Exception {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(line);
        cs.endText();
      }
      pdf.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String paragraph) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
          + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org"
          + "/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
          + "main\"><w:body><w:p><w:r><w:t>" + paragraph + "</w:t></w:r></w:p></w:body>"
          + "</w:document>");
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  @Test
  void pdfIsExtractedByTika() throws Exception {
    Document d = load(pdf("The tide tables were printed in March."));
    assertTrue(d.text().contains("The tide tables were printed in March."), d.text());
    assertTrue(d.extracted());
    assertEquals("application/pdf", d.metadata().get("contentType").split(";")[0]);
  }

  @Test
  void docxIsExtractedByTika() throws Exception {
    Document d = load(docx("Minutes of the allotment committee."));
    assertTrue(d.text().contains("Minutes of the allotment committee."), d.text());
    assertTrue(d.extracted());
  }

  @Test
  void rtfIsNotMistakenForText() throws Exception {
    String rtf = "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0 Bridge works "
        + "start on Monday.\\par}";
    Document d = load(rtf.getBytes(StandardCharsets.US_ASCII));
    assertEquals("Bridge works start on Monday.", d.text().strip());
  }

  @Test
  void htmlGetsStructureAndTextStaysText() throws Exception {
    Document html = load("<!DOCTYPE html><html><body><p>Hello there.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    assertNotNull(html.structure());
    assertEquals("Hello there.", html.text());
    Document text = load("<b> is how you write bold.".getBytes(StandardCharsets.UTF_8));
    assertNull(text.structure());
    assertEquals("<b> is how you write bold.", text.text());
  }

  @Test
  void longDocumentsAreNotCutAtTikasDefaultLimit() throws Exception {
    StringBuilder para = new StringBuilder();
    while (para.length() < 150_000) {
      para.append("The long report goes on and on. ");
    }
    Document d = load(docx(para.toString()));
    assertTrue(d.text().strip().length() >= para.toString().strip().length(),
        "kept " + d.text().length() + " characters");
  }

  @Test
  void unknownBinaryIsNamedAsSuch() {
    DocumentLoader.LoadException e = assertThrows(DocumentLoader.LoadException.class,
        () -> load(new byte[] {1, 2, 0, 3, (byte) 0xff, 0, 7}));
    assertTrue(e.getMessage().startsWith("looks like a binary file (NUL byte at offset 2)"),
        e.getMessage());
  }
}
