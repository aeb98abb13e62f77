package dev.textqc.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes strictly: a file that is not valid in its charset is an error with the byte
 * offset named, never silently patched with replacement characters that would then be "fixed".
 */
public final class TextDecoder {
  private TextDecoder() {}

  /** Thrown with a message fit for the user. */
  public static final class DecodeException extends Exception {
    public DecodeException(String message) {
      super(message);
    }
  }

  public static String decode(byte[] bytes, Charset charset) throws DecodeException {
    Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        throw new DecodeException("looks like a binary file (NUL byte at offset " + i
            + "); textqc reads text, HTML and JSONL");
      }
    }
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) dec.maxCharsPerByte()) + 1);
    try {
      out = dec.decode(in);
      return out.toString();
    } catch (MalformedInputException e) {
      throw new DecodeException("not valid " + cs.name() + ": malformed byte sequence at byte "
          + in.position() + " (use --charset to name the file's encoding)");
    } catch (CharacterCodingException e) {
      throw new DecodeException("cannot decode as " + cs.name() + ": " + e);
    }
  }
}
