package dev.textqc.detect.boilerplate;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines numbered in sequence under one label: "1a etapa: 10 de março – Interlagos", "2a etapa:
 * …"; "Step 1: …", "Step 2: …"; "Day 3 – …". A race calendar, a recipe's steps, a tour's days:
 * the text's own list, however short and sentence-less its lines. Menus and link lists are not
 * numbered, and a ranking widget's "1. Name (2)" has no label word shared by its items.
 *
 * <p>Rationale: the line model and the page layout score lines by their shape and their place on the page, and its
 * place features move whenever a line elsewhere goes (a page title removed 80 lines above, in
 * the round before). A calendar of twelve short dated lines sat at its threshold and went or
 * stayed with such removals; its numbering says what it is however the page around it moves.
 */
final class LabelledSequence {
  /** A sequence has at least this many lines. */
  static final int MIN_LINES = 3;

  // "1a etapa", "2nd round", "3. Tag", "Step 4", "Day 5:": a number of up to three digits with
  // an ordinal ending, and the label word before or after it
  private static final Pattern NUMBER_FIRST = Pattern.compile(
      "^\\W{0,2}(\\d{1,3})(?:[aªº°o]|st|nd|rd|th)?\\.?\\s+(\\p{L}+)(?![\\p{L}\\d])");
  private static final Pattern LABEL_FIRST = Pattern.compile(
      "^\\W{0,2}(\\p{L}{1,30})\\s+(\\d{1,3})(?![\\p{L}\\d]|[.,]\\d)");

  private LabelledSequence() {}

  /** A line's number and label, or null: the line does not open with both. */
  record Item(int number, String label) {}

  static Item item(CharSequence line) {
    if (!digitNearStart(line)) {
      return null; // most lines: the patterns need not run
    }
    Matcher m = NUMBER_FIRST.matcher(line);
    if (m.find()) {
      return new Item(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
    }
    m = LABEL_FIRST.matcher(line);
    if (m.find()) {
      return new Item(Integer.parseInt(m.group(2)), m.group(1).toLowerCase(Locale.ROOT));
    }
    return null;
  }

  /**
   * Whether line {@code i} of {@code n} (line j is {@code text[start[j], end[j])}, blank lines
   * left out) belongs to {@value #MIN_LINES} or more lines in a row that share a label and count
   * up by one.
   */
  static boolean contains(CharSequence text, int[] start, int[] end, int n, int i) {
    return contains(j -> text.subSequence(start[j], end[j]), n, i);
  }

  /** {@link #contains(CharSequence, int[], int[], int, int)} for lines read one by one. */
  static boolean contains(IntFunction<CharSequence> lines, int n, int i) {
    Item at = item(lines.apply(i));
    if (at == null) {
      return false;
    }
    int length = 1;
    for (int j = i - 1, expected = at.number() - 1; j >= 0 && length < MIN_LINES;
        j--, expected--) {
      if (!follows(lines.apply(j), at.label(), expected)) {
        break;
      }
      length++;
    }
    for (int j = i + 1, expected = at.number() + 1; j < n && length < MIN_LINES;
        j++, expected++) {
      if (!follows(lines.apply(j), at.label(), expected)) {
        break;
      }
      length++;
    }
    return length >= MIN_LINES;
  }

  /** Chars of a line before its number: two of \W, a label word of up to 30, a space. */
  private static final int NUMBER_WITHIN = 34;

  /** Whether a digit stands among the first chars, where either pattern needs one. */
  private static boolean digitNearStart(CharSequence line) {
    for (int i = 0, n = Math.min(line.length(), NUMBER_WITHIN); i < n; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean follows(CharSequence line, String label, int number) {
    Item item = item(line);
    return item != null && item.number() == number && item.label().equals(label);
  }
}
