package dev.textqc.detect.boilerplate;

import dev.textqc.document.Chars;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>Most characters sit in long prose lines, which the model never scores: they only feed their
 * neighbours' features (words, sentence end, function-word share, pipes, the prose flag). So
 * {@link #page} reads every line once for just those, into small per-line arrays, and
 * {@link Page#row} computes a full row only for a line that is asked for.
 */
public final class LineFeatures {

  /** Feature names, in the order of {@link #of}'s columns. */
  public static final List<String> NAMES = List.of(
      "logChars", "logWords", "words1", "words2to3", "words4to6", "words7to12",
      "endsSentence", "endsColon", "letters", "digits", "symbols", "upperLetters",
      "capitalisedWords", "functionWords", "commasPerWord", "pipe", "link", "bulletStart",
      "labelColon", "repeatedInPage", "relativePosition", "logEdgeDistance", "aboveProse",
      "belowProse", "logProseDistance", "prevProse", "nextProse", "windowSentenceEnds",
      "windowLogWords", "windowFunctionWords", "pageProseShare", "shortNoSentence",
      "prevShort", "nextShort", "logShortRun", "digitsAndColon", "lowerCaseStart", "windowPipes");

  private static final int OWN = 19;

  /** The column of digitsAndColon, followed by lowerCaseStart: features of the line alone. */
  private static final int DIGITS_AND_COLON = 35;

  static {
    if (!NAMES.get(DIGITS_AND_COLON).equals("digitsAndColon")
        || !NAMES.get(DIGITS_AND_COLON + 1).equals("lowerCaseStart")) {
      throw new AssertionError("feature columns moved");
    }
  }

  /**
   * Lines longer than this many words are never scored, so features only a scored line reads
   * (repetition, links) are not computed for them.
   */
  private static final int REPEAT_MAX_WORDS = 20;

  /** The function words, each packed into a long (see {@link #pack}), in an open-addressing table. */
  private final long[] table;
  private final int mask;

  public LineFeatures(Set<String> functionWords) {
    long[] codes = functionWords.stream().mapToLong(w -> pack(w, 0, w.length()))
        .filter(code -> code > 0).distinct().toArray();
    int size = Integer.highestOneBit(Math.max(16, codes.length * 4)) * 2;
    table = new long[size];
    mask = size - 1;
    for (long code : codes) {
      int slot = (int) ((code * 0x9E3779B97F4A7C15L) >>> 32) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = code;
    }
  }

  /**
   * A word of up to 12 ASCII letters as a long, five bits a letter, case folded; -1 for anything
   * else (no function word has other characters). Lets the per-word lookup run without a String.
   */
  static long pack(CharSequence s, int from, int to) {
    if (to - from > 12 || to <= from) {
      return -1;
    }
    long code = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      } else if (c < 'a' || c > 'z') {
        return -1;
      }
      code = code << 5 | (c - 'a' + 1);
    }
    return code;
  }

  private boolean isFunctionWord(long code) {
    int slot = (int) ((code * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    while (table[slot] != 0) {
      if (table[slot] == code) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** One row of {@link #NAMES} per line. */
  public double[][] of(List<String> lines) {
    int[][] at = offsets(lines.toArray(new String[0]));
    Page page = new Page(String.join("\n", lines), at[0], at[1], lines.size(), 0, true);
    double[][] rows = new double[page.size()][NAMES.size()];
    for (int i = 0; i < rows.length; i++) {
      page.row(i, rows[i]);
    }
    return rows;
  }

  /**
   * Reads the lines of a page for the rows of its {@linkplain Page#scorable scorable} lines, those
   * of at most {@code maxWords} words that are not sentences of three words or more: only they
   * get rows ({@link Page#row}), and only they and their neighbours are read to the end. A line
   * of more words is read up to its {@code maxWords + 1}st word (at least the 9th) unless a
   * scorable line is near.
   */
  public Page page(String[] lines, int maxWords) {
    int[][] at = offsets(lines);
    return new Page(String.join("\n", lines), at[0], at[1], lines.length, maxWords, false);
  }

  /**
   * {@link #page(String[], int)} for the lines {@code source[start[i], end[i])}, {@code i < n},
   * read where they lie: the rule passes the text it checks, and no line is cut out of it.
   */
  public Page page(String source, int[] start, int[] end, int n, int maxWords) {
    return new Page(source, start, end, n, maxWords, false);
  }

  /** Where each line lies in the lines joined with line breaks. */
  private static int[][] offsets(String[] lines) {
    int[] start = new int[lines.length];
    int[] end = new int[lines.length];
    int at = 0;
    for (int i = 0; i < lines.length; i++) {
      start[i] = at;
      end[i] = at + lines[i].length();
      at = end[i] + 1;
    }
    return new int[][] {start, end};
  }

  /** The lines of one page, read once; {@link #row} gives a scorable line's features. */
  public final class Page {
    // line i is source[start[i], end[i])
    private final String source;
    private final int[] start;
    private final int[] end;
    private final int n;
    // what a line's neighbours read: columns logWords, endsSentence, functionWords, pipe
    private final int[] words;
    private final double[] logWords;
    private final boolean[] ends;
    private final double[] functionShare;
    private final boolean[] pipe;
    private final boolean[] prose;
    // the repetition key of each line that may be scored: its stripped range, folded to lower
    // case as it is read when ASCII, else the JDK's lower case of it as a String; from == to for
    // a line without a key
    private final int[] keyFrom;
    private final int[] keyTo;
    private final int[] keyHash;
    private String[] keys;
    private final boolean[] repeated;
    private final int[] dist;
    private final int[] run;
    private final int firstProse;
    private final int lastProse;
    private final double proseShare;
    private final boolean[] scorable;
    // a line's scan so far: the words, function words and pipe seen up to position at[i] (its
    // length when read to the end)
    private final int[] at;
    private final int[] function;
    private char[] buf = new char[256];

    /** {@code all}: every line is scorable, whatever {@code maxWords} (the training rows). */
    Page(String source, int[] start, int[] end, int n, int maxWords, boolean all) {
      this.source = source;
      this.start = start;
      this.end = end;
      this.n = n;
      words = new int[n];
      logWords = new double[n];
      ends = new boolean[n];
      functionShare = new double[n];
      pipe = new boolean[n];
      prose = new boolean[n];
      keyFrom = new int[n];
      keyTo = new int[n];
      keyHash = new int[n];
      at = new int[n];
      function = new int[n];
      scorable = new boolean[n];
      // a line of more words than this is never scored (nor short, and is prose if it ends a
      // sentence): its scan may stop there
      int cap = all ? Integer.MAX_VALUE : Math.max(maxWords, 8);
      // the loops are methods of their own: inside the constructor each hot loop was compiled
      // (on-stack replacement) with the whole constructor and the scan inlined around it, five
      // times a corpus run at up to a second each
      scanAll(cap, maxWords, all);
      repeated = repetition(finishLines());
      int first = -1;
      int last = -1;
      int proseCount = 0;
      for (int i = 0; i < n; i++) {
        if (prose[i]) {
          if (first < 0) {
            first = i;
          }
          last = i;
          proseCount++;
        }
      }
      firstProse = first;
      lastProse = last;
      // distance to the nearest prose line, from both sides
      dist = new int[n];
      int at = -1_000_000;
      for (int i = 0; i < n; i++) {
        if (prose[i]) {
          at = i;
        }
        dist[i] = i - at;
      }
      at = 1_000_000;
      for (int i = n - 1; i >= 0; i--) {
        if (prose[i]) {
          at = i;
        }
        dist[i] = Math.min(dist[i], at - i);
      }
      proseShare = n == 0 ? 0 : proseCount / (double) n;
      // length of the run of short, sentence-less lines each line belongs to (0 for other lines)
      run = new int[n];
      for (int i = 0; i < n; ) {
        int j = i;
        while (j < n && isShort(j)) {
          j++;
        }
        for (int m = i; m < j; m++) {
          run[m] = j - i;
        }
        i = j == i ? i + 1 : j;
      }
    }

    /** Reads every line up to {@code cap} words and marks the lines that may be scored. */
    private void scanAll(int cap, int maxWords, boolean all) {
      for (int i = 0; i < n; i++) {
        scan(i, cap);
        scorable[i] = all || words[i] <= maxWords && !(words[i] >= 3 && ends[i]);
      }
    }

    /**
     * Finishes the lines a scorable neighbour will read and derives their per-line values;
     * returns the lines whose repetition in the page is counted.
     */
    private int finishLines() {
      int candidates = 0;
      for (int i = 0; i < n; i++) {
        if (at[i] < end[i] - start[i]) {
          // stopped early: finish it if a scorable neighbour will read it
          for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
            if (scorable[j]) {
              scan(i, Integer.MAX_VALUE);
              break;
            }
          }
        }
        logWords[i] = log1p(words[i]);
        functionShare[i] = words[i] == 0 ? 0 : function[i] / (double) words[i];
        prose[i] = ends[i] && logWords[i] >= LOG1P_8;
        // only short lines are ever scored; a long line's repetition would not be read
        if (scorable[i] && logWords[i] <= LOG1P_REPEAT && key(i, load(i))) {
          candidates++;
        }
      }
      return candidates;
    }

    public int size() {
      return n;
    }

    /**
     * The line's words (runs of non-space characters); a lower bound above {@code maxWords} for a
     * line not read to the end.
     */
    public int words(int i) {
      return words[i];
    }

    /** Whether {@link #row} may be asked for line {@code i}. */
    public boolean scorable(int i) {
      return scorable[i];
    }

    /** The line ends in a sentence mark, perhaps inside a closing quote or bracket. */
    public boolean endsSentence(int i) {
      return ends[i];
    }

    /** At most six words and no sentence end: a menu entry, label or headline. */
    private boolean isShort(int i) {
      return logWords[i] <= LOG1P_6 && !ends[i];
    }

    /** Line {@code i}'s characters in {@link #buf}; returns the length. */
    private int load(int i) {
      int len = end[i] - start[i];
      if (len > buf.length) {
        buf = new char[Math.max(len, buf.length * 2)];
      }
      source.getChars(start[i], end[i], buf, 0);
      return len;
    }

    /**
     * What line {@code i}'s neighbours read of it, in one pass over its characters: words,
     * function words, a pipe, and the sentence end; from where an earlier call stopped, and up to
     * the start of word {@code cap + 1}, if any ({@link #words} then counts {@code cap + 1}).
     */
    private void scan(int i, int cap) {
      int len = load(i);
      char[] chars = buf;
      int k = at[i];
      int count = words[i];
      int functions = function[i];
      boolean bar = pipe[i];
      if (k == 0) {
        ends[i] = LineFeatures.endsSentence(chars, len);
      } else {
        count--; // counted word cap + 1 when it stopped before it
      }
      while (k < len) {
        char c = chars[k];
        int t = c < 128 ? ASCII_CODE[c] : code(c);
        if (t == SPACE_CODE) {
          k++;
          continue;
        }
        if (count == cap) {
          count++; // at least one more word
          break;
        }
        // a word: its letters from the first to the last one packed as they are read (see pack)
        int wordStart = k;
        long code = 0;
        int packed = 0;
        boolean started = false;
        boolean ended = false;
        boolean unpackable = false;
        do {
          if (t <= 26) {
            if (ended || ++packed > 12) {
              unpackable = true; // a letter after inner punctuation, or too long
            } else {
              code = code << 5 | t;
            }
            started = true;
          } else if (t == OTHER_LETTER_CODE) {
            unpackable = true; // a non-ASCII letter: no function word has one
            started = true;
          } else {
            ended |= started;
            bar |= t == PIPE_CODE;
          }
        } while (++k < len && (t = (c = chars[k]) < 128 ? ASCII_CODE[c] : code(c)) != SPACE_CODE);
        count++;
        if (k - wordStart <= 14 && started && !unpackable && isFunctionWord(code)) {
          functions++;
        }
      }
      at[i] = k;
      words[i] = count;
      function[i] = functions;
      pipe[i] = bar;
    }

    /**
     * The repetition key of line {@code i}: its text stripped ({@link String#strip}) and in lower
     * case ({@link Locale#ROOT}); false for an empty one, which never counts as repeated.
     */
    private boolean key(int i, int len) {
      char[] chars = buf;
      int s = 0;
      int e = len;
      while (s < e && Character.isWhitespace(chars[s])) {
        s++;
      }
      while (e > s && Character.isWhitespace(chars[e - 1])) {
        e--;
      }
      if (s == e) {
        return false;
      }
      int h = 0;
      for (int j = s; j < e; j++) {
        char c = chars[j];
        if (c >= 128) {
          // not ASCII: the JDK's lower case (which may change the length) as the key
          if (keys == null) {
            keys = new String[n];
          }
          String key = source.substring(start[i] + s, start[i] + e).toLowerCase(Locale.ROOT);
          keys[i] = key;
          keyFrom[i] = 0;
          keyTo[i] = key.length();
          keyHash[i] = key.hashCode();
          return true;
        }
        h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      keyFrom[i] = s;
      keyTo[i] = e;
      keyHash[i] = h; // String.hashCode of the folded key
      return true;
    }

    /** Whether each line's key is another line's too. */
    private boolean[] repetition(int candidates) {
      boolean[] out = new boolean[n];
      if (candidates < 2) {
        return out;
      }
      int size = Integer.highestOneBit(candidates) * 4;
      int[] slots = new int[size]; // 1 + the first line of each key
      int[] first = new int[n];
      int[] count = new int[n];
      for (int i = 0; i < n; i++) {
        if (keyTo[i] == keyFrom[i]) {
          continue;
        }
        int h = keyHash[i];
        int slot = (h ^ h >>> 16) & (size - 1);
        while (true) {
          int other = slots[slot] - 1;
          if (other < 0) {
            slots[slot] = i + 1;
            first[i] = i;
            count[i] = 1;
            break;
          }
          if (keyHash[other] == h && sameKey(i, other)) {
            first[i] = other;
            count[other]++;
            break;
          }
          slot = (slot + 1) & (size - 1);
        }
      }
      for (int i = 0; i < n; i++) {
        out[i] = keyTo[i] > keyFrom[i] && count[first[i]] > 1;
      }
      return out;
    }

    private boolean sameKey(int a, int b) {
      int length = keyTo[a] - keyFrom[a];
      if (keyTo[b] - keyFrom[b] != length) {
        return false;
      }
      for (int k = 0; k < length; k++) {
        if (keyChar(a, k) != keyChar(b, k)) {
          return false;
        }
      }
      return true;
    }

    private char keyChar(int i, int k) {
      if (keys != null && keys[i] != null) {
        return keys[i].charAt(keyFrom[i] + k);
      }
      char c = source.charAt(start[i] + keyFrom[i] + k);
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Fills {@code r} with line {@code i}'s features, in the order of {@link #NAMES}. */
    public void row(int i, double[] r) {
      if (!scorable[i]) {
        throw new IllegalArgumentException("line " + i + " is not scorable");
      }
      own(i, r);
      int k = OWN + 1;
      r[OWN] = repeated[i] ? 1 : 0;
      r[k++] = n <= 1 ? 0 : i / (double) (n - 1);
      r[k++] = log1p(Math.min(i, n - 1 - i));
      r[k++] = firstProse < 0 || i < firstProse ? 1 : 0;
      r[k++] = lastProse >= 0 && i > lastProse ? 1 : 0;
      r[k++] = log1p(Math.min(dist[i], 50));
      r[k++] = i > 0 && prose[i - 1] ? 1 : 0;
      r[k++] = i + 1 < n && prose[i + 1] ? 1 : 0;
      double sentenceEnds = 0;
      double windowWords = 0;
      double function = 0;
      double pipes = 0;
      int count = 0;
      for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        if (j != i) {
          sentenceEnds += ends[j] ? 1 : 0;
          windowWords += logWords[j];
          function += functionShare[j];
          pipes += pipe[j] ? 1 : 0;
          count++;
        }
      }
      r[k++] = count == 0 ? 0 : sentenceEnds / count;
      r[k++] = count == 0 ? 0 : windowWords / count;
      r[k++] = count == 0 ? 0 : function / count;
      r[k++] = proseShare;
      r[k++] = isShort(i) ? 1 : 0;
      r[k++] = i > 0 && isShort(i - 1) ? 1 : 0;
      r[k++] = i + 1 < n && isShort(i + 1) ? 1 : 0;
      r[k++] = log1p(run[i]);
      k += 2; // digitsAndColon and lowerCaseStart: own() filled them
      r[k] = pipes / 6;
    }

    /**
     * The features of the line alone: columns 0 to {@value #OWN} - 1, and digitsAndColon and
     * lowerCaseStart.
     */
    private void own(int i, double[] r) {
      int len = load(i);
      char[] chars = buf;
      int letters = 0;
      int upper = 0;
      int digits = 0;
      int symbols = 0;
      int nonSpace = 0;
      int commas = 0;
      int wordsSoFar = 0;
      int capitalised = 0;
      boolean inWord = false;
      int firstColon = -1;
      int wordsBeforeColon = 0;
      boolean link = false;
      for (int j = 0; j < len; j++) {
        char c = chars[j];
        if (isSpace(c)) {
          inWord = false;
          continue;
        }
        nonSpace++;
        boolean wordStarts = !inWord;
        if (wordStarts) {
          inWord = true;
          wordsSoFar++;
          if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
            capitalised++;
          }
        }
        if (c < 128 ? ASCII_CODE[c] >= 1 && ASCII_CODE[c] <= 26 : Chars.isLetter(c)) {
          letters++;
          if (c < 128 ? c <= 'Z' : Character.isUpperCase(c)) {
            upper++;
          }
          // "http" and "www." in any case (no other letter folds to these)
          int lower = c | 0x20;
          link |= lower == 'h' && j + 4 <= len && (chars[j + 1] | 0x20) == 't'
              && (chars[j + 2] | 0x20) == 't' && (chars[j + 3] | 0x20) == 'p';
          link |= lower == 'w' && j + 4 <= len && (chars[j + 1] | 0x20) == 'w'
              && (chars[j + 2] | 0x20) == 'w' && chars[j + 3] == '.';
        } else if (c >= '0' && c <= '9') {
          digits++;
        } else {
          symbols++;
          if (c == ',') {
            commas++;
          } else if (c == ':' && firstColon < 0) {
            firstColon = j;
            // the words before it, and the one it is in unless it starts it ("News :")
            wordsBeforeColon = wordStarts ? wordsSoFar - 1 : wordsSoFar;
          } else if (c == '@') {
            link = true;
          } else if (c == '.') {
            link |= j + 4 <= len && (chars[j + 1] | 0x20) == 'c' && (chars[j + 2] | 0x20) == 'o'
                && (chars[j + 3] | 0x20) == 'm';
          }
        }
      }
      int words = this.words[i];
      int last = len - 1;
      while (last >= 0 && isSpace(chars[last])) {
        last--;
      }
      int firstAt = 0;
      while (firstAt < len && isSpace(chars[firstAt])) {
        firstAt++;
      }
      char lastChar = last < 0 ? 0 : chars[last];
      char firstChar = firstAt == len ? 0 : chars[firstAt];
      r[0] = log1p(len);
      r[1] = logWords[i];
      r[2] = words == 1 ? 1 : 0;
      r[3] = words >= 2 && words <= 3 ? 1 : 0;
      r[4] = words >= 4 && words <= 6 ? 1 : 0;
      r[5] = words >= 7 && words <= 12 ? 1 : 0;
      r[6] = ends[i] ? 1 : 0;
      r[7] = lastChar == ':' ? 1 : 0;
      r[8] = nonSpace == 0 ? 0 : letters / (double) nonSpace;
      r[9] = nonSpace == 0 ? 0 : digits / (double) nonSpace;
      r[10] = nonSpace == 0 ? 0 : symbols / (double) nonSpace;
      r[11] = letters == 0 ? 0 : upper / (double) letters;
      r[12] = words == 0 ? 0 : capitalised / (double) words;
      r[13] = functionShare[i];
      r[14] = words == 0 ? 0 : Math.min(1, commas / (double) words);
      r[15] = pipe[i] ? 1 : 0;
      // only short lines are scored, and no neighbour reads this column
      r[16] = words <= REPEAT_MAX_WORDS && link ? 1 : 0;
      r[17] = firstChar != 0 && !Chars.isLetter(firstChar) && !(firstChar >= '0' && firstChar <= '9')
          && firstChar != '"' && firstChar != '“' && firstChar != '\'' && firstChar != '‘'
          && firstChar != '(' ? 1 : 0;
      r[18] = firstColon > 0 && firstColon <= 25 && wordsBeforeColon <= 3 && words <= 10 ? 1 : 0;
      r[DIGITS_AND_COLON] = r[9] > 0 && firstColon >= 0 ? 1 : 0;
      r[DIGITS_AND_COLON + 1] = Character.isLowerCase(firstChar) ? 1 : 0;
    }
  }

  // what the per-character loops need of an ASCII character: a letter's place in the alphabet
  // (1-26, either case), or one of these
  private static final int SPACE_CODE = 0;
  private static final int OTHER_CODE = 27;
  private static final int PIPE_CODE = 28;
  private static final int OTHER_LETTER_CODE = 29;
  private static final byte[] ASCII_CODE = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_CODE[c] = (byte) (Chars.isSpace(c) ? SPACE_CODE : Chars.isLetter(c) ? (c | 0x20) - 'a' + 1
          : c == '|' ? PIPE_CODE : OTHER_CODE);
    }
  }

  private static int code(char c) {
    return Chars.isSpace(c) ? SPACE_CODE : Chars.isLetter(c) ? OTHER_LETTER_CODE : OTHER_CODE;
  }

  /** {@link Chars#isSpace}, with ASCII looked up. */
  private static boolean isSpace(char c) {
    return c < 128 ? ASCII_CODE[c] == SPACE_CODE : Chars.isSpace(c);
  }

  /**
   * Math.log1p of small counts, looked up: a line needs a dozen of them and the JDK computes each
   * in software, which cost more than the rest of the line's features.
   */
  private static final double[] LOG1P = new double[4096];

  static {
    // a local in the loop: see Chars
    double[] log1p = LOG1P;
    for (int i = 0; i < log1p.length; i++) {
      log1p[i] = Math.log1p(i);
    }
  }

  private static final double LOG1P_6 = Math.log1p(6);
  private static final double LOG1P_8 = Math.log1p(8);
  private static final double LOG1P_REPEAT = Math.log1p(REPEAT_MAX_WORDS);

  static double log1p(int count) {
    return count >= 0 && count < LOG1P.length ? LOG1P[count] : Math.log1p(count);
  }

  /**
   * The line's last non-space character is a sentence mark, or one inside a closing quote or
   * bracket ({@code .”}, {@code ?)}).
   */
  private static boolean endsSentence(char[] chars, int len) {
    int last = len - 1;
    while (last >= 0 && Chars.isSpace(chars[last])) {
      last--;
    }
    if (last < 0) {
      return false;
    }
    char end = chars[last];
    if (end == '"' || end == '”' || end == '’' || end == ')' || end == '»') {
      int before = last - 1;
      while (before >= 0 && Chars.isSpace(chars[before])) {
        before--;
      }
      end = before < 0 ? 0 : chars[before];
    }
    return end == '.' || end == '!' || end == '?' || end == '…';
  }
}
