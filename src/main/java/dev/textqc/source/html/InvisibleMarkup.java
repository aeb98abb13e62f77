package dev.textqc.source.html;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Cuts inline scripts, style sheets and comments out of an HTML page's bytes before jsoup parses
 * it. They are never shown to a reader, so the block extractor skips them anyway, but on a modern
 * page they are half of the bytes and jsoup would still tokenise them and build nodes for them.
 * Of what is left, a third is attributes that neither jsoup's tree builder nor the extractor
 * reads (image sources, tracking data, SVG path data); they go too (see
 * {@link #READ_ATTRIBUTES}).
 *
 * <p>The scan follows the HTML tokenizer as jsoup implements it where it matters: tags and quoted
 * attribute values, raw text ({@code script}, {@code style}, {@code xmp}, {@code iframe},
 * {@code noembed}, {@code noframes}), escapable raw text ({@code title}, {@code textarea}),
 * comments, CDATA sections, and SVG/MathML, where {@code style} and {@code title} hold markup.
 * Whenever the page does something this scan does not model (a {@code --!>} comment end, a
 * script with {@code <!--} and a nested {@code <script}, {@code <plaintext>}, raw-text elements
 * inside SVG), it gives up and returns the page unchanged: skipping this filter only costs time.
 *
 * <p>When jsoup must find the charset itself, the first {@value #SNIFF} bytes are never touched:
 * jsoup decides the charset from the {@code <meta charset>} in that window, and a page that names
 * no charset must decode exactly as before. Otherwise only the first {@value #BOM} bytes, where
 * jsoup looks for a byte-order mark, are kept as they are. Pages in an encoding where {@code <} or quotes can be part of a multi-byte character
 * (UTF-16, UTF-32, ISO-2022, EBCDIC) are returned unchanged.
 */
final class InvisibleMarkup {
  /** jsoup reads this many bytes to look for the page's charset declaration. */
  static final int SNIFF = 5120;
  /** jsoup reads this many bytes for a byte-order mark, whatever the charset. */
  static final int BOM = 4;

  private InvisibleMarkup() {}

  /**
   * The page without its scripts, styles, comments and unread attributes, or {@code bytes}
   * itself.
   *
   * @param keep nothing that starts before this offset is cut: {@link #SNIFF} when jsoup will
   *     sniff the charset, {@link #BOM} otherwise (tests pass 0)
   */
  static byte[] strip(byte[] bytes, Charset charset, int keep) {
    if (bytes.length <= keep) {
      return bytes;
    }
    // the bytes as Latin-1 text, one char per byte: String.indexOf scans in compiled, vectorised
    // JDK code from the first page on, where a loop of this class would run interpreted at first
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!asciiCompatible(bytes, text, charset)) {
      return bytes;
    }
    Scan s = new Scan(bytes, text, keep);
    return s.run() ? s.result() : bytes;
  }

  /** Whether bytes below 0x80 are ASCII wherever they occur (or the page may say otherwise). */
  private static boolean asciiCompatible(byte[] b, String text, Charset charset) {
    if (charset != null && !asciiCompatibleName(charset.name())) {
      return false;
    }
    if (text.indexOf(0) >= 0 || text.indexOf(0x1b) >= 0) {
      return false; // UTF-16/32 text, or ISO-2022 escape sequences
    }
    if (charset == null) {
      // the page may name its own charset in the window jsoup sniffs
      String head = new String(b, 0, Math.min(b.length, SNIFF),
          java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
      for (String key : new String[] {"charset", "encoding"}) {
        for (int i = head.indexOf(key); i >= 0; i = head.indexOf(key, i + 1)) {
          int j = i + key.length();
          boolean equals = false;
          while (j < head.length() && " \t\n\r\f=\"'".indexOf(head.charAt(j)) >= 0) {
            equals |= head.charAt(j) == '=';
            j++;
          }
          if (key.equals("encoding") && !equals) {
            continue; // the word in prose, not <?xml encoding="...">
          }
          int k = j;
          while (k < head.length() && isNameChar(head.charAt(k))) {
            k++;
          }
          if (k > j && head.charAt(j) >= 'a' && head.charAt(j) <= 'z'
              && !asciiCompatibleName(head.substring(j, k))) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
        || c == ':';
  }

  private static final String[] ASCII_SUPERSETS = {"utf-8", "utf8", "us-ascii", "ascii",
      "iso-8859", "iso8859", "iso_8859", "latin", "windows-125", "cp125", "x-cp125", "koi8",
      "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j", "ms932", "euc-", "euc_", "gb2312",
      "gbk", "gb18030", "big5", "ks_c_5601", "tis-620", "windows-874", "x-mac"};

  private static boolean asciiCompatibleName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String p : ASCII_SUPERSETS) {
      if (n.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Attributes that jsoup's tree builder or the block extractor reads: class, id, role and
   * itemprop (structure hints), hidden, aria-hidden and style (invisible elements), href (links,
   * and {@code <base>}), type ({@code <input type=hidden>} in tables), encoding (MathML
   * annotations), color, face and size ({@code <font>} breaking out of SVG), and the charset
   * declarations. Every other attribute (srcset, data-*, SVG path data: a third of a page's
   * bytes) is cut: jsoup would tokenise it and store it for nothing.
   */
  private static final String[] READ_ATTRIBUTES = {"class", "id", "role", "itemprop", "hidden",
      "aria-hidden", "style", "href", "type", "encoding", "color", "face", "size", "charset",
      "http-equiv", "content"};
  private static final int MIN_READ_NAME = 2;
  private static final int MAX_READ_NAME = 11;
  /**
   * Formatting elements keep all their attributes: the tree builder compares them (three equal
   * open ones drop the oldest from reconstruction), so cutting some could make unequal ones
   * equal. {@code a} is not among them: only one {@code a} is ever active.
   */
  private static final java.util.Set<String> FORMATTING = java.util.Set.of("b", "big", "code",
      "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

  /** One pass over the page, collecting the byte ranges to cut. */
  private static final class Scan {
    private final byte[] b;
    private final String text; // b as Latin-1: text.charAt(i) == (b[i] & 0xff)
    private final int n;
    private final int keep;
    private int[] cuts = new int[32]; // start, end pairs
    private int cutCount;
    private int cutBytes;
    private int foreign; // depth of open svg/math elements
    private boolean selfClosing;
    private boolean cutAttributes; // while reading a start tag whose unread attributes may go

    Scan(byte[] b, String text, int keep) {
      this.b = b;
      this.text = text;
      this.n = b.length;
      this.keep = keep;
    }

    /** False when the page does something this scan does not model. */
    boolean run() {
      int i = 0;
      while (true) {
        int lt = text.indexOf('<', i);
        if (lt < 0 || lt + 1 >= n) {
          return true;
        }
        i = lt;
        byte c = b[i + 1];
        if (c == '!') {
          if (startsWith(i, "<!--")) {
            if (i + 4 < n && b[i + 4] == '>') {
              i += 5; // <!--> is a whole (empty) comment
              continue;
            }
            if (i + 5 < n && b[i + 4] == '-' && b[i + 5] == '>') {
              i += 6; // so is <!--->
              continue;
            }
            int end = text.indexOf("-->", i + 4);
            if (end < 0) {
              return true; // the rest of the page is a comment
            }
            if (indexOf(b, "--!>", i + 4, end + 3) >= 0) {
              return false; // ends earlier than "-->"
            }
            i = cut(i, end + 3);
          } else if (startsWith(i, "<![CDATA[")) {
            int end = text.indexOf("]]>", i + 9);
            if (end < 0) {
              return true;
            }
            i = end + 3;
          } else { // doctype, bogus comment: up to the first '>'
            int gt = text.indexOf('>', i + 2);
            if (gt < 0) {
              return true;
            }
            i = gt + 1;
          }
        } else if (c == '?') {
          int gt = text.indexOf('>', i + 2);
          if (gt < 0) {
            return true;
          }
          i = gt + 1;
        } else if (c == '/') {
          if (i + 2 < n && isLetter(b[i + 2])) {
            int nameEnd = tagNameEnd(i + 2);
            if (foreign > 0 && (nameIs(i + 2, nameEnd, "svg") || nameIs(i + 2, nameEnd, "math"))) {
              foreign--;
            }
            i = tagEnd(nameEnd);
            if (i < 0) {
              return true;
            }
          } else if (i + 2 < n && b[i + 2] == '>') {
            i += 3;
          } else {
            int gt = text.indexOf('>', i + 2);
            if (gt < 0) {
              return true;
            }
            i = gt + 1;
          }
        } else if (isLetter(c)) {
          int nameEnd = tagNameEnd(i + 1);
          String name = nameEnd - i - 1 <= 9 ? lowerName(i + 1, nameEnd) : "";
          cutAttributes = !FORMATTING.contains(name);
          int end = tagEnd(nameEnd);
          cutAttributes = false;
          if (end < 0) {
            return true; // the page ends inside a tag
          }
          int start = i;
          i = end;
          switch (name) {
            case "script" -> {
              int close = endTag(i, "script");
              if (close < 0) {
                return true; // the rest is script
              }
              if (indexOf(b, "<!--", i, close) >= 0 && indexOfIgnoreCase(i, close, "<script") >= 0) {
                return false; // escaped script data: the end may be a later </script>
              }
              int after = tagEnd(close + 8);
              if (after < 0) {
                return true;
              }
              i = foreign > 0 ? after : cut(start, after);
            }
            case "style" -> {
              if (foreign == 0) { // inside svg or math, a style element holds markup
                int close = endTag(i, "style");
                if (close < 0) {
                  return true;
                }
                int after = tagEnd(close + 7);
                if (after < 0) {
                  return true;
                }
                i = cut(start, after);
              }
            }
            case "title", "textarea", "xmp", "iframe", "noembed", "noframes" -> {
              if (foreign > 0) {
                if (!name.equals("title")) {
                  return false; // raw text inside svg: not modelled
                }
              } else {
                int close = endTag(i, name);
                if (close < 0) {
                  return true;
                }
                i = tagEnd(close + 2 + name.length());
                if (i < 0) {
                  return true;
                }
              }
            }
            case "plaintext" -> {
              return true; // the rest of the page is text
            }
            case "svg", "math" -> {
              if (!selfClosing) {
                foreign++;
              }
            }
            default -> { }
          }
        } else {
          i++; // a '<' that opens no tag is text
        }
      }
    }

    /** Records [start, end) as cut when it lies past the kept window; returns end. */
    private int cut(int start, int end) {
      if (start >= keep && foreign == 0) {
        while (cutCount > 0 && cuts[cutCount - 2] >= start) {
          cutBytes -= cuts[cutCount - 1] - cuts[cutCount - 2]; // an attribute of this element
          cutCount -= 2;
        }
        if (cutCount + 2 > cuts.length) {
          cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
        }
        cuts[cutCount++] = start;
        cuts[cutCount++] = end;
        cutBytes += end - start;
      }
      return end;
    }

    byte[] result() {
      if (cutCount == 0) {
        return b;
      }
      byte[] out = new byte[n - cutBytes];
      int from = 0;
      int o = 0;
      for (int k = 0; k < cutCount; k += 2) {
        int len = cuts[k] - from;
        System.arraycopy(b, from, out, o, len);
        o += len;
        from = cuts[k + 1];
      }
      System.arraycopy(b, from, out, o, n - from);
      return out;
    }

    private int tagNameEnd(int p) {
      while (p < n && !isSpace(b[p]) && b[p] != '/' && b[p] != '>') {
        p++;
      }
      return p;
    }

    /**
     * The offset after the '>' that ends a tag whose name ends at {@code p}, skipping attributes
     * as the tokenizer does (quotes only open a value right after '='), or -1 at the end of the
     * page. Sets {@link #selfClosing}. With {@link #cutAttributes}, attributes nothing reads are
     * recorded as cuts (see {@link #attribute}).
     */
    private int tagEnd(int p) {
      final int beforeName = 0;
      final int inName = 1;
      final int afterName = 2;
      final int beforeValue = 3;
      final int unquoted = 4;
      int state = beforeName;
      int nameStart = -1; // the attribute being read
      int nameEnd = -1;
      selfClosing = false;
      while (p < n) {
        byte c = b[p];
        switch (state) {
          case beforeName, afterName -> {
            if (isSpace(c)) {
              p++;
            } else if (c == '/') {
              if (state == afterName) {
                attribute(nameStart, nameEnd, nameEnd);
              }
              if (p + 1 < n && b[p + 1] == '>') {
                selfClosing = true;
                return p + 2;
              }
              p++;
              state = beforeName;
            } else if (c == '>') {
              if (state == afterName) {
                attribute(nameStart, nameEnd, nameEnd);
              }
              return p + 1;
            } else if (c == '=' && state == afterName) {
              p++;
              state = beforeValue;
            } else {
              if (state == afterName) {
                attribute(nameStart, nameEnd, nameEnd);
              }
              nameStart = p;
              p++;
              state = inName;
            }
          }
          case inName -> {
            if (isSpace(c)) {
              nameEnd = p;
              p++;
              state = afterName;
            } else if (c == '/' || c == '>') {
              nameEnd = p;
              state = afterName; // ends the attribute there, as after a space
            } else if (c == '=') {
              nameEnd = p;
              p++;
              state = beforeValue;
            } else {
              p++;
            }
          }
          case beforeValue -> {
            if (isSpace(c)) {
              p++;
            } else if (c == '"' || c == '\'') {
              int q = text.indexOf(c, p + 1);
              if (q < 0) {
                return -1;
              }
              p = q + 1;
              attribute(nameStart, nameEnd, p);
              state = beforeName; // after a quoted value: as before an attribute name
            } else if (c == '>') {
              attribute(nameStart, nameEnd, p);
              return p + 1;
            } else {
              p++;
              state = unquoted;
            }
          }
          default -> { // unquoted value
            if (isSpace(c)) {
              attribute(nameStart, nameEnd, p);
              p++;
              state = beforeName;
            } else if (c == '>') {
              attribute(nameStart, nameEnd, p);
              return p + 1;
            } else {
              p++;
            }
          }
        }
      }
      return -1;
    }

    /**
     * An attribute [start, end) of a start tag, named [start, nameEnd), was read: cut it when
     * {@link #cutAttributes} is on, it lies past the kept window, a space precedes it (so nothing
     * before it can run into what follows) and nothing reads it.
     */
    private void attribute(int start, int nameEnd, int end) {
      if (!cutAttributes || start < keep || !isSpace(b[start - 1]) || read(start, nameEnd)) {
        return;
      }
      if (cutCount + 2 > cuts.length) {
        cuts = java.util.Arrays.copyOf(cuts, cuts.length * 2);
      }
      cuts[cutCount++] = start;
      cuts[cutCount++] = end;
      cutBytes += end - start;
    }

    /** Whether the attribute named [from, to) is one that the parser or the extractor reads. */
    private boolean read(int from, int to) {
      int len = to - from;
      if (len < MIN_READ_NAME || len > MAX_READ_NAME) {
        return false;
      }
      for (String name : READ_ATTRIBUTES) {
        if (name.length() == len && nameIs(from, to, name)) {
          return true;
        }
      }
      return false;
    }

    /** Offset of the '<' of the end tag {@code </name} that closes raw text, or -1. */
    private int endTag(int from, String name) {
      int p = from;
      while (true) {
        int lt = text.indexOf("</", p);
        if (lt < 0) {
          return -1;
        }
        int e = lt + 2 + name.length();
        if (e <= n && nameIs(lt + 2, e, name) && (e == n || isSpace(b[e]) || b[e] == '/'
            || b[e] == '>')) {
          return lt;
        }
        p = lt + 2;
      }
    }

    private boolean nameIs(int from, int to, String name) {
      if (to - from != name.length()) {
        return false;
      }
      for (int k = 0; k < name.length(); k++) {
        if (lower(b[from + k]) != name.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private String lowerName(int from, int to) {
      char[] c = new char[to - from];
      for (int k = 0; k < c.length; k++) {
        c[k] = (char) lower(b[from + k]);
      }
      return new String(c);
    }

    private int indexOfIgnoreCase(int from, int to, String s) {
      for (int p = indexOf(b, (byte) '<', from, to); p >= 0 && p + s.length() <= to;
          p = indexOf(b, (byte) '<', p + 1, to)) {
        if (nameIs(p + 1, p + s.length(), s.substring(1))) {
          return p;
        }
      }
      return -1;
    }

    private boolean startsWith(int p, String s) {
      if (p + s.length() > n) {
        return false;
      }
      for (int k = 0; k < s.length(); k++) {
        if (b[p + k] != s.charAt(k)) {
          return false;
        }
      }
      return true;
    }
  }

  private static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c & 0xff;
  }

  private static boolean isLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  private static int indexOf(byte[] b, byte c, int from, int to) {
    for (int p = from; p < to; p++) {
      if (b[p] == c) {
        return p;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, String s, int from, int to) {
    byte first = (byte) s.charAt(0);
    int last = to - s.length();
    for (int p = indexOf(b, first, from, to); p >= 0 && p <= last;
        p = indexOf(b, first, p + 1, to)) {
      int k = 1;
      while (k < s.length() && b[p + k] == s.charAt(k)) {
        k++;
      }
      if (k == s.length()) {
        return p;
      }
    }
    return -1;
  }
}
