package dev.textqc.rule;

import dev.textqc.document.Chars;
import dev.textqc.document.Line;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over the lines of a stage's text that tells, for each line, which of up to 64 line
 * rules can match it: the phrases of the {@code line-phrases} rules and the {@code requires}
 * fragments of the {@code line-regex} rules go into one Aho-Corasick automaton (a full DFA over
 * the characters the literals use), run once per text, so each rule then looks only at its
 * candidate lines.
 *
 * <p>The scan reads each line as {@link TextNormalizer} would (curly quotes and dashes folded,
 * whitespace runs as one space, lower case) without building any string. Every line a rule can
 * match is a candidate: a normalised line that equals, starts with or contains a phrase contains
 * it as the scan reads it, and so does a lower-cased line that contains a fragment. Candidates
 * are a superset; the rules decide exactly, as before. Lines with characters whose lower case
 * depends on their context or spans two code units (dotted capital I, capital sigma, surrogate
 * pairs), or that the scan reads unlike the rest of their case class (long s, final sigma), are
 * candidates of every rule. The scan hands each rule the list of its candidate lines
 * ({@link Result#candidates}), so a rule's cost follows its candidates, not the text's lines.
 *
 * <p>A long line stops being read once no rule can still take it: every regex rule's
 * {@code maxLength} is behind, it has more words than any phrase rule's {@code maxWords} (counted
 * as whitespace-separated tokens with a character that normalisation keeps, a lower bound of the
 * normalised line's words) and more such characters than the longest exact phrase.
 */
public final class LineScan {

  /**
   * A rule that can take part in a stage's scan. Participants are line-local: whether a line is
   * reported depends on that line's text alone, and the span on its neighbours' blankness at most
   * ({@link LineRemoval}). That is what lets the scan skip the lines the pipeline marks settled
   * ({@link AnalyzedText#settled}) when a stage runs again after edits elsewhere.
   */
  public interface Participant extends Rule {
    /**
     * What the rule puts into the scan, empty when it keeps its own per-line matching. With
     * several members, a line is the rule's candidate only when every one of them can match it
     * (a regex rule's {@code requires} and the fragments its pattern needs).
     */
    List<Member> scanMembers();

    /** Tells the rule the scan it is part of and its members' bits there (null: on its own). */
    void useScan(LineScan scan, long bits);
  }

  /**
   * Lets the participants among {@code rules} (one stage's) share scans, up to 64 members per
   * scan. A rule whose literals cannot be read by a scan, or a group that cannot be built, keeps
   * its own matching; a rule keeps working whatever group it is in, since its own literals are
   * always part of it.
   */
  public static void share(List<? extends Rule> rules) {
    List<Participant> group = new ArrayList<>();
    int size = 0;
    for (Rule r : rules) {
      if (r instanceof Participant p) {
        int n = p.scanMembers().size();
        if (n == 0 || n > Long.SIZE) {
          continue;
        }
        if (size + n > Long.SIZE) {
          link(group);
          group = new ArrayList<>();
          size = 0;
        }
        group.add(p);
        size += n;
      }
    }
    if (!group.isEmpty()) {
      link(group);
    }
  }

  private static void link(List<Participant> group) {
    List<Member> members = new ArrayList<>();
    for (Participant p : group) {
      members.addAll(p.scanMembers());
    }
    LineScan scan = of(members);
    if (scan == null && group.size() > 1) {
      // some member's literals cannot be read: each rule tries on its own
      for (Participant p : group) {
        link(List.of(p));
      }
      return;
    }
    int k = 0;
    for (Participant p : group) {
      int n = p.scanMembers().size();
      long bits = n == Long.SIZE ? -1L : ((1L << n) - 1) << k;
      p.useScan(scan, bits);
      k += n;
    }
  }

  /** The scan a participant is part of, and its members' bits there. */
  public record Link(LineScan scan, long bits) {}

  /**
   * A participant's place in a scan, which the participant keeps and sets from
   * {@link Participant#useScan}. A pipeline links each stage's rules into shared scans
   * ({@link #share}); a participant used outside one gets a scan of its own when it first asks.
   * Built eagerly instead, in each rule's constructor, the line rules' own scans were a tenth of
   * a one-article check's start-up, all of it replaced by the pipeline's.
   */
  public static final class Membership {
    /** Not yet part of a scan. */
    private static final Link UNSHARED = new Link(null, 0);

    private final Participant owner;
    private volatile Link link = UNSHARED;

    public Membership(Participant owner) {
      this.owner = owner;
    }

    /** What {@link Participant#useScan} was told (a null scan: the participant is on its own). */
    public void set(LineScan scan, long bits) {
      link = scan == null ? null : new Link(scan, bits);
    }

    /**
     * The participant's scan and bits, or null when it matches on its own: it has nothing a scan
     * can read, or its literals could not be built into one.
     */
    public Link link() {
      Link l = link;
      if (l == UNSHARED) {
        share(List.of(owner));
        l = link;
        if (l == UNSHARED) {
          l = null; // no members: share leaves such a participant out
          link = null;
        }
      }
      return l;
    }
  }

  /** What one rule puts into the scan. */
  public record Member(
      /** Literals compared with the line as normalised ({@link TextNormalizer}), e.g. phrases. */
      List<String> normalizedLiterals,
      /** Literals compared with the lower-cased line (Locale.ROOT), e.g. regex prefilters. */
      List<String> lowerCaseLiterals,
      /** Lines longer than this (in chars) cannot match; 0 when the rule reads no raw length. */
      int maxChars,
      /** Lines with more words than this cannot match (phrase rules), or 0. */
      int maxWords,
      /** Lines whose normalised form is longer than this cannot match (exact phrases), or 0. */
      int maxNormalizedLength) {}

  // character kinds (of the raw character), shared by all scans
  private static final byte SPACE = 1;
  /** Kept by normalisation wherever it stands: not a space, not decoration, above U+0020. */
  private static final byte SOLID = 2;
  /** Lower case differs per context or per code point: the line is everyone's candidate. */
  private static final byte SPECIAL = 4;
  private static final byte[] KIND = new byte[65536];
  /** The character as the scan reads it: folded, lower case (spaces read as ' '). */
  private static final char[] READ = new char[65536];

  static {
    // locals in the loops: see Chars
    byte[] kinds = KIND;
    char[] read = READ;
    for (int i = 0; i < 65536; i++) {
      char c = (char) i;
      char f = TextNormalizer.fold(c);
      byte k = 0;
      if (Chars.isSpace(f)) {
        k |= SPACE;
        read[i] = ' ';
      } else {
        read[i] = Character.toLowerCase(f);
        if (!TextNormalizer.isDecoration(f) && f > ' ') {
          k |= SOLID;
        }
      }
      if (Character.isSurrogate(c) || c == '\u0130' || c == '\u03A3') {
        k |= SPECIAL;
      }
      kinds[i] = k;
    }
    // A case-insensitive regex matches a char with any char of the same case class
    // (lower(upper(c)), as java.util.regex compares with UNICODE_CASE). A char read unlike its
    // class's representative (long s, final sigma) makes its line everyone's candidate, so a
    // literal taken from such a pattern is found whatever case variant the text uses.
    for (int i = 0; i < 65536; i++) {
      int canon = Character.toLowerCase(Character.toUpperCase(i));
      if (canon >= 65536 || read[i] != read[canon]) {
        kinds[i] |= SPECIAL;
      }
    }
  }

  /** Whether the scan reads a char like every char of its case class (see above). */
  public static boolean readsLikeItsCase(char c) {
    return (KIND[c] & SPECIAL) == 0;
  }

  /** Rows are {@code 1 << shift} entries wide: at least one per class. */
  private final int shift;
  /**
   * Class of each raw character as the scan reads it: 0 for characters no literal uses, one class
   * for all spaces, the last class for the characters that make a line everyone's candidate.
   */
  private final char[] classOf;
  /**
   * The DFA, one row of {@code 1 << shift} entries per state: an entry holds the next state's
   * number, with {@link #ENDS} set when the next state ends a literal. States are numbered
   * breadth first, so the shallow states text keeps returning to sit together at the start. A
   * state entered on a space stays put on more spaces (a run of spaces reads as one, and no
   * literal starts with a space, so the start state ignores leading ones); a special character
   * leads to an extra last state that ends every member's literal and reads on like the start.
   */
  private final char[] delta;
  private static final int ENDS = 0x8000;
  /** Bits of the rules whose literal ends in the state (or in one of its suffix states). */
  private final long[] out;
  private final long all;
  private final int maxChars;
  private final int maxWords;
  private final int maxSolid;
  /** Per member: its bounds on the raw length, the words and the normalised length. */
  private final int[] memberChars;
  private final int[] memberWords;
  private final int[] memberSolid;
  /** Members with a bound on words or normalised length, which the line's counts decide. */
  private final long counted;

  /**
   * A scan for these members, member k owning bit k; null when a member cannot take part (more
   * than 64 members, a literal that reads as empty or holds a surrogate, more than 65535 states):
   * such a rule keeps its own per-line matching.
   */
  public static LineScan of(List<Member> members) {
    if (members.isEmpty() || members.size() > Long.SIZE) {
      return null;
    }
    Map<String, Long> literals = new HashMap<>();
    int maxChars = 0;
    int maxWords = 0;
    int maxSolid = 0;
    for (int k = 0; k < members.size(); k++) {
      Member m = members.get(k);
      long bit = 1L << k;
      for (String s : m.normalizedLiterals()) {
        String r = read(s);
        // a phrase is in normal form, so the scan reads it as it is
        if (r == null || !r.equals(s)) {
          return null;
        }
        literals.merge(r, bit, (a, b) -> a | b);
      }
      for (String s : m.lowerCaseLiterals()) {
        String r = read(s.toLowerCase(Locale.ROOT));
        if (r == null) {
          return null;
        }
        // a line's leading spaces are not read: a fragment is looked for without its own
        String t = r.strip();
        if (t.isEmpty()) {
          return null;
        }
        literals.merge(t, bit, (a, b) -> a | b);
      }
      maxChars = Math.max(maxChars, m.maxChars());
      maxWords = Math.max(maxWords, m.maxWords());
      maxSolid = Math.max(maxSolid, m.maxNormalizedLength());
    }
    int length = 0;
    for (String s : literals.keySet()) {
      if (s.charAt(0) == ' ') {
        return null; // the scan does not read a line's leading spaces
      }
      length += s.length();
    }
    if (length >= ENDS - 1) {
      return null;
    }
    return new LineScan(literals, members, maxChars, maxWords, maxSolid);
  }

  // the literal as the scan reads text: folded, lower case, whitespace runs as one space
  private static String read(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        return null;
      }
      if ((KIND[c] & SPACE) != 0) {
        if (!space) {
          sb.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      sb.append(READ[c]);
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private LineScan(Map<String, Long> literals, List<Member> members, int maxChars, int maxWords,
      int maxSolid) {
    int m = members.size();
    this.all = m == Long.SIZE ? -1L : (1L << m) - 1;
    this.memberChars = new int[m];
    this.memberWords = new int[m];
    this.memberSolid = new int[m];
    long counted = 0;
    for (int j = 0; j < m; j++) {
      Member member = members.get(j);
      // 0 means no bound of that kind
      memberChars[j] = member.maxChars() > 0 ? member.maxChars() : Integer.MAX_VALUE;
      memberWords[j] = member.maxWords() > 0 ? member.maxWords() : Integer.MAX_VALUE;
      memberSolid[j] = member.maxNormalizedLength() > 0 ? member.maxNormalizedLength()
          : Integer.MAX_VALUE;
      if (memberWords[j] != Integer.MAX_VALUE || memberSolid[j] != Integer.MAX_VALUE) {
        counted |= 1L << j;
      }
    }
    this.counted = counted;
    this.maxChars = maxChars;
    this.maxWords = maxWords;
    this.maxSolid = maxSolid;
    // the alphabet: the characters the literals use, class 0 for every other one
    char[] alphabet = new char[65536];
    int n = alphabet(literals.keySet(), alphabet);
    final int special = n;
    final int shift = 32 - Integer.numberOfLeadingZeros(n); // 1 << shift > n
    final int k = 1 << shift;
    this.shift = shift;
    // the class of every raw character, through the way the scan reads it
    this.classOf = classes(alphabet, special);
    final int spaceClass = alphabet[' '];
    // Each loop here is in a method of its own, like classes(): the loops run long enough at
    // start-up for the JIT to compile them on the stack (on-stack replacement), and inside the
    // constructor each such compilation was of the whole constructor, several times a run
    // (0.1-0.3 CPU-seconds of C2 time on a 200 MB run; JFR's jdk.Compilation events).
    List<int[]> go = new ArrayList<>();
    List<Long> outs = new ArrayList<>();
    trie(literals, alphabet, n, go, outs);
    // breadth-first numbering, failure links, and the full transition table
    int states = go.size();
    int[] order = new int[states]; // new number -> trie state
    int[] entered = new int[states]; // by new number: the class that leads to the state
    int[] number = breadthFirst(go, n, order, entered);
    this.out = new long[states + 1];
    char[] delta = transitions(go, outs, n, order, number, out);
    // the special state: every member's literal ends there, and it reads on like the start
    out[states] = all;
    this.delta = rows(delta, out, n, k, spaceClass, special, entered);
  }

  /**
   * Numbers the characters the literals use into {@code alphabet} (from 1: class 0 is every other
   * character), the space and the ASCII letters first, so the part of a row that English text
   * visits is compact; returns the number of classes so far (the next free one).
   */
  private static int alphabet(Set<String> literals, char[] alphabet) {
    int n = 1;
    String common = " abcdefghijklmnopqrstuvwxyz";
    for (String s : literals) {
      for (int i = 0; i < s.length(); i++) {
        int at = common.indexOf(s.charAt(i));
        if (at >= 0) {
          alphabet[s.charAt(i)] = 1; // marked: numbered below
        }
      }
    }
    for (int i = 0; i < common.length(); i++) {
      if (alphabet[common.charAt(i)] != 0) {
        alphabet[common.charAt(i)] = (char) n++;
      }
    }
    for (String s : literals) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (alphabet[c] == 0) {
          alphabet[c] = (char) n++;
        }
      }
    }
    return n;
  }

  /** Builds the trie of the literals: {@code go} gets a row of {@code n} entries per state. */
  private static void trie(Map<String, Long> literals, char[] alphabet, int n, List<int[]> go,
      List<Long> outs) {
    go.add(newRow(n));
    outs.add(0L);
    for (Map.Entry<String, Long> e : literals.entrySet()) {
      String s = e.getKey();
      int state = 0;
      for (int i = 0; i < s.length(); i++) {
        int c = alphabet[s.charAt(i)];
        int next = go.get(state)[c];
        if (next < 0) {
          next = go.size();
          go.get(state)[c] = next;
          go.add(newRow(n));
          outs.add(0L);
        }
        state = next;
      }
      outs.set(state, outs.get(state) | e.getValue());
    }
  }

  /**
   * Numbers the trie's states breadth first: fills {@code order} (new number to trie state) and
   * {@code entered} (by new number, the class that leads to the state); returns the trie state
   * to new number map.
   */
  private static int[] breadthFirst(List<int[]> go, int n, int[] order, int[] entered) {
    int[] number = new int[go.size()];
    entered[0] = -1;
    int head = 0;
    int tail = 1;
    order[0] = 0;
    number[0] = 0;
    while (head < tail) {
      int s = order[head++];
      int[] row = go.get(s);
      for (int c = 0; c < n; c++) {
        if (row[c] > 0) {
          number[row[c]] = tail;
          entered[tail] = c;
          order[tail++] = row[c];
        }
      }
    }
    return number;
  }

  /**
   * The failure links and the full transition table by new number, {@code n} entries a state;
   * fills {@code out} with the members whose literal ends in each state.
   */
  private static char[] transitions(List<int[]> go, List<Long> outs, int n, int[] order,
      int[] number, long[] out) {
    int states = go.size();
    int[] fail = new int[states]; // by new number
    char[] delta = new char[states * n];
    for (int v = 0; v < states; v++) {
      int s = order[v];
      int[] row = go.get(s);
      int f = fail[v];
      out[v] = outs.get(s) | (v == 0 ? 0 : out[f]);
      for (int c = 0; c < n; c++) {
        int child = row[c];
        if (child > 0) {
          int w = number[child];
          // the child's failure state: where the parent's failure state goes on c
          fail[w] = v == 0 ? 0 : delta[f * n + c];
          delta[v * n + c] = (char) w;
        } else {
          delta[v * n + c] = v == 0 ? 0 : delta[f * n + c];
        }
      }
    }
    return delta;
  }

  /**
   * The scan's table ({@link #delta}): the transitions in rows of {@code k} entries, with the
   * special state (the last one) added, the stay on more spaces and the {@link #ENDS} marks.
   */
  private static char[] rows(char[] delta, long[] out, int n, int k, int spaceClass,
      int special, int[] entered) {
    int z = out.length - 1;
    char[] table = new char[(z + 1) * k];
    for (int v = 0; v <= z; v++) {
      int from = v == z ? 0 : v;
      for (int c = 0; c < n; c++) {
        int w = delta[from * n + c];
        if (c == spaceClass && c != 0 && entered[from] == spaceClass) {
          w = from; // more spaces after a space
        }
        table[v * k + c] = (char) (out[w] != 0 ? w | ENDS : w);
      }
      table[v * k + special] = (char) (z | ENDS);
    }
    return table;
  }

  // Its own method: a loop of 65,536 turns inside the constructor had the JIT compile the whole
  // constructor for it (on-stack replacement) several times at start-up.
  private static char[] classes(char[] alphabet, int special) {
    char[] classOf = new char[65536];
    for (int c = 0; c < 65536; c++) {
      classOf[c] = (KIND[c] & SPECIAL) != 0 ? (char) special : alphabet[READ[c]];
    }
    return classOf;
  }

  private static int[] newRow(int n) {
    int[] row = new int[n];
    java.util.Arrays.fill(row, -1);
    return row;
  }

  /** The scan's findings for one text. */
  public static final class Result {
    private static final int[] NONE = new int[0];

    private final List<Line> lines;
    private final long[] masks;
    private final String[] normalized;
    private final String[] lowerCase;
    /** Per member bit, the lines it can match in order, made when first asked for. */
    private final int[][] candidates = new int[Long.SIZE][];

    Result(List<Line> lines, long[] masks) {
      this.lines = lines;
      this.masks = masks;
      this.normalized = new String[lines.size()];
      this.lowerCase = new String[lines.size()];
    }

    /**
     * The lines every member of {@code bits} can match, in order: a rule walks its few candidates
     * instead of testing every line's mask. The lists of all members are made in one pass over
     * the masks.
     */
    public int[] candidates(long bits) {
      int j = Long.numberOfTrailingZeros(bits);
      int[] c = candidates[j];
      if (c == null) {
        fill();
        c = candidates[j];
      }
      if (bits == (bits & -bits) || c.length == 0) {
        return c;
      }
      int[] both = new int[c.length];
      int n = 0;
      for (int i : c) {
        if ((masks[i] & bits) == bits) {
          both[n++] = i;
        }
      }
      return n == both.length ? both : java.util.Arrays.copyOf(both, n);
    }

    private synchronized void fill() {
      if (candidates[0] != null) {
        return;
      }
      int[] counts = new int[Long.SIZE];
      long any = 0;
      for (long m : masks) {
        any |= m;
        for (; m != 0; m &= m - 1) {
          counts[Long.numberOfTrailingZeros(m)]++;
        }
      }
      int[][] lists = new int[Long.SIZE][];
      for (int j = 0; j < Long.SIZE; j++) {
        lists[j] = counts[j] == 0 ? NONE : new int[counts[j]];
        counts[j] = 0;
      }
      if (any != 0) {
        for (int i = 0; i < masks.length; i++) {
          for (long m = masks[i]; m != 0; m &= m - 1) {
            int j = Long.numberOfTrailingZeros(m);
            lists[j][counts[j]++] = i;
          }
        }
      }
      // member 0 last: its list marks the lists as made
      for (int j = Long.SIZE - 1; j >= 0; j--) {
        candidates[j] = lists[j];
      }
    }

    /** The line in lower case ({@link Locale#ROOT}), computed when first asked for. */
    public String lowerCase(int line) {
      String n = lowerCase[line];
      if (n == null) {
        n = lines.get(line).text().toLowerCase(Locale.ROOT);
        lowerCase[line] = n;
      }
      return n;
    }

    /** Per line, the bits of the members that can match it. */
    public long mask(int line) {
      return masks[line];
    }

    public int lines() {
      return masks.length;
    }

    /** The line in {@link TextNormalizer} form, computed when first asked for. */
    public String normalized(int line) {
      String n = normalized[line];
      if (n == null) {
        n = TextNormalizer.normalize(lines.get(line).text());
        normalized[line] = n;
      }
      return n;
    }
  }

  /**
   * The members of {@code mask} whose bounds admit the line: its length, and lower bounds of its
   * normalised words and length (whitespace-separated tokens with a character normalisation
   * keeps, and such characters), counted only as far as the bounds need.
   */
  private long admitted(char[] chars, int start, int end, long mask) {
    int length = end - start;
    int wordCap = 0;
    int solidCap = 0;
    for (long m = mask; m != 0; m &= m - 1) {
      int j = Long.numberOfTrailingZeros(m);
      if (memberChars[j] < length) {
        mask &= ~(1L << j);
        continue;
      }
      if (memberWords[j] != Integer.MAX_VALUE) {
        wordCap = Math.max(wordCap, memberWords[j]);
      }
      if (memberSolid[j] != Integer.MAX_VALUE) {
        solidCap = Math.max(solidCap, memberSolid[j]);
      }
    }
    if ((mask & counted) == 0) {
      return mask;
    }
    // a line of n chars has at most n normalised chars and (n + 1) / 2 words: a line within
    // every bound that way needs no counting
    boolean within = true;
    for (long m = mask & counted; m != 0 && within; m &= m - 1) {
      int j = Long.numberOfTrailingZeros(m);
      within = length <= memberSolid[j] && (length + 1) / 2 <= memberWords[j];
    }
    if (within) {
      return mask;
    }
    int solidChars = 0;
    int solidTokens = 0;
    boolean solidToken = false;
    for (int p = start; p < end && (solidTokens <= wordCap || solidChars <= solidCap); p++) {
      int kind = KIND[chars[p]];
      if ((kind & SPACE) != 0) {
        solidToken = false;
      } else if ((kind & SOLID) != 0) {
        solidChars++;
        if (!solidToken) {
          solidToken = true;
          solidTokens++;
        }
      }
    }
    for (long m = mask & counted; m != 0; m &= m - 1) {
      int j = Long.numberOfTrailingZeros(m);
      if (solidTokens > memberWords[j] || solidChars > memberSolid[j]) {
        mask &= ~(1L << j);
      }
    }
    return mask;
  }

  /** Goes on reading {@code chars[from, to)} from the row: the DFA's step, one lookup a char. */
  private long walk(char[] chars, int from, int to, int row, long mask) {
    final char[] delta = this.delta;
    final char[] classOf = this.classOf;
    final int shift = this.shift;
    for (int p = from; p < to; p++) {
      int x = delta[row + classOf[chars[p]]];
      if (x >= ENDS) {
        x -= ENDS;
        mask |= out[x];
      }
      row = x << shift;
    }
    return mask;
  }

  /**
   * The bits of the members that can match the line {@code chars[start, end)} (a line's content,
   * as {@link Line#content()} gives it): what {@link #run} reports for a line, asked for one line
   * at a time. For a rule that is not line-local and so cannot take the scan's skipping of
   * settled lines ({@link Participant}), and that asks about a few lines of a text only, picked
   * by their shape first (BP_PAGE_LAYOUT's list headings): a whole run would read every line.
   */
  public long mask(char[] chars, int start, int end) {
    // a long line is read to its end: run() stops reading once the members' bounds rule the
    // line out, and admitted() rules it out here on the same bounds
    long mask = walk(chars, start, end, 0, 0);
    return mask == 0 ? 0 : admitted(chars, start, end, mask);
  }

  /** Runs the scan over the text's lines. */
  public Result run(AnalyzedText analyzed) {
    List<Line> lines = analyzed.lines();
    long[] masks = new long[lines.size()];
    // reading a char[] skips String.charAt's checks in the hot loop
    char[] chars = analyzed.chars();
    final int shift = this.shift;
    final char[] delta = this.delta;
    final long[] out = this.out;
    final char[] classOf = this.classOf;
    final byte[] kinds = KIND;
    // every participant is line-local: a settled line would give what it gave last time
    final BitSet settled = analyzed.settledLines();
    for (int i = 0; i < masks.length; i++) {
      if (settled != null && settled.get(i)) {
        continue;
      }
      Line line = lines.get(i);
      int start = line.content().start();
      int end = line.content().end();
      int row = 0;
      long mask = 0;
      if (end - start <= maxChars) {
        // two short lines at once: each character's step waits for the previous one's lookup,
        // so two independent walks keep the processor busy while the other one waits
        if (i + 1 < masks.length && (settled == null || !settled.get(i + 1))) {
          Line other = lines.get(i + 1);
          int start2 = other.content().start();
          int end2 = other.content().end();
          if (end2 - start2 <= maxChars) {
            int row2 = 0;
            long mask2 = 0;
            int both = Math.min(end - start, end2 - start2);
            for (int t = 0; t < both; t++) {
              int x = delta[row + classOf[chars[start + t]]];
              int x2 = delta[row2 + classOf[chars[start2 + t]]];
              if (((x | x2) & ENDS) != 0) {
                if (x >= ENDS) {
                  x -= ENDS;
                  mask |= out[x];
                }
                if (x2 >= ENDS) {
                  x2 -= ENDS;
                  mask2 |= out[x2];
                }
              }
              row = x << shift;
              row2 = x2 << shift;
            }
            mask = walk(chars, start + both, end, row, mask);
            mask2 = walk(chars, start2 + both, end2, row2, mask2);
            masks[i] = mask == 0 ? 0 : admitted(chars, start, end, mask);
            masks[i + 1] = mask2 == 0 ? 0 : admitted(chars, start2, end2, mask2);
            i++;
            continue;
          }
        }
        mask = walk(chars, start, end, row, mask);
      } else {
        // a long line: also count what normalisation keeps, to stop once no member can take it
        boolean wasSpace = true;
        boolean solidToken = false;
        int solidChars = 0;
        int solidTokens = 0;
        for (int p = start; p < end; p++) {
          char c = chars[p];
          int x = delta[row + classOf[c]];
          if (x >= ENDS) {
            x -= ENDS;
            mask |= out[x];
          }
          row = x << shift;
          int kind = kinds[c];
          if ((kind & SPACE) != 0) {
            solidToken = false;
            if (wasSpace) {
              continue;
            }
            wasSpace = true;
            if (p - start > maxChars && solidTokens > maxWords && solidChars > maxSolid) {
              break;
            }
            continue;
          }
          wasSpace = false;
          if ((kind & SOLID) != 0) {
            solidChars++;
            if (!solidToken) {
              solidToken = true;
              solidTokens++;
            }
          }
        }
      }
      masks[i] = mask == 0 ? 0 : admitted(chars, start, end, mask);
    }
    return new Result(lines, masks);
  }
}
