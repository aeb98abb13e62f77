package dev.textqc.detect.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One language's quotation marks: the double pair, the single (nested) pair, and whether a space
 * inside the marks is correct (French « … ») or a slip (English “ … ”). Loaded from
 * {@code rules/quotes/quote-styles.txt}.
 */
public record QuoteStyle(String name, char doubleOpen, char doubleClose, char singleOpen,
    char singleClose, boolean spacedInside) {

  /** Parses the style table: {@code name dOpen dClose sOpen sClose spaced|tight} per line. */
  public static List<QuoteStyle> parse(List<String> lines, String source) {
    List<QuoteStyle> styles = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.strip().split("\\s+");
      if (f.length != 6 || f[1].length() != 1 || f[2].length() != 1 || f[3].length() != 1
          || f[4].length() != 1) {
        throw new IllegalArgumentException(source + ": quote style line needs 'name open close"
            + " single-open single-close spaced|tight' (one character per mark): " + line);
      }
      String space = f[5].toLowerCase(Locale.ROOT);
      if (!space.equals("spaced") && !space.equals("tight")) {
        throw new IllegalArgumentException(source + ": inner-space must be spaced or tight: "
            + line);
      }
      styles.add(new QuoteStyle(f[0], f[1].charAt(0), f[2].charAt(0), f[3].charAt(0),
          f[4].charAt(0), space.equals("spaced")));
    }
    return List.copyOf(styles);
  }

  boolean usesMark(char c) {
    return c == doubleOpen || c == doubleClose;
  }
}
