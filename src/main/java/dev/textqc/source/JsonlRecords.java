package dev.textqc.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.textqc.document.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads a JSONL corpus lazily, one record per line, straight from the bytes: lines are cut at
 * {@code \n}, {@code \r} or {@code \r\n} in a reused buffer and handed on as bytes
 * ({@link SourceItem.Deferred}); the worker that checks a record checks it is UTF-8 and reads it
 * with a streaming parser that materialises only the id, text, {@code language} and {@code url}
 * fields and skips the others without decoding them. No tree is built and the file is never
 * decoded to characters as a whole.
 *
 * <p>A record is read as {@code ObjectMapper.readTree} read it before (which the tests pin): the
 * last of duplicate fields wins, text after the object on the same line is ignored, a non-string
 * id reads as its JSON text (numbers as Java prints them, objects and arrays as an empty id), a
 * null or missing id names the record by file and line. Lines are the unit of failure: a record
 * that is not a JSON object, lacks the text field or is not valid UTF-8 is reported with its
 * file and line number, and reading goes on with the next line. A parser per line (from a shared
 * factory, so cheap) is what makes that possible: a streaming parser cannot resynchronise after a
 * syntax error.
 */
final class JsonlRecords extends StreamedRecords {
  /** Created on first use: jackson-core only, no databind. */
  private static final class Json {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  private final String file;
  private final String relative;
  private final InputStream in;
  private final String idField;
  private final String textField;
  private byte[] buf = new byte[1 << 16];
  /** Unread bytes are {@code buf[pos, limit)}. */
  private int pos;
  private int limit;
  private boolean eof;
  /** The last line ended with {@code \r}: a {@code \n} right after it belongs to it. */
  private boolean skipLf;
  /** The line just cut: {@code buf[lineStart, lineEnd)}. */
  private int lineStart;
  private int lineEnd;
  private int lineNo;

  JsonlRecords(String file, String relative, InputStream in, InputOptions options) {
    super(in);
    this.file = file;
    this.relative = relative;
    this.in = in;
    this.idField = options.idField();
    this.textField = options.textField();
  }

  @Override
  protected SourceItem read() {
    try {
      if (!nextLine()) {
        end();
        return null;
      }
    } catch (IOException e) {
      end();
      String where = file + ":" + (lineNo + 1);
      return new SourceItem.Failed(where, where + ": cannot read record: " + e.getMessage());
    }
    lineNo++;
    String where = file + ":" + lineNo;
    int content = firstNonBlank(buf, lineStart, lineEnd);
    if (content == lineEnd) {
      return null;
    }
    if (buf[content] < 0 && new String(buf, content, lineEnd - content,
        StandardCharsets.UTF_8).isBlank()) {
      return null; // only Unicode spaces (or not UTF-8, which the worker reports)
    }
    // The reading thread only cuts lines; decoding and parsing a record cost as much as cutting
    // it, so they run on the worker that checks it, where they scale with --threads.
    byte[] line = Arrays.copyOfRange(buf, content, lineEnd);
    return new SourceItem.Deferred(where, file, relative, line.length,
        () -> record(where, line));
  }

  /**
   * Cuts the next line like {@link java.io.BufferedReader#readLine()}: ends at {@code \n},
   * {@code \r} or {@code \r\n}; a last line without an ending counts; returns false at the end.
   */
  private boolean nextLine() throws IOException {
    int scan = pos;
    while (true) {
      if (skipLf && pos < limit) {
        if (buf[pos] == '\n') {
          pos++;
          scan = Math.max(scan, pos);
        }
        skipLf = false;
      }
      for (int i = scan; i < limit; i++) {
        byte b = buf[i];
        if (b == '\n' || b == '\r') {
          lineStart = pos;
          lineEnd = i;
          pos = i + 1;
          skipLf = b == '\r';
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          lineStart = pos;
          lineEnd = limit;
          pos = limit;
          return true;
        }
        return false;
      }
      scan = limit - pos; // where the scan resumes once the buffer is compacted
      fill();
    }
  }

  /** Moves the unread bytes to the front (growing the buffer for a long line) and reads more. */
  private void fill() throws IOException {
    int unread = limit - pos;
    if (unread == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, unread);
    }
    pos = 0;
    limit = unread;
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  /** The first byte that is not ASCII white space as {@link String#isBlank()} sees it. */
  private static int firstNonBlank(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i];
      if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The record on one line; a line that is not valid UTF-8, not a JSON object or lacks the text
   * field fails with a message that names the problem (the runner adds the file and line).
   */
  private Document record(String where, byte[] line) throws DocumentLoader.LoadException {
    if (!Utf8.valid(line, 0, line.length)) {
      throw new DocumentLoader.LoadException("not valid UTF-8");
    }
    String text = null;
    String id = null;
    String language = null;
    String url = null;
    try (JsonParser p = Json.FACTORY.createParser(line)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        if (t != null) {
          p.skipChildren(); // an array is read to its end, so a broken one says so
        }
        throw new DocumentLoader.LoadException("not a JSON object");
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        boolean isText = name.equals(textField);
        boolean isId = name.equals(idField);
        boolean isLanguage = name.equals("language");
        boolean isUrl = name.equals("url");
        if (!(isText || isId || isLanguage || isUrl)) {
          p.skipChildren(); // other fields are not kept: skipped, strings left undecoded
          continue;
        }
        String value = valueText(p, t);
        if (isText) {
          text = t == JsonToken.VALUE_STRING ? value : null;
        }
        if (isId) {
          id = value;
        }
        if (isLanguage) {
          language = value;
        }
        if (isUrl) {
          url = value;
        }
      }
      // the object is complete; like readTree, anything after it on the line is not read
    } catch (JsonProcessingException e) {
      throw new DocumentLoader.LoadException("not a JSON object: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DocumentLoader.LoadException("cannot read record: " + e.getMessage());
    }
    if (text == null) {
      throw new DocumentLoader.LoadException("record has no string field '" + textField
          + "' (set it with --text-field)");
    }
    Map<String, String> meta = url == null ? Map.of() : Map.of("url", url);
    return new Document(id == null ? where : id, text, language, false, meta);
  }

  /**
   * A field value as {@code JsonNode.asText()} gives it, null for JSON null: strings as they
   * are, numbers as Java prints the int, long, BigInteger or double Jackson reads, booleans as
   * {@code true}/{@code false}, objects and arrays (skipped) as the empty string.
   */
  private static String valueText(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NULL -> null;
      case VALUE_NUMBER_INT -> p.getNumberValue().toString();
      case VALUE_NUMBER_FLOAT -> String.valueOf(p.getDoubleValue());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      default -> {
        p.skipChildren();
        yield "";
      }
    };
  }

  /**
   * Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF), checked by Java's
   * own decoder, as {@link TextDecoder} checks text files: a record that fails is reported, never
   * patched with replacement characters.
   */
  static final class Utf8 {
    private static final ThreadLocal<CharsetDecoder> DECODER =
        ThreadLocal.withInitial(() -> StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));

    private Utf8() {}

    static boolean valid(byte[] b, int from, int to) {
      int i = from;
      while (i < to && b[i] >= 0) {
        i++; // ASCII needs no decoder, and most records are mostly ASCII
      }
      if (i == to) {
        return true;
      }
      CharsetDecoder decoder = DECODER.get().reset();
      // UTF-8 never decodes to more chars than it has bytes
      CharBuffer out = CharBuffer.allocate(to - i);
      return !decoder.decode(ByteBuffer.wrap(b, i, to - i), out, true).isError()
          && !decoder.flush(out).isError();
    }
  }
}
