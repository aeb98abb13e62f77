package dev.textqc.document;

/**
 * One line of a text.
 *
 * @param index 0-based line number
 * @param content span of the line without its line terminator
 * @param withTerminator span including the terminator ({@code \n} or {@code \r\n}), if any
 * @param text the line content
 */
public record Line(int index, Span content, Span withTerminator, String text) {

  public boolean isBlank() {
    return text.isBlank();
  }
}
