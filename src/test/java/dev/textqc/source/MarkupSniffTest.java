package dev.textqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DocumentExtractor#looksLikeMarkup}: which inputs go to the HTML path, from their head. */
class MarkupSniffTest {

  private static boolean sniff(String s) {
    return DocumentExtractor.looksLikeMarkup(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void pagesAreMarkupWhateverTheirCaseBlanksOrByteOrderMark() {
    assertTrue(sniff("<!DOCTYPE html><html><body>x</body></html>"));
    assertTrue(sniff("  \n\t<HTML lang=en>"));
    assertTrue(sniff("\uFEFF<html>"));
    assertTrue(sniff("\uFEFF \r\n<!doctype html>"));
    assertTrue(sniff("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"));
    assertTrue(sniff("<!-- saved from url -->\n<html>"));
    assertTrue(sniff("<head><title>t</title></head>"));
    assertTrue(sniff("<body>only a body</body>"));
  }

  @Test
  void textAndOtherTagsAreNot() {
    assertFalse(sniff(""));
    assertFalse(sniff("   \n "));
    assertFalse(sniff("The <html> tag opens a page, says the article."));
    assertFalse(sniff("\u00A0<html>")); // a no-break space is text, not a blank
    assertFalse(sniff("<?xml version=\"1.0\"?><feed/>"));
    assertFalse(sniff("<!-- a comment --> and text"));
    assertFalse(sniff("<p>a fragment</p>"));
    assertFalse(sniff("\uFEFFPlain text after a byte-order mark"));
  }

  /** The sniff decoded and lower-cased the whole head first; the answer must not change. */
  @Test
  void agreesWithDecodingTheWholeHeadOnRandomHeads() {
    String[] pieces = {" ", "\n", "\t", "\u000B", "\u001C", "\u00A0", "\uFEFF", "<", "<html",
        "<HTML", "<!doctype html", "<?xml ?>", "<!--", "-->", "<head", "<body", "text", "é", "x"};
    Random random = new Random(5);
    for (int k = 0; k < 5000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(6); j >= 0; j--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(decodingWholeHead(bytes), DocumentExtractor.looksLikeMarkup(bytes),
          sb.toString());
    }
  }

  private static boolean decodingWholeHead(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).stripLeading()
        .toLowerCase(Locale.ROOT);
    if (head.startsWith("\u00ef\u00bb\u00bf")) {
      head = head.substring(3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html")
        || head.startsWith("<?xml") && head.contains("<html") || head.startsWith("<head")
        || head.startsWith("<body") || head.startsWith("<!--") && head.contains("<html");
  }
}
