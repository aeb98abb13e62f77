package dev.textqc.rule.kinds;

import dev.textqc.document.Line;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.LineScan;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Kind {@code line-regex}: a whole line is reported (and, for boilerplate, removed) when the
 * pattern is found in it. Lines longer than {@code maxLength} are skipped, which keeps a pattern
 * meant for short furniture lines away from article paragraphs and bounds the regex work. With
 * {@code requires} (literal fragments, any case), the regex only runs on lines that contain one
 * of them: one Aho-Corasick pass replaces trying a long alternation at every position. The rules
 * of a pipeline stage share that pass ({@link #sharePrefilters}) with each other and with the
 * stage's phrase rules: one {@link LineScan} over the text answers every rule's {@code requires}
 * at once. A rule also puts into the scan the fragments its pattern cannot match without
 * ({@link #necessaryLiterals}), so even a rule without {@code requires} only runs its regex on the
 * few lines that hold one; with {@code requires} too, a line must hold one of each.
 */
public final class LineRegexRule implements LineScan.Participant {
  private final RuleMeta meta;
  private final Pattern pattern;
  private final int maxLength;
  private final List<String> requires;
  private final List<String> lowerCaseRequires;
  /**
   * What the rule puts into the scan: its {@code requires}, and the fragments read off the
   * pattern one of which every match contains ({@link #necessaryLiterals}); a line is a candidate
   * when it holds one of each.
   */
  private final List<LineScan.Member> scanMembers;
  /**
   * What is tried on a candidate line: the pattern, or its top-level alternatives when each has
   * fragments of its own (a line is tried with the alternatives whose fragments it holds).
   */
  private final Pattern[] parts;
  private final boolean[] partAnchored;
  /** Whether the parts have members of their own (after the requires member, if any). */
  private final boolean partsScanned;
  /** Every alternative starts with ^: a match can only start at the line's start. */
  private final boolean anchored;
  /** The shared prefilter this rule's fragments are part of. */
  private final LineScan.Membership membership = new LineScan.Membership(this);

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength) {
    this(meta, pattern, maxLength, List.of());
  }

  public LineRegexRule(RuleMeta meta, Pattern pattern, int maxLength, List<String> requires) {
    this.meta = meta;
    this.pattern = pattern;
    this.maxLength = maxLength <= 0 ? Integer.MAX_VALUE : maxLength;
    this.requires = List.copyOf(requires);
    this.anchored = startAnchored(pattern);
    this.lowerCaseRequires = requires.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
    List<LineScan.Member> members = new java.util.ArrayList<>();
    if (!this.requires.isEmpty()) {
      members.add(new LineScan.Member(List.of(), this.requires, this.maxLength, 0, 0));
    }
    List<Pattern> alternatives = alternatives(pattern);
    List<List<String>> needed = new java.util.ArrayList<>();
    for (Pattern a : alternatives) {
      needed.add(necessaryLiterals(a));
    }
    if (alternatives.size() > 1 && needed.stream().noneMatch(List::isEmpty)) {
      this.parts = alternatives.toArray(new Pattern[0]);
    } else {
      this.parts = new Pattern[] {pattern};
      needed = List.of(necessaryLiterals(pattern));
    }
    this.partsScanned = !needed.get(0).isEmpty();
    if (partsScanned) {
      for (List<String> n : needed) {
        members.add(new LineScan.Member(List.of(), n, this.maxLength, 0, 0));
      }
    }
    this.partAnchored = new boolean[parts.length];
    for (int j = 0; j < parts.length; j++) {
      partAnchored[j] = startAnchored(parts[j]);
    }
    this.scanMembers = List.copyOf(members);
  }

  /**
   * Lets the line rules among {@code rules} (one stage's) share one scan over the text: the
   * {@code requires} fragments of the line-regex rules and the phrases of the line-phrases rules
   * go into one automaton ({@link LineScan}), up to 64 rules per scan. A rule keeps working
   * whatever group it is in, since its own literals are always part of it.
   */
  public static void sharePrefilters(List<? extends Rule> rules) {
    LineScan.share(rules);
  }

  @Override
  public List<LineScan.Member> scanMembers() {
    return scanMembers;
  }

  @Override
  public void useScan(LineScan scan, long bits) {
    membership.set(scan, bits);
  }

  /**
   * Whether every top-level alternative of the pattern starts with {@code ^} (without MULTILINE
   * or COMMENTS, and without inline flags): then {@code find()} can only succeed at index 0, and
   * {@code lookingAt()} gives the same answer without trying the pattern at every position.
   */
  static boolean startAnchored(Pattern pattern) {
    String p = pattern.pattern();
    if ((pattern.flags() & (Pattern.MULTILINE | Pattern.COMMENTS | Pattern.LITERAL)) != 0
        || p.isEmpty()) {
      return false;
    }
    int depth = 0;
    int classes = 0;
    boolean altStart = true;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (altStart && c != '^') {
        return false;
      }
      altStart = false;
      if (c == '\\') {
        if (i + 1 < p.length() && (p.charAt(i + 1) == 'Q')) {
          return false; // a quoted section: not worth parsing
        }
        i++;
      } else if (c == '[') {
        classes++;
      } else if (c == ']' && classes > 0) {
        classes--;
      } else if (classes == 0) {
        if (c == '(') {
          if (i + 2 < p.length() && p.charAt(i + 1) == '?' && p.charAt(i + 2) != ':') {
            // inline flags, lookaround, named groups: keep find()
            if (!(p.charAt(i + 2) == '<' && i + 3 < p.length() && Character.isLetter(p.charAt(i + 3)))) {
              return false;
            }
          }
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          altStart = true;
        }
      }
    }
    return !altStart;
  }

  /**
   * Literal fragments one of which every match of the pattern contains (any case), read off the
   * pattern's structure: a top-level alternation needs one fragment per alternative, a sequence
   * offers its longest run of plain characters or a group that must occur (a numbered back
   * reference, "\\1", offers nothing of its own: the group it copies is needed anyway). Empty when
   * the pattern has a shape this does not read (inline flags, lookaround, named back references,
   * quoting, escapes for code points, an alternative without a fragment): then the rule gets no
   * prefilter.
   */
  public static List<String> necessaryLiterals(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0
        || pattern.pattern().contains("\\Q")) {
      return List.of();
    }
    Necessary n = new Necessary(pattern.pattern(), true);
    try {
      java.util.Set<String> found = n.alternation();
      if (found == null || n.at != n.p.length()) {
        return List.of();
      }
      return found.stream().sorted().toList();
    } catch (IllegalArgumentException e) {
      return List.of(); // a construct the reader does not follow
    }
  }

  /** At most this many alternatives are tried apart: each takes one of a scan's 64 members. */
  static final int MAX_PARTS = 4;

  /**
   * The pattern's top-level alternatives as patterns of their own (same flags), when there are
   * two to {@link #MAX_PARTS} and the pattern is one {@link #necessaryLiterals} reads (no inline
   * flags, no back references: an alternative then matches alone as it does in the alternation);
   * otherwise just the pattern.
   */
  static List<Pattern> alternatives(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0
        || pattern.pattern().contains("\\Q")) {
      return List.of(pattern);
    }
    // an alternative with a back reference does not match alone as it does in the alternation
    Necessary n = new Necessary(pattern.pattern(), false);
    try {
      n.alternation();
      if (n.at != n.p.length() || n.bars.isEmpty() || n.bars.size() >= MAX_PARTS) {
        return List.of(pattern);
      }
      List<Pattern> out = new java.util.ArrayList<>();
      int from = 0;
      for (int bar : n.bars) {
        out.add(Pattern.compile(n.p.substring(from, bar), pattern.flags()));
        from = bar + 1;
      }
      out.add(Pattern.compile(n.p.substring(from), pattern.flags()));
      return out;
    } catch (IllegalArgumentException e) { // includes PatternSyntaxException
      return List.of(pattern);
    }
  }

  /** The reader behind {@link #necessaryLiterals}: null stands for "nothing known". */
  private static final class Necessary {
    final String p;
    int at;
    /** Where the top-level alternatives are separated. */
    final List<Integer> bars = new java.util.ArrayList<>();
    private int depth;
    /** Whether a numbered back reference is read (as an element with no fragment) or refused. */
    private final boolean backReferences;

    Necessary(String p, boolean backReferences) {
      this.p = p;
      this.backReferences = backReferences;
    }

    java.util.Set<String> alternation() {
      java.util.Set<String> all = new java.util.TreeSet<>();
      boolean known = true;
      while (true) {
        java.util.Set<String> one = sequence();
        if (one == null) {
          known = false;
        } else {
          all.addAll(one);
        }
        if (at < p.length() && p.charAt(at) == '|') {
          if (depth == 0) {
            bars.add(at);
          }
          at++;
          continue;
        }
        return known ? all : null;
      }
    }

    private java.util.Set<String> sequence() {
      java.util.Set<String> best = null;
      StringBuilder run = new StringBuilder();
      while (at < p.length()) {
        char c = p.charAt(at);
        if (c == '|' || c == ')') {
          break;
        }
        java.util.Set<String> group = null;
        int literal = -1;
        if (c == '(') {
          at++;
          if (p.startsWith("?:", at)) {
            at += 2;
          } else if (p.startsWith("?<", at) && at + 2 < p.length()
              && Character.isLetter(p.charAt(at + 2))) {
            int close = p.indexOf('>', at);
            if (close < 0) {
              throw new IllegalArgumentException();
            }
            at = close + 1;
          } else if (at < p.length() && p.charAt(at) == '?') {
            throw new IllegalArgumentException(); // flags, lookaround, atomic groups
          }
          depth++;
          group = alternation();
          depth--;
          if (at >= p.length() || p.charAt(at) != ')') {
            throw new IllegalArgumentException();
          }
          at++;
        } else if (c == '[') {
          int open = at;
          skipClass();
          group = classChars(p.substring(open + 1, at - 1));
        } else if (c == '\\') {
          if (at + 1 >= p.length()) {
            throw new IllegalArgumentException();
          }
          char e = p.charAt(at + 1);
          at += 2;
          if (!Character.isLetterOrDigit(e)) {
            literal = e;
          } else if (e == 'p' || e == 'P') {
            if (at < p.length() && p.charAt(at) == '{') {
              int close = p.indexOf('}', at);
              if (close < 0) {
                throw new IllegalArgumentException();
              }
              at = close + 1;
            } else {
              at++;
            }
          } else if (e >= '1' && e <= '9' && backReferences) {
            // the group's copy: its digits are the group's number, not plain characters
            while (at < p.length() && p.charAt(at) >= '0' && p.charAt(at) <= '9') {
              at++;
            }
          } else if ("dDwWsShHvVRXbBAzZG".indexOf(e) < 0) {
            throw new IllegalArgumentException(); // quoting, code points, named back references
          }
        } else if (c == '.' || c == '^' || c == '$') {
          at++;
        } else if (c == '*' || c == '+' || c == '?' || c == '{') {
          throw new IllegalArgumentException();
        } else {
          literal = c;
          at++;
        }
        int min = 1;
        boolean quantified = false;
        if (at < p.length()) {
          char q = p.charAt(at);
          if (q == '?' || q == '*') {
            min = 0;
            quantified = true;
            at++;
          } else if (q == '+') {
            quantified = true;
            at++;
          } else if (q == '{') {
            int close = p.indexOf('}', at);
            String bounds = close < 0 ? "" : p.substring(at + 1, close);
            if (!bounds.matches("[0-9]{1,6}(,[0-9]{0,6})?")) {
              throw new IllegalArgumentException();
            }
            min = Integer.parseInt(bounds.split(",")[0]);
            quantified = true;
            at = close + 1;
          }
          if (quantified && at < p.length() && (p.charAt(at) == '?' || p.charAt(at) == '+')) {
            at++;
          }
        }
        if (literal >= 0 && !quantified) {
          run.append((char) literal);
          continue;
        }
        // anything else ends the run of plain characters
        best = better(best, run.toString());
        run.setLength(0);
        if (min >= 1 && literal >= 0) {
          best = better(best, String.valueOf((char) literal));
        } else if (min >= 1 && group != null) {
          best = better(best, group);
        }
      }
      return better(best, run.toString());
    }

    // a class that lists a few plain characters ([>»›]) needs one of them; null otherwise
    private static java.util.Set<String> classChars(String body) {
      if (body.isEmpty() || body.length() > 8) {
        return null;
      }
      java.util.Set<String> chars = new java.util.TreeSet<>();
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        // caseless characters only: a class matches a case variant of its characters
        if (c == '^' || c == '-' || c == '[' || c == ']' || c == '\\' || c == '&'
            || Character.isSurrogate(c) || Character.toUpperCase(c) != c
            || Character.toLowerCase(c) != c) {
          return null;
        }
        chars.add(String.valueOf(c));
      }
      return chars;
    }

    private void skipClass() {
      int depth = 0;
      int i = at;
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '\\') {
          i += 2;
          continue;
        }
        if (c == '[') {
          depth++;
          i++;
          // a ']' first in a class (after an optional '^') is a plain character
          if (i < p.length() && p.charAt(i) == '^') {
            i++;
          }
          if (i < p.length() && p.charAt(i) == ']') {
            i++;
          }
          continue;
        }
        i++;
        if (c == ']' && --depth == 0) {
          at = i;
          return;
        }
      }
      throw new IllegalArgumentException();
    }

    private static java.util.Set<String> better(java.util.Set<String> best, String run) {
      return run.isEmpty() ? best : better(best, java.util.Set.of(run));
    }

    /** The more selective of two fragment sets: the one whose shortest fragment is longer. */
    private static java.util.Set<String> better(java.util.Set<String> best,
        java.util.Set<String> other) {
      int score = score(other);
      if (score <= 0) {
        return best;
      }
      if (best == null || score > score(best)
          || (score == score(best) && other.size() < best.size())) {
        return other;
      }
      return best;
    }

    // the length of the shortest fragment, or 0 when one cannot serve as a scan literal
    private static int score(java.util.Set<String> fragments) {
      int min = Integer.MAX_VALUE;
      for (String f : fragments) {
        String t = f.strip();
        if (t.isEmpty()) {
          return 0;
        }
        for (int i = 0; i < t.length(); i++) {
          char c = t.charAt(i);
          if (Character.isSurrogate(c) || !LineScan.readsLikeItsCase(c)) {
            return 0;
          }
        }
        min = Math.min(min, t.length());
      }
      return min;
    }
  }

  private boolean holdsFragment(String lowerCaseLine) {
    for (String f : lowerCaseRequires) {
      if (lowerCaseLine.contains(f)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    // two methods, not one: each compiles on its own and the JIT does not recompile the linked
    // path when the fallback's loop gets hot (or the other way round)
    LineScan.Link l = membership.link();
    if (l != null) {
      checkCandidates(text, l, out);
    } else {
      checkEveryLine(text, out);
    }
  }

  private void checkCandidates(AnalyzedText text, LineScan.Link l, Consumer<Annotation> out) {
    List<Line> lines = text.lines();
    // the scan names each part's candidate lines; one matcher per part, moved from line to line
    // by its region (opaque and anchoring bounds: the line reads to the pattern as if it were
    // the whole text). A line is reported when one of the parts it is a candidate of matches:
    // a top-level alternation matches where one of its alternatives does.
    LineScan.Result scan = text.derived(l.scan(), l.scan()::run);
    long lowest = l.bits() & -l.bits();
    long requireBit = lowerCaseRequires.isEmpty() ? 0 : lowest;
    int first = lowerCaseRequires.isEmpty() ? 0 : 1;
    int[][] candidates = new int[parts.length][];
    int[] next = new int[parts.length];
    for (int j = 0; j < parts.length; j++) {
      long bits = requireBit | (partsScanned ? lowest << (first + j) : 0);
      candidates[j] = scan.candidates(bits);
    }
    java.util.regex.Matcher[] matchers = new java.util.regex.Matcher[parts.length];
    while (true) {
      int i = Integer.MAX_VALUE;
      for (int j = 0; j < parts.length; j++) {
        if (next[j] < candidates[j].length) {
          i = Math.min(i, candidates[j][next[j]]);
        }
      }
      if (i == Integer.MAX_VALUE) {
        return;
      }
      boolean tried = false;
      boolean found = false;
      Line line = lines.get(i);
      for (int j = 0; j < parts.length; j++) {
        if (next[j] >= candidates[j].length || candidates[j][next[j]] != i) {
          continue;
        }
        next[j]++;
        if (found) {
          continue;
        }
        if (!tried) {
          tried = true;
          if (line.text().length() > maxLength || line.isBlank()
              || (!lowerCaseRequires.isEmpty() && !holdsFragment(scan.lowerCase(i)))) {
            break;
          }
        }
        java.util.regex.Matcher m = matchers[j];
        if (m == null) {
          m = parts[j].matcher(text.text());
          matchers[j] = m;
        }
        m.region(line.content().start(), line.content().end());
        found = partAnchored[j] ? m.lookingAt() : m.find();
      }
      if (found) {
        out.accept(meta.action().edits() ? meta.annotate(LineRemoval.span(lines, i))
            : meta.annotate(line.content()));
      }
      // a line given up before its parts were tried: step past it in every list
      for (int j = 0; j < parts.length; j++) {
        if (next[j] < candidates[j].length && candidates[j][next[j]] == i) {
          next[j]++;
        }
      }
    }
  }

  /** On its own (no literals to scan for, or literals a scan cannot read): every line. */
  private void checkEveryLine(AnalyzedText text, Consumer<Annotation> out) {
    List<Line> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || text.settled(i) || line.text().length() > maxLength) {
        continue;
      }
      if (!lowerCaseRequires.isEmpty()
          && !holdsFragment(line.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      java.util.regex.Matcher m = pattern.matcher(line.text());
      if (anchored ? m.lookingAt() : m.find()) {
        out.accept(meta.action().edits() ? meta.annotate(LineRemoval.span(lines, i))
            : meta.annotate(line.content()));
      }
    }
  }
}
