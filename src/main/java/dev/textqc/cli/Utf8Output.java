package dev.textqc.cli;

import dev.textqc.report.JsonReport;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 text output that also takes lines already encoded as UTF-8: corpus runs write a JSON
 * line per record, which the workers render straight to bytes, so the one thread writing the
 * output in order only copies them. Before, that thread encoded every line's characters again,
 * and the encoder's slow path (any character past Latin-1, a curly quote say) was a quarter of
 * its time.
 *
 * <p>Characters and byte lines keep their order: characters written as text wait in the encoder
 * until a byte line comes, which pushes them into the byte buffer first, without a system call.
 * {@link #flush()} pushes both to the underlying stream. Like any PrintWriter it keeps write
 * errors to itself ({@link #checkError()}). Characters UTF-8 cannot encode (a lone surrogate)
 * come out as {@code ?}.
 */
final class Utf8Output extends PrintWriter {
  private final BufferedOutputStream bytes;
  /** Characters written since the last byte line may still sit in the encoder. */
  private boolean charsPending;

  private Utf8Output(BufferedOutputStream bytes) {
    // the encoder's flush pushes its bytes into the buffer and stops there; only our own
    // flush() goes on to the stream, so a byte line costs no system call
    super(new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(bytes) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() {}
    }, StandardCharsets.UTF_8), 1 << 13));
    this.bytes = bytes;
  }

  /** UTF-8 output to {@code out}, buffered. */
  static Utf8Output to(OutputStream out) {
    return new Utf8Output(new BufferedOutputStream(out, 1 << 16));
  }

  /**
   * Writes {@code utf8}, which must be UTF-8, and a line feed: to {@code out} as bytes when it is
   * a {@link Utf8Output}, decoded otherwise (an output a test or an embedding program gave).
   */
  static void println(PrintWriter out, byte[] utf8) {
    if (out instanceof Utf8Output u) {
      u.printlnUtf8(utf8);
    } else {
      out.print(new String(utf8, StandardCharsets.UTF_8));
      out.print('\n');
    }
  }

  /**
   * Writes the JSON {@code body} writes, in UTF-8, and a line feed: into the output as it is
   * made when {@code out} is a {@link Utf8Output} ({@link JsonReport#writeUtf8}), so a large
   * result is never held as bytes; otherwise as {@link #println(PrintWriter, byte[])} would.
   */
  static void println(PrintWriter out, JsonReport.Body body) {
    if (out instanceof Utf8Output u) {
      u.printlnJson(body);
    } else {
      println(out, JsonReport.utf8(body));
    }
  }

  private void printlnJson(JsonReport.Body body) {
    synchronized (lock) {
      try {
        if (charsPending) {
          super.flush(); // into the byte buffer only
          charsPending = false;
        }
        JsonReport.writeUtf8(bytes, body);
        bytes.write('\n');
      } catch (IOException e) {
        setError();
      }
    }
  }

  /** Writes a line already encoded as UTF-8, then a line feed (JSON lines end in one). */
  void printlnUtf8(byte[] utf8) {
    synchronized (lock) {
      try {
        if (charsPending) {
          super.flush(); // into the byte buffer only
          charsPending = false;
        }
        bytes.write(utf8);
        bytes.write('\n');
      } catch (IOException e) {
        setError();
      }
    }
  }

  @Override
  public void write(int c) {
    synchronized (lock) {
      charsPending = true;
      super.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) {
    synchronized (lock) {
      charsPending = true;
      super.write(buf, off, len);
    }
  }

  @Override
  public void write(String s, int off, int len) {
    synchronized (lock) {
      charsPending = true;
      super.write(s, off, len);
    }
  }

  @Override
  public void flush() {
    synchronized (lock) {
      super.flush();
      charsPending = false;
      try {
        bytes.flush();
      } catch (IOException e) {
        setError();
      }
    }
  }
}
