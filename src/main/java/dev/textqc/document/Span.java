package dev.textqc.document;

/**
 * A half-open range {@code [start, end)} of UTF-16 {@code char} indices into a text.
 *
 * <p>Offsets are Java string indices, so a character outside the Basic Multilingual Plane (an
 * emoji) takes two positions; this is what {@link String#substring} and the JSON output use.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean overlaps(Span other) {
    if (isEmpty() || other.isEmpty()) {
      return start < other.end && other.start < end
          || (isEmpty() && other.start < start && start < other.end)
          || (other.isEmpty() && start < other.start && other.start < end);
    }
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
