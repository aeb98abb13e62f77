package dev.textqc.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class InvisibleMarkupTest {
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  /** Extraction with and without the filter (no sniffing window) gives the same page. */
  private static void sameAsJsoup(String html) throws Exception {
    byte[] b = html.getBytes(UTF8);
    byte[] cut = InvisibleMarkup.strip(b, UTF8, 0);
    HtmlBlockExtractor.Page want = HtmlBlockExtractor.extract(
        Jsoup.parse(new ByteArrayInputStream(b), "UTF-8", ""));
    HtmlBlockExtractor.Page got = HtmlBlockExtractor.extract(
        Jsoup.parse(new ByteArrayInputStream(cut), "UTF-8", ""));
    assertEquals(want.text(), got.text(), html);
    assertEquals(want.structure(), got.structure(), html);
    assertEquals(want.metadata(), got.metadata(), html);
  }

  private static String cut(String html) {
    return new String(InvisibleMarkup.strip(html.getBytes(UTF8), UTF8, 0), UTF8);
  }

  @Test
  void cutsScriptsStylesAndComments() {
    assertEquals("<body><p>a</p>b</body>", cut("<body><script>if (a < b) x();</script><p>a"
        + "</p><STYLE type=\"text/css\">p{}</STYLE ><!-- note -->b</body>"));
    assertEquals("<p>x</p>", cut("<p>x</p><script src=\"a.js\"></script  >"));
  }

  @Test
  void keepsWhatItCannotModel() {
    // "--!>" ends a comment early; script data with <!-- and a nested <script>; svg raw text
    for (String html : new String[] {"<p>a<!-- x --!> seen -->b</p><script>x</script>",
        "<script><!-- document.write('<script>x</script>'); --></script><p>y</p>",
        "<svg><textarea>t</textarea></svg><script>x</script>"}) {
      byte[] b = html.getBytes(UTF8);
      assertSame(b, InvisibleMarkup.strip(b, UTF8, 0), html);
    }
    byte[] utf16 = "<p>a</p><script>x</script>".getBytes(StandardCharsets.UTF_16LE);
    assertSame(utf16, InvisibleMarkup.strip(utf16, null, 0));
    byte[] named = "<meta charset=\"utf-16\"><p>a</p><script>x</script>".getBytes(UTF8);
    assertSame(named, InvisibleMarkup.strip(named, null, 0));
  }

  @Test
  void neverTouchesTheCharsetSniffingWindow() {
    String head = "<head><script>var x = 1;</script><meta charset=\"windows-1252\"></head>";
    byte[] b = (head + "<body><p>a</p><script>y()</script></body>").getBytes(UTF8);
    String out = new String(InvisibleMarkup.strip(b, null, head.length()), UTF8);
    assertEquals(head + "<body><p>a</p></body>", out);
  }

  @Test
  void cutsAttributesNothingReads() {
    assertEquals("<body><img   class=\"c\"><a href=\"/\"  >l</a></body>",
        cut("<body><img src=\"a.png\" alt=\"x\" class=\"c\"><a href=\"/\" data-x='1' rel=nofollow>"
            + "l</a></body>"));
    assertEquals("<div  id=a ROLE=main  STYLE=\"x\" hidden  ></div>",
        cut("<div data-a=\"1\" id=a ROLE=main onclick=\"f()\" STYLE=\"x\" hidden itemscope "
            + "data-b></div>"));
    // formatting elements keep theirs (the tree builder compares them); so do attributes that
    // follow no space, and end tags
    for (String kept : new String[] {"<b data-x=\"1\">a</b>", "<font size=2 data-x=1>a</font>",
        "<p/data-x=1>a</p>", "<p>a</p data-x=1>"}) {
      assertEquals(kept, cut(kept));
    }
    assertEquals("<p data-x=2>a</p>", cut("<p a=\"1\"data-x=2>a</p>"));
  }

  @Test
  void sameTextAndStructureAsParsingEverything() throws Exception {
    String[] pages = {
        "<body><p>a<script>x</script>b</p><p>c<!-- d -->e</p></body>",
        "<body><title><script>x</script></title><p>q</p><script>y</script></body>",
        "<body><textarea><script>x</script></textarea><p>q</p><style>p{}</style></body>",
        "<body><div data-x=\"<script>\" title='<!--'><p>a</p></div><script>z</script>"
            + "<p>b</p></body>",
        "<body><div a=x<script>y</script><p>c</p></div></body>",
        "<body><svg><style>.a{}</style><script>if(a<b){}</script><title>t</title></svg>"
            + "<p>after</p><style>p{}</style></body>",
        "<body><svg/><script>x</script><p>z</p><math><style>m</style></math>w</body>",
        "<body><xmp><script>x</script></xmp><iframe><!-- y --></iframe><p>q</p></body>",
        "<body><noscript><p>hi <!-- x --></p></noscript><p>after</p></body>",
        "<body><table><script>x</script>t<tr><td>c</td></tr></table></body>",
        "<body><p>a</p><!--><p>b</p><!---><p>c</p><![CDATA[ <b>x</b> ]]><p>d</p></body>",
        "<!DOCTYPE html><!-- before --><html><head><style>b{}</style></head><body>x"
            + "<script type=\"module\">import a from 'b';</script></body></html>",
        "<body><p>a</p><script>never closed",
        "<body><p>a</p><!-- never closed <p>b</p>",
        "<body><p>a</p><plaintext><script>x</script>",
        "<body><script/>abc</script><p>def</p></body>",
        "<body><p>x</p><script>a</scripts>b</script><p>y</p></body>",
        "<body><div a=\"1\"b='2' c=3 d e = \"f\" class=k/><p data-q=\">\"title=x id=i>t</p></body>",
        "<body><table><input type=hidden data-x=1><tr><td>c</td></tr><input type=text></table>"
            + "</body>",
        "<body><svg data-x=1><path d=\"M0 0\"/><font color=red data-y=2>out</font></svg></body>",
        "<body><b data-n=1>1<b data-n=2>2<b data-n=3>3<b data-n=4>4<p>p</b></b></b></b></body>",
        "<body><a href=/a data-n=1>x<a href=/b data-n=1>y<p>z</a></p></body>",
        "<body><p hidden data-x=1>h</p><p aria-hidden=true x=1>g</p><p style=display:none>s</p>"
            + "<p>v</p></body>",
        "<body><img src=x/><p title='a'data-x=\"b\"/>q</p><img src=x />r</body>",
    };
    for (String page : pages) {
      sameAsJsoup(page);
    }
    assertTrue(cut(pages[0]).length() < pages[0].length());
  }
}
