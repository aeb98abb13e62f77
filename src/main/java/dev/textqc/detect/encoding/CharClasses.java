package dev.textqc.detect.encoding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Named sets of code points read from a data file ({@code rules/encoding/mojibake-classes.txt}):
 * each line is a class name followed by items, a literal character, {@code U+XXXX} or
 * {@code U+XXXX-U+YYYY}; several lines may add to one class.
 */
public final class CharClasses {
  private final Map<String, List<int[]>> ranges;

  private CharClasses(Map<String, List<int[]>> ranges) {
    this.ranges = ranges;
  }

  public static CharClasses parse(List<String> lines, String source) {
    Map<String, List<int[]>> map = new HashMap<>();
    for (String line : lines) {
      String[] f = line.strip().split("\\s+");
      List<int[]> list = map.computeIfAbsent(f[0], k -> new ArrayList<>());
      for (int i = 1; i < f.length; i++) {
        list.add(item(f[i], source, line));
      }
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    return new CharClasses(Map.copyOf(map));
  }

  private static int[] item(String s, String source, String line) {
    try {
      if (s.startsWith("U+")) {
        int dash = s.indexOf('-');
        if (dash < 0) {
          int cp = Integer.parseInt(s.substring(2), 16);
          return new int[] {cp, cp};
        }
        if (!s.startsWith("U+", dash + 1)) {
          throw new NumberFormatException(s);
        }
        return new int[] {Integer.parseInt(s.substring(2, dash), 16),
            Integer.parseInt(s.substring(dash + 3), 16)};
      }
      if (s.codePointCount(0, s.length()) != 1) {
        throw new NumberFormatException(s);
      }
      int cp = s.codePointAt(0);
      return new int[] {cp, cp};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": '" + s + "' is not a character, U+XXXX or"
          + " U+XXXX-U+YYYY, in line: " + line);
    }
  }

  /** Whether {@code cp} is in class {@code name} (false for an unknown class). */
  public boolean contains(String name, int cp) {
    for (int[] r : ranges.getOrDefault(name, List.of())) {
      if (cp >= r[0] && cp <= r[1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CharClasses c && c.ranges.keySet().equals(ranges.keySet())
        && ranges.entrySet().stream().allMatch(e -> sameRanges(e.getValue(), c.ranges.get(e.getKey())));
  }

  private static boolean sameRanges(List<int[]> a, List<int[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return ranges.keySet().hashCode();
  }
}
