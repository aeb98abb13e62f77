package dev.textqc.source;

import dev.textqc.document.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The documents of a WARC or WET file (plain or gzip-compressed, as Common Crawl ships them),
 * read record by record. Response records become documents extracted from their HTTP payload,
 * with the charset of the HTTP {@code Content-Type} header passed on (a page that declares its
 * charset late would otherwise be decoded as Windows-1252); WET conversion records are plain text.
 * Requests, metadata, warcinfo and non-200 responses are skipped. Each document's id is its
 * {@code WARC-Record-ID}, and its URL is kept. A corrupt record is reported with its offset, and
 * reading the file stops there, since a WARC has no way to find the next record.
 */
final class WarcRecords extends StreamedRecords {
  private final String file;
  private final String relative;
  private final WarcReader reader;
  private final InputOptions options;

  WarcRecords(String file, String relative, InputStream in, InputOptions options)
      throws IOException {
    this(file, relative, new WarcReader(in), options);
  }

  private WarcRecords(String file, String relative, WarcReader reader, InputOptions options) {
    super(reader);
    this.file = file;
    this.relative = relative;
    this.options = options;
    this.reader = reader;
    reader.setLenient(true);
  }

  @Override
  protected SourceItem read() {
    long offset = reader.position();
    try {
      Optional<WarcRecord> rec = reader.next();
      if (rec.isEmpty()) {
        end();
        return null;
      }
      return convert(rec.get());
    } catch (IOException | RuntimeException e) {
      end();
      String where = file + "@" + offset;
      return new SourceItem.Failed(where, where + ": corrupt WARC record, rest of file skipped: "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  private SourceItem convert(WarcRecord rec) throws IOException {
    String id = rec.id().toString();
    if (rec instanceof WarcConversion conv) {
      String url = conv.target();
      byte[] body = readAll(conv.body().stream());
      Charset cs = charset(conv.contentType(), options.charset());
      return new SourceItem.Deferred(id, file, relative, body.length,
          () -> DocumentLoader.load(id, body, "text", cs, url));
    }
    if (rec instanceof WarcResponse resp) {
      String url = resp.target();
      var http = resp.http();
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      MediaType type = http.contentType();
      byte[] body = readAll(http.bodyDecoded().stream());
      Charset cs = charset(type, options.charset());
      String format = isHtml(type) ? "html" : "auto";
      return new SourceItem.Deferred(id, file, relative, body.length,
          () -> DocumentLoader.load(id, body, format, cs, url));
    }
    if (rec instanceof WarcResource res) {
      String url = res.target();
      byte[] body = readAll(res.body().stream());
      Charset cs = charset(res.contentType(), options.charset());
      return new SourceItem.Deferred(id, file, relative, body.length,
          () -> DocumentLoader.load(id, body, "auto", cs, url));
    }
    return null; // requests, metadata, warcinfo: nothing to read
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  private static boolean isHtml(MediaType type) {
    String t = type.base().toString().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  /** The user's charset wins; then the header's; null lets the content decide. */
  private static Charset charset(MediaType type, Charset user) {
    if (user != null) {
      return user;
    }
    Map<String, String> params = type.parameters();
    String name = params.get("charset");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().replace("\"", ""));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
