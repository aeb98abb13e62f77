package dev.textqc.document;

/**
 * One line of a text.
 *
 * <p>The line's text is cut from the source only when a caller asks for it: most detectors
 * decide a long prose line from a few of its characters, and copying every line of every
 * document cost more than some of the rules that read them.
 */
public final class Line {
  private final int index;
  private final Span content;
  private final Span withTerminator;
  private final String source;
  private String text;

  /** A line whose text is {@code source} within {@code content}, cut on first use. */
  Line(String source, int index, Span content, Span withTerminator) {
    this.index = index;
    this.content = content;
    this.withTerminator = withTerminator;
    this.source = source;
  }

  /** 0-based line number. */
  public int index() {
    return index;
  }

  /** Span of the line without its line terminator. */
  public Span content() {
    return content;
  }

  /** Span including the terminator ({@code \n} or {@code \r\n}), if any. */
  public Span withTerminator() {
    return withTerminator;
  }

  /** The line content. */
  public String text() {
    String t = text;
    if (t == null) {
      t = source.substring(content.start(), content.end());
      text = t;
    }
    return t;
  }

  /** Nothing but whitespace ({@link Character#isWhitespace}), as {@link String#isBlank}. */
  public boolean isBlank() {
    for (int i = content.start(); i < content.end(); i++) {
      char c = source.charAt(i);
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Line other && index == other.index && content.equals(other.content)
        && withTerminator.equals(other.withTerminator) && text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return (index * 31 + content.hashCode()) * 31 + withTerminator.hashCode();
  }

  @Override
  public String toString() {
    return "Line[index=" + index + ", content=" + content + ", withTerminator=" + withTerminator
        + ", text=" + text() + "]";
  }
}
