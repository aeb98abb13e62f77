package dev.textqc.detect.boilerplate;

import dev.textqc.document.Chars;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The numeric description of each line that the line model scores: the line's own shape (length,
 * sentence end, share of letters, digits and symbols, capitalised words, function words, links,
 * "label: value" form) and its neighbourhood (the lines around it, its place between the first and
 * the last prose line, repetition in the page). The same code computes the features when the model
 * is trained and when it runs, so the two cannot drift apart.
 *
 * <p>Blank lines are not lines here: callers pass the non-blank lines in order, as a reader sees
 * the paragraphs of the page.
 */
/**
 * The features as LineFeatures computed them before it read long lines for their neighbours only
 * (one full row per line, String keys for repetition): the oracle the faster code must match bit
 * for bit.
 */
final class ReferenceLineFeatures {

  private static final List<String> NAMES = LineFeatures.NAMES;

  private static final int OWN = 19;

  /**
   * Lines longer than this many words are never scored, so features only a scored line reads
   * (repetition, links) are not computed for them.
   */
  private static final int REPEAT_MAX_WORDS = 20;

  private final Set<Long> function = new HashSet<>();

  ReferenceLineFeatures(Set<String> functionWords) {
    for (String w : functionWords) {
      function.add(LineFeatures.pack(w, 0, w.length()));
    }
  }

  private boolean isFunctionWord(long code) {
    return function.contains(code);
  }

  /** One row of {@link #NAMES} per line. */
  public double[][] of(List<String> lines) {
    int n = lines.size();
    double[][] rows = new double[n][NAMES.size()];
    boolean[] prose = new boolean[n];
    Map<String, Integer> seen = new HashMap<>();
    String[] keys = new String[n];
    char[] buf = new char[256];
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (line.length() > buf.length) {
        buf = new char[Math.max(line.length(), buf.length * 2)];
      }
      line.getChars(0, line.length(), buf, 0);
      own(line, buf, rows[i]);
      prose[i] = rows[i][6] > 0 && rows[i][1] >= log1p(8);
      // only short lines are ever scored; a long line's repetition would not be read
      if (rows[i][1] <= log1p(REPEAT_MAX_WORDS)) {
        keys[i] = lines.get(i).strip().toLowerCase(Locale.ROOT);
        seen.merge(keys[i], 1, Integer::sum);
      }
    }
    int firstProse = -1;
    int lastProse = -1;
    int proseCount = 0;
    for (int i = 0; i < n; i++) {
      if (prose[i]) {
        if (firstProse < 0) {
          firstProse = i;
        }
        lastProse = i;
        proseCount++;
      }
    }
    // distance to the nearest prose line, from both sides
    int[] dist = new int[n];
    int last = -1_000_000;
    for (int i = 0; i < n; i++) {
      if (prose[i]) {
        last = i;
      }
      dist[i] = i - last;
    }
    last = 1_000_000;
    for (int i = n - 1; i >= 0; i--) {
      if (prose[i]) {
        last = i;
      }
      dist[i] = Math.min(dist[i], last - i);
    }
    double proseShare = n == 0 ? 0 : proseCount / (double) n;
    // length of the run of short, sentence-less lines each line belongs to (0 for other lines)
    int[] run = new int[n];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && isShort(rows[j])) {
        j++;
      }
      for (int m = i; m < j; m++) {
        run[m] = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    boolean[] colon = new boolean[n];
    boolean[] lowerStart = new boolean[n];
    for (int i = 0; i < n; i++) {
      String t = lines.get(i);
      colon[i] = t.indexOf(':') >= 0;
      char f = firstNonSpace(t);
      lowerStart[i] = Character.isLowerCase(f);
    }
    for (int i = 0; i < n; i++) {
      double[] r = rows[i];
      int k = OWN + 1;
      r[OWN] = keys[i] != null && !keys[i].isEmpty() && seen.get(keys[i]) > 1 ? 1 : 0;
      r[k++] = n <= 1 ? 0 : i / (double) (n - 1);
      r[k++] = log1p(Math.min(i, n - 1 - i));
      r[k++] = firstProse < 0 || i < firstProse ? 1 : 0;
      r[k++] = lastProse >= 0 && i > lastProse ? 1 : 0;
      r[k++] = log1p(Math.min(dist[i], 50));
      r[k++] = i > 0 && prose[i - 1] ? 1 : 0;
      r[k++] = i + 1 < n && prose[i + 1] ? 1 : 0;
      double ends = 0;
      double words = 0;
      double function = 0;
      int count = 0;
      for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        if (j != i) {
          ends += rows[j][6];
          words += rows[j][1];
          function += rows[j][13];
          count++;
        }
      }
      r[k++] = count == 0 ? 0 : ends / count;
      r[k++] = count == 0 ? 0 : words / count;
      r[k++] = count == 0 ? 0 : function / count;
      r[k++] = proseShare;
      r[k++] = isShort(rows[i]) ? 1 : 0;
      r[k++] = i > 0 && isShort(rows[i - 1]) ? 1 : 0;
      r[k++] = i + 1 < n && isShort(rows[i + 1]) ? 1 : 0;
      r[k++] = log1p(run[i]);
      r[k++] = rows[i][9] > 0 && colon[i] ? 1 : 0;
      r[k++] = lowerStart[i] ? 1 : 0;
      double pipes = 0;
      for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        pipes += j == i ? 0 : rows[j][15];
      }
      r[k] = pipes / 6;
    }
    return rows;
  }

  /**
   * Math.log1p of small counts, looked up: a line needs a dozen of them and the JDK computes each
   * in software, which cost more than the rest of the line's features.
   */
  private static final double[] LOG1P = new double[4096];

  static {
    for (int i = 0; i < LOG1P.length; i++) {
      LOG1P[i] = Math.log1p(i);
    }
  }

  private static final double LOG1P_6 = Math.log1p(6);

  static double log1p(int count) {
    return Math.log1p(count);
  }

  /** At most six words and no sentence end: a menu entry, label or headline. */
  private static boolean isShort(double[] row) {
    return row[1] <= LOG1P_6 && row[6] == 0;
  }

  /** The features of the line alone: columns 0 to {@value #OWN} - 1. */
  /** {@code chars} holds the line's characters (a bulk copy reads faster than charAt). */
  private void own(String line, char[] chars, double[] r) {
    int len = line.length();
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int symbols = 0;
    int nonSpace = 0;
    int commas = 0;
    int words = 0;
    int capitalised = 0;
    int function = 0;
    boolean pipe = false;
    int wordStart = -1;
    // the word packed as it is read (see pack): letters from its first to its last letter
    long code = 0;
    int packed = 0;
    boolean started = false;
    boolean ended = false;
    boolean unpackable = false;
    int firstColon = -1;
    int wordsBeforeColon = 0;
    for (int i = 0; i <= len; i++) {
      char c = i < len ? chars[i] : ' ';
      boolean space = Chars.isSpace(c);
      if (!space) {
        nonSpace++;
        if (wordStart < 0) {
          code = 0;
          packed = 0;
          started = false;
          ended = false;
          unpackable = false;
        }
        if (Chars.isLetter(c)) {
          if (ended || c >= 128 || ++packed > 12) {
            unpackable = true; // a letter after inner punctuation, a non-ASCII letter, too long
          } else {
            code = code << 5 | ((c | 0x20) - 'a' + 1);
          }
          started = true;
          letters++;
          if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
            upper++;
          }
        } else if (c >= '0' && c <= '9') {
          ended |= started;
          digits++;
        } else {
          ended |= started;
          symbols++;
          if (c == ',') {
            commas++;
          } else if (c == '|') {
            pipe = true;
          } else if (c == ':' && firstColon < 0) {
            firstColon = i;
            wordsBeforeColon = words + (wordStart >= 0 ? 1 : 0);
          }
        }
        if (wordStart < 0) {
          wordStart = i;
        }
      } else if (wordStart >= 0) {
        words++;
        char first = chars[wordStart];
        if (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first)) {
          capitalised++;
        }
        if (i - wordStart <= 14 && started && !unpackable && isFunctionWord(code)) {
          function++;
        }
        wordStart = -1;
      }
    }
    char lastChar = lastNonSpace(line);
    char beforeLast = lastChar == 0 ? 0 : beforeLastNonSpace(line);
    boolean closesQuote = lastChar == '"' || lastChar == '”' || lastChar == '’' || lastChar == ')'
        || lastChar == '»';
    char end = closesQuote ? beforeLast : lastChar;
    char firstChar = firstNonSpace(line);
    r[0] = log1p(len);
    r[1] = log1p(words);
    r[2] = words == 1 ? 1 : 0;
    r[3] = words >= 2 && words <= 3 ? 1 : 0;
    r[4] = words >= 4 && words <= 6 ? 1 : 0;
    r[5] = words >= 7 && words <= 12 ? 1 : 0;
    r[6] = end == '.' || end == '!' || end == '?' || end == '…' ? 1 : 0;
    r[7] = lastChar == ':' ? 1 : 0;
    r[8] = nonSpace == 0 ? 0 : letters / (double) nonSpace;
    r[9] = nonSpace == 0 ? 0 : digits / (double) nonSpace;
    r[10] = nonSpace == 0 ? 0 : symbols / (double) nonSpace;
    r[11] = letters == 0 ? 0 : upper / (double) letters;
    r[12] = words == 0 ? 0 : capitalised / (double) words;
    r[13] = words == 0 ? 0 : function / (double) words;
    r[14] = words == 0 ? 0 : Math.min(1, commas / (double) words);
    r[15] = pipe ? 1 : 0;
    // only short lines are scored, and no neighbour reads this column: spare long lines the scans
    r[16] = words <= REPEAT_MAX_WORDS && (line.indexOf('@') >= 0 || containsIgnoreCase(line, "http")
        || containsIgnoreCase(line, "www.") || containsIgnoreCase(line, ".com")) ? 1 : 0;
    r[17] = firstChar != 0 && !Chars.isLetter(firstChar) && !(firstChar >= '0' && firstChar <= '9')
        && firstChar != '"' && firstChar != '“' && firstChar != '\'' && firstChar != '‘'
        && firstChar != '(' ? 1 : 0;
    r[18] = firstColon > 0 && firstColon <= 25 && wordsBeforeColon <= 3 && words <= 10 ? 1 : 0;
  }

  /** {@code needle} is lower-case ASCII. */
  private static boolean containsIgnoreCase(String s, String needle) {
    char first = needle.charAt(0);
    char upper = Character.toUpperCase(first);
    for (int i = 0, last = s.length() - needle.length(); i <= last; i++) {
      char c = s.charAt(i);
      if ((c == first || c == upper) && s.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  private static char lastNonSpace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (!Chars.isSpace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 0;
  }

  private static char beforeLastNonSpace(String s) {
    boolean skipped = false;
    for (int i = s.length() - 1; i >= 0; i--) {
      if (!Chars.isSpace(s.charAt(i))) {
        if (skipped) {
          return s.charAt(i);
        }
        skipped = true;
      }
    }
    return 0;
  }

  private static char firstNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Chars.isSpace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 0;
  }
}
