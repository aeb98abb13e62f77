package dev.textqc.detect.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A single-byte legacy encoding that UTF-8 bytes may have been wrongly decoded with: the table
 * from character back to byte. {@code sloppy-windows-1252} is Windows-1252 with its five undefined
 * bytes and the C1 controls read as Latin-1, as browsers and ftfy do, so it also covers Latin-1.
 *
 * @param rare whether this encoding is an unusual reading (MacRoman, DOS, Central European),
 *     whose repairs need more evidence than one damaged letter
 */
public record SingleByteCodec(String name, int[] toByte, boolean rare) {
  public static final String SLOPPY_1252 = "sloppy-windows-1252";

  /** Builds the table for a JVM charset name or {@value #SLOPPY_1252}. */
  public static SingleByteCodec of(String name, boolean rare) {
    boolean sloppy = name.equals(SLOPPY_1252);
    Charset cs = Charset.forName(sloppy ? "windows-1252" : name);
    int[] table = new int[0x10000];
    Arrays.fill(table, -1);
    for (int b = 0; b < 0x80; b++) {
      table[b] = b;
    }
    for (int b = 0x80; b < 0x100; b++) {
      String s;
      try {
        s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
      } catch (CharacterCodingException e) {
        s = "";
      }
      if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
        table[s.charAt(0)] = b;
      }
      if (sloppy && b < 0xA0 && table[b] < 0) {
        table[b] = b; // C1 control read as Latin-1
      }
    }
    return new SingleByteCodec(name, table, rare);
  }

  /** The byte {@code c} came from, or -1 when this encoding cannot produce {@code c}. */
  public int byteOf(char c) {
    return toByte[c];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SingleByteCodec c && c.name.equals(name) && c.rare == rare;
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
