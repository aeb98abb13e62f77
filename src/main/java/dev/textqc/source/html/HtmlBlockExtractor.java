package dev.textqc.source.html;

import dev.textqc.document.PageStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Turns an HTML page into text with one block per line (headings, paragraphs, list items,
 * captions, table cells) and keeps, for every line, where it sat on the page: its element, the
 * class/id words of the elements around it, its link density. The boilerplate stage judges lines
 * by that structure (rule {@code BP_HTML_STRUCTURE}), so a menu is recognised by being a list of
 * links in a {@code nav}, not by its words.
 *
 * <p>Invisible content (scripts, styles, templates, form controls, elements marked
 * {@code hidden}, {@code aria-hidden} or {@code display:none}) is skipped: it is never shown to a
 * reader, so it is neither content nor boilerplate a reader would see.
 *
 * <p>The charset is the one given (HTTP or WARC header, {@code --charset}); without one, the
 * byte-order mark or the page's own {@code <meta charset>} decides, then UTF-8.
 */
public final class HtmlBlockExtractor {
  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside",
      "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
      "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
  private static final Set<String> INVISIBLE_TAGS = Set.of("script", "style", "noscript",
      "template", "svg", "math", "iframe", "head", "select", "option", "button", "input",
      "textarea", "canvas", "video", "audio", "object", "embed", "map", "title", "meta", "link",
      "datalist", "noembed", "noframes");

  private HtmlBlockExtractor() {}

  /** The extracted text, one block per line, with the page structure behind each line. */
  public record Page(String text, Map<String, String> metadata, PageStructure structure) {}

  /** Parses and extracts; {@code charset} may be null to let the page decide. */
  public static Page extract(byte[] bytes, Charset charset, String baseUri) {
    org.jsoup.nodes.Document dom;
    try {
      // jsoup finds the charset of a page that names none by parsing its first 5 KB once more;
      // when that window can only declare UTF-8, jsoup's answer is known without it
      Charset known = charset != null ? charset
          : declaresOnlyUtf8(bytes) ? StandardCharsets.UTF_8 : null;
      // scripts, styles, comments and attributes nothing reads never reach the text: cut them
      // before jsoup tokenises them (outside the window jsoup sniffs, if it sniffs)
      byte[] html = InvisibleMarkup.strip(bytes, known,
          known == null ? InvisibleMarkup.SNIFF : InvisibleMarkup.BOM);
      String base = baseUri == null ? "" : baseUri;
      dom = known == null || utf16or32Bom(html) ? Jsoup.parse(new ByteArrayInputStream(html),
          known == null ? null : known.name(), base) : parse(html, known, base);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from memory: does not happen
    }
    return extract(dom);
  }

  /**
   * What {@code Jsoup.parse(InputStream, charset, baseUri)} does with a known charset, without
   * its stream plumbing (and without the selector classes its charset sniffing loads): a UTF-8
   * byte-order mark is skipped and overrides the charset, the bytes are decoded with
   * replacement of malformed input, and the document keeps the charset for output.
   */
  private static org.jsoup.nodes.Document parse(byte[] html, Charset charset, String baseUri) {
    boolean bom = html.length >= 3 && (html[0] & 0xff) == 0xef && (html[1] & 0xff) == 0xbb
        && (html[2] & 0xff) == 0xbf;
    Charset cs = bom ? StandardCharsets.UTF_8 : charset;
    int from = bom ? 3 : 0;
    org.jsoup.nodes.Document dom = Jsoup.parse(new String(html, from, html.length - from, cs),
        baseUri);
    dom.outputSettings().charset(cs);
    if (!cs.canEncode()) {
      dom.charset(StandardCharsets.UTF_8);
    }
    return dom;
  }

  /** A UTF-16 or UTF-32 byte-order mark, which jsoup's own reading handles. */
  private static boolean utf16or32Bom(byte[] b) {
    return b.length >= 2 && ((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
        || (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe || b[0] == 0 && b[1] == 0);
  }

  /**
   * Whether every charset a page without a given charset could declare in the window jsoup
   * sniffs ({@code <meta charset>}, {@code <meta http-equiv content="...; charset=...">},
   * {@code <?xml encoding="...">}) is UTF-8, the charset jsoup falls back to: then every
   * "charset" and "encoding" in the window, whatever it belongs to, is followed by utf-8 (or
   * there is none). A UTF-16 or UTF-32 byte-order mark is left to jsoup.
   */
  static boolean declaresOnlyUtf8(byte[] b) {
    if (utf16or32Bom(b)) {
      return false;
    }
    int window = Math.min(b.length, InvisibleMarkup.SNIFF);
    for (int i = 0; i < window; i++) {
      int c = lower(b[i]);
      if (c == 'c' && wordAt(b, i, "charset") && !utf8After(b, i + 7)
          || c == 'e' && wordAt(b, i, "encoding") && !utf8After(b, i + 8)) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordAt(byte[] b, int at, String word) {
    if (at + word.length() > b.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (lower(b[at + k]) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }

  /** Whether spaces, '=' and quotes, then "utf-8" or "utf8" and no other name letter follow. */
  private static boolean utf8After(byte[] b, int from) {
    int p = from;
    while (p < b.length && " \t\n\r\f=\"'".indexOf(b[p]) >= 0) {
      p++;
    }
    int end = wordAt(b, p, "utf-8") ? p + 5 : wordAt(b, p, "utf8") ? p + 4 : -1;
    return end > 0 && (end == b.length || " \t\n\r\f\"';,>/".indexOf(b[end]) >= 0);
  }

  /** Extracts from HTML already decoded to a string. */
  public static Page extract(String html) {
    return extract(Jsoup.parse(html));
  }

  public static Page extract(org.jsoup.nodes.Document dom) {
    Walker w = new Walker();
    Element root = dom.body() != null ? dom.body() : dom;
    root.filter(w);
    w.flush();
    Map<String, String> meta = new LinkedHashMap<>();
    String title = dom.title();
    if (!title.isBlank()) {
      meta.put("title", title.strip());
    }
    String cs = dom.charset() == null ? null : dom.charset().name();
    meta.put("contentType", "text/html" + (cs == null ? "" : "; charset=" + cs));
    return new Page(String.join("\n", w.lines), meta, new PageStructure(w.nodes, w.blocks));
  }

  // what an element is to the walk, from its tag: one lookup per element and visit
  private static final int OTHER = 0;
  private static final int BLOCK = 1;
  private static final int PRE = 2; // a block whose line breaks are kept
  private static final int LINK = 3; // <a>: a link when it has an href
  private static final int BREAK = 4;
  private static final int SPACER = 5; // label, time: rendered with space around them
  private static final int HIDDEN = 6;
  private static final Map<String, Integer> KINDS = kinds();

  private static Map<String, Integer> kinds() {
    Map<String, Integer> m = new HashMap<>();
    BLOCK_TAGS.forEach(t -> m.put(t, BLOCK));
    INVISIBLE_TAGS.forEach(t -> m.put(t, HIDDEN));
    m.put("pre", PRE);
    m.put("a", LINK);
    m.put("br", BREAK);
    m.put("label", SPACER);
    m.put("time", SPACER);
    return Map.copyOf(m);
  }

  private static int kind(String tag) {
    Integer k = KINDS.get(tag);
    return k == null ? OTHER : k;
  }

  /** Hidden by its attributes (the tag is judged by {@link #kind}). */
  private static boolean hiddenByAttributes(Element e) {
    if (e.attributesSize() == 0) {
      return false; // most elements carry no attribute at all
    }
    if (e.hasAttr("hidden") && !e.id().startsWith("S:")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      // React's streamed server rendering parks the page in <div hidden id="S:0"> and shows it
      // with a script: for a reader it is the page
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      // a collapsed panel of an accordion (role="region") is text the reader opens: its
      // heading is a button on the page
      return (s.contains("display:none") || s.contains("visibility:hidden"))
          && !"region".equals(e.attr("role"));
    }
    return false;
  }

  /** Hint words of an element: class, id, role, itemprop, lower case. */
  static String hints(Element e) {
    StringBuilder b = new StringBuilder();
    for (String attr : new String[] {"class", "id", "role", "itemprop"}) {
      String v = e.attr(attr);
      if (!v.isEmpty()) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(v.toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  /** Walks the tree once, cutting text into blocks at block-level element boundaries. */
  private static final class Walker implements NodeFilter {
    final List<String> lines = new ArrayList<>();
    final List<PageStructure.Node> nodes = new ArrayList<>();
    final List<PageStructure.Block> blocks = new ArrayList<>();
    private final Map<Element, Integer> nodeIndex = new IdentityHashMap<>();
    private final List<Element> blockStack = new ArrayList<>();
    // the current block's text, spaces collapsed; it never starts with a space
    private char[] text = new char[256];
    private int length;
    private int chars;
    private int linkChars;
    private int commas;
    private int linkDepth;
    private int preDepth;

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype, script data
      }
      int kind = kind(e.normalName());
      if (kind == HIDDEN || hiddenByAttributes(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      switch (kind) {
        case BREAK -> flush();
        case BLOCK -> {
          flush();
          blockStack.add(e);
        }
        case PRE -> {
          flush();
          blockStack.add(e);
          preDepth++;
        }
        case LINK -> {
          if (e.hasAttr("href")) {
            linkDepth++;
          }
        }
        case SPACER -> appendSpace();
        default -> { } // images too: alt text is not what a reader of the page reads
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        switch (kind(e.normalName())) {
          case BLOCK -> {
            flush();
            blockStack.remove(blockStack.size() - 1);
          }
          case PRE -> {
            preDepth--;
            flush();
            blockStack.remove(blockStack.size() - 1);
          }
          case LINK -> {
            if (e.hasAttr("href")) {
              linkDepth--;
            }
          }
          case SPACER -> appendSpace();
          default -> { }
        }
      }
      return FilterResult.CONTINUE;
    }

    private void appendSpace() {
      if (length > 0 && text[length - 1] != ' ') {
        if (length == text.length) {
          text = java.util.Arrays.copyOf(text, length * 2);
        }
        text[length++] = ' ';
      }
    }

    private void append(String s) {
      int n = s.length();
      if (length + n > text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, length + n));
      }
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c > ' ' && c < 0x7f) {
          // printable ASCII, most of any page: neither space nor control
          text[length++] = c;
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
          if (c == ',') {
            commas++;
          }
        } else if (c == '\n' && preDepth > 0) {
          flush();
        } else if (Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c)
            || c == '\u200b' || c == '\u2007' || c == '\u202f') {
          appendSpace();
        } else {
          if (length == 0 && c == '\ufeff') {
            continue;
          }
          text[length++] = c;
          chars++;
          if (linkDepth > 0) {
            linkChars++;
          }
          if (c == '\uff0c' || c == '\u3001') {
            commas++;
          }
        }
      }
    }

    void flush() {
      if (chars > 0) {
        int end = length;
        while (end > 0 && text[end - 1] == ' ') {
          end--;
        }
        Element owner = blockStack.isEmpty() ? null : blockStack.get(blockStack.size() - 1);
        int node = owner == null ? ensureRoot() : node(owner);
        lines.add(new String(text, 0, end));
        blocks.add(new PageStructure.Block(node, owner == null ? "#root" : owner.normalName(),
            chars, linkChars, commas));
      }
      length = 0;
      chars = 0;
      linkChars = 0;
      commas = 0;
    }

    private int ensureRoot() {
      if (nodes.isEmpty()) {
        nodes.add(new PageStructure.Node("#root", "", -1, 0));
      }
      return 0;
    }

    /** The node of an element, creating it and its missing ancestors (parents first). */
    private int node(Element e) {
      Integer known = nodeIndex.get(e);
      if (known != null) {
        return known;
      }
      Element parentElement = e.parent();
      int parent = parentElement == null || parentElement instanceof org.jsoup.nodes.Document
          ? ensureRoot() : node(parentElement);
      int index = nodes.size();
      nodes.add(new PageStructure.Node(e.normalName(), hints(e), parent,
          nodes.get(parent).depth() + 1));
      nodeIndex.put(e, index);
      return index;
    }
  }
}
