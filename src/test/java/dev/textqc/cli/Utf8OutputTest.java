package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textAndByteLinesComeOutInTheOrderWritten() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Utf8Output out = Utf8Output.to(sink);
    out.print("héllo ");
    out.println("“text”");
    Utf8Output.println(out, utf8("{\"a\":\"ü\"}"));
    Utf8Output.println(out, utf8("{\"b\":1}"));
    out.print("end");
    out.flush();
    assertEquals("héllo “text”" + System.lineSeparator() + "{\"a\":\"ü\"}\n{\"b\":1}\nend",
        sink.toString(StandardCharsets.UTF_8));
  }

  @Test
  void byteLinesWaitInTheBufferUntilFlushed() {
    int[] writes = new int[1];
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        writes[0]++;
        sink.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes[0]++;
        sink.write(b, off, len);
      }
    };
    Utf8Output out = Utf8Output.to(counting);
    out.print("text first");
    for (int i = 0; i < 100; i++) {
      Utf8Output.println(out, utf8("{\"n\":" + i + "}"));
    }
    assertEquals(0, writes[0], "a byte line pushed pending text into the buffer, not further");
    out.flush();
    assertEquals(1, writes[0]);
    assertTrue(sink.toString(StandardCharsets.UTF_8).startsWith("text first{\"n\":0}\n"));
  }

  /**
   * A large result's JSON is written into the output as it is made: the same bytes as the line
   * made first and then written, a lone surrogate's escape and a text longer than the
   * generator's buffer included, with any text written before it kept in front.
   */
  @Test
  void aJsonLineWrittenAsItIsMadeIsTheLineMadeFirst() {
    String text = "caf\u00e9 \ud83d\ude00 \ud800 \u201cq\u201d ".repeat(4000);
    JsonReport.Body body = g -> {
      g.writeStartObject();
      g.writeStringField("text", text);
      g.writeNumberField("n", 1);
      g.writeEndObject();
    };
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    Utf8Output a = Utf8Output.to(streamed);
    a.print("before ");
    Utf8Output.println(a, body);
    a.print("after");
    a.flush();
    ByteArrayOutputStream made = new ByteArrayOutputStream();
    Utf8Output b = Utf8Output.to(made);
    b.print("before ");
    Utf8Output.println(b, JsonReport.utf8(body));
    b.print("after");
    b.flush();
    assertArrayEquals(made.toByteArray(), streamed.toByteArray());
    assertTrue(streamed.toString(StandardCharsets.UTF_8).contains("\\uD800"));
  }

  @Test
  void anOutputThatIsNotUtf8OutputGetsTheLineDecoded() {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    Utf8Output.println(out, utf8("{\"a\":\"ü “q”\"}"));
    out.flush();
    assertEquals("{\"a\":\"ü “q”\"}\n", s.toString());
  }

  @Test
  void textUtf8CannotEncodeComesOutAsQuestionMark() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Utf8Output out = Utf8Output.to(sink);
    out.print("a\ud800b");
    out.flush();
    assertArrayEquals(utf8("a?b"), sink.toByteArray());
  }

  @Test
  void aFailingStreamIsReportedByCheckErrorNotThrown() {
    Utf8Output out = Utf8Output.to(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    });
    assertFalse(out.checkError());
    for (int i = 0; i < 5000; i++) { // past the 64 KB buffer
      Utf8Output.println(out, utf8("{\"record\":\"" + i + "\"}"));
    }
    assertTrue(out.checkError());
  }
}
