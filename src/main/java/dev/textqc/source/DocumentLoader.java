package dev.textqc.source;

import dev.textqc.document.Document;
import dev.textqc.source.html.HtmlDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Turns the bytes of one input into a {@link Document}, deciding the format by content, not by
 * file name.
 *
 * <ul>
 *   <li>HTML and XHTML go through the block extractor, which keeps the page structure.</li>
 *   <li>Text that carries no binary signature is decoded strictly (UTF-8 or {@code --charset}).</li>
 *   <li>Anything with a binary signature (NUL bytes, {@code %PDF}, a ZIP container such as DOCX,
 *       ODT or EPUB, an OLE container, RTF) is named by Tika's detector and extracted by Tika's
 *       parsers. Only then are Tika's parsers loaded, so reading text and HTML starts fast.</li>
 * </ul>
 */
public final class DocumentLoader {
  private DocumentLoader() {}

  /** Thrown with a message fit for the user (the caller prefixes the input's name). */
  public static final class LoadException extends Exception {
    public LoadException(String message) {
      super(message);
    }
  }

  /**
   * @param format {@code auto}, {@code html} or {@code text}
   * @param charset the charset named by the user or a header, or null
   * @param url the document's URL when known
   */
  public static Document load(String id, byte[] bytes, String format, Charset charset,
      String url) throws LoadException {
    if (format.equals("html")
        || format.equals("auto") && DocumentExtractor.looksLikeMarkup(bytes)) {
      return HtmlDocuments.fromBytes(id, bytes, charset, url);
    }
    if (format.equals("auto") && hasBinarySignature(bytes)) {
      return viaTika(id, bytes, url);
    }
    try {
      Document d = Document.of(id, TextDecoder.decode(bytes, charset));
      return url == null ? d : new Document(id, d.text(), null, false, Map.of("url", url));
    } catch (TextDecoder.DecodeException e) {
      throw new LoadException(e.getMessage());
    }
  }

  /** Magic numbers of the document formats Tika reads, and NUL bytes of any binary file. */
  static boolean hasBinarySignature(byte[] b) {
    if (startsWith(b, "%PDF") || startsWith(b, "{\\rtf") || startsWith(b, "PK\u0003\u0004")
        || startsWith(b, "\u00d0\u00cf\u0011\u00e0")) {
      return true;
    }
    int probe = Math.min(b.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, String latin1) {
    byte[] p = latin1.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (b[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static Document viaTika(String id, byte[] bytes, String url) throws LoadException {
    MediaType type;
    try {
      type = Tika.DETECTOR.detect(new ByteArrayInputStream(bytes), new Metadata());
    } catch (IOException e) {
      throw new LoadException("cannot detect the format: " + e.getMessage());
    }
    String base = type.getBaseType().toString();
    if (base.equals("application/octet-stream")) {
      int nul = 0;
      while (nul < bytes.length && bytes[nul] != 0) {
        nul++;
      }
      throw new LoadException("looks like a binary file" + (nul < bytes.length
          ? " (NUL byte at offset " + nul + ")" : "") + "; textqc reads text, HTML, JSONL, "
          + "WARC and the document formats Tika knows (PDF, DOCX, ODT, EPUB, RTF)");
    }
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return HtmlDocuments.fromBytes(id, bytes, null, url);
    }
    try {
      DocumentExtractor.Extracted x = DocumentExtractor.extract(bytes, null, Tika.PARSER);
      Map<String, String> meta = new java.util.LinkedHashMap<>(x.metadata());
      meta.putIfAbsent("contentType", base);
      if (url != null) {
        meta.put("url", url);
      }
      return new Document(id, x.text(), null, true, meta);
    } catch (Exception e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new LoadException("cannot extract text from " + base.toLowerCase(Locale.ROOT)
          + ": " + msg);
    }
  }

  /** Tika's detector and parsers, loaded on first use only (they take a while to start). */
  private static final class Tika {
    static final AutoDetectParser PARSER = new AutoDetectParser();
    static final Detector DETECTOR = PARSER.getDetector();
  }
}
