package dev.textqc.source.html;

import dev.textqc.document.Document;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@link Document}s from HTML, carrying the page structure for the boilerplate stage. */
public final class HtmlDocuments {
  private HtmlDocuments() {}

  /**
   * @param charset the charset a header or the user named, or null to let the page decide
   * @param url the page's URL when known, kept in the metadata
   */
  public static Document fromBytes(String id, byte[] html, Charset charset, String url) {
    return toDocument(id, HtmlBlockExtractor.extract(html, charset, url), url);
  }

  public static Document fromString(String id, String html) {
    return toDocument(id, HtmlBlockExtractor.extract(html), null);
  }

  /** The document of a page already extracted (to time extraction apart from checking). */
  public static Document toDocument(String id, HtmlBlockExtractor.Page page, String url) {
    Map<String, String> meta = new LinkedHashMap<>(page.metadata());
    if (url != null && !url.isEmpty()) {
      meta.put("url", url);
    }
    return new Document(id, page.text(), null, true, meta, page.structure());
  }
}
