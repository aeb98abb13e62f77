package dev.textqc.rule.kinds;

import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.ExceptionPatterns;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kind {@code inline-regex}: every match of {@code pattern} inside the text is a finding. With
 * {@code action: replace} the match becomes {@code replacement} (which may use {@code $1} group
 * references). A match that lies inside a match of one of the {@code exceptions} patterns is
 * legitimate text and is left alone.
 *
 * <p>With {@code requires} (literal fragments, exact case), the regex only runs on texts that
 * contain one of them: most rules look for characters or pairs that clean text rarely has, and
 * {@link String#indexOf} finds their absence far faster than a regex that tries its first node at
 * every position (10-50 ns per character here, even when it never matches). With
 * {@code scope: line} the rule also promises that every match lies within one line ({@code \n}
 * delimited) that holds one of the fragments; the regex then runs only on those lines (a matcher
 * region with transparent bounds, so look-arounds still see the text around it), which gives the
 * same matches as a run over the whole text. When every anchor is a control or non-ASCII character,
 * the anchors the text's {@link CharCensus} rules out are not searched for at all: on a UTF-16
 * text each search would read the whole text.
 */
public final class InlineRegexRule implements Rule {
  /** Where the regex runs: the whole text, or only the lines that hold a required fragment. */
  public enum Scope { TEXT, LINE }

  private final RuleMeta meta;
  private final Pattern pattern;
  private final String replacement;
  private final ExceptionPatterns exceptions;
  private final List<String> requires;
  private final Scope scope;
  private final Fragments fragments;

  public InlineRegexRule(RuleMeta meta, Pattern pattern, String replacement,
      List<Pattern> exceptions) {
    this(meta, pattern, replacement, exceptions, List.of());
  }

  public InlineRegexRule(RuleMeta meta, Pattern pattern, String replacement,
      List<Pattern> exceptions, List<String> requires) {
    this(meta, pattern, replacement, exceptions, requires, Scope.TEXT);
  }

  public InlineRegexRule(RuleMeta meta, Pattern pattern, String replacement,
      List<Pattern> exceptions, List<String> requires, Scope scope) {
    this.requires = List.copyOf(requires);
    this.meta = meta;
    this.pattern = pattern;
    this.replacement = replacement;
    this.exceptions = new ExceptionPatterns(exceptions);
    this.scope = scope;
    if (scope == Scope.LINE) {
      if (this.requires.isEmpty()) {
        throw new IllegalArgumentException("scope: line needs requires");
      }
      for (String f : this.requires) {
        if (f.indexOf('\n') >= 0) {
          throw new IllegalArgumentException("scope: line: a required fragment holds a line break");
        }
      }
    }
    this.fragments = this.requires.isEmpty() ? null : new Fragments(this.requires);
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  /** The same rule run over the whole text with no prefilter: the reference for tests. */
  InlineRegexRule wholeText() {
    return new InlineRegexRule(meta, pattern, replacement, exceptions.patterns(), List.of());
  }

  Scope scope() {
    return scope;
  }

  List<String> requiresForTest() {
    return requires;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    String s = text.text();
    if (fragments == null) {
      report(s, pattern.matcher(s), out);
      return;
    }
    Fragments.Cursor cursor = fragments.cursor(s,
        fragments.askCensus ? CharCensus.of(text) : null);
    int p = cursor.next(0);
    if (p < 0) {
      return;
    }
    if (scope == Scope.TEXT) {
      report(s, pattern.matcher(s), out);
      return;
    }
    int n = s.length();
    Matcher m = pattern.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    while (p >= 0) {
      int lineStart = s.lastIndexOf('\n', p) + 1;
      int lineEnd = s.indexOf('\n', p);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      m.region(lineStart, lineEnd);
      report(s, m, out);
      if (lineEnd >= n) {
        break;
      }
      p = cursor.next(lineEnd + 1);
    }
  }

  private void report(String s, Matcher m, Consumer<Annotation> out) {
    while (m.find()) {
      if (m.end() == m.start() && meta.action() != Action.REPLACE) {
        continue;
      }
      Span span = new Span(m.start(), m.end());
      if (exceptions.excuse(s, span)) {
        continue;
      }
      if (meta.action() == Action.REPLACE) {
        out.accept(meta.replace(span, expand(replacement, m)));
      } else {
        out.accept(meta.annotate(span));
      }
    }
  }

  /**
   * The {@code requires} fragments, each found through its rarest character (its anchor): one
   * {@link String#indexOf(int, int)} scan per distinct anchor (a vectorised intrinsic; free on a
   * Latin-1 text for an anchor above U+00FF), or, for many anchors, one pass over the text with
   * a character set. An anchor hit is confirmed by comparing the fragment around it.
   */
  static final class Fragments {
    /** With more anchors than this, one pass with a set beats a scan per anchor. */
    private static final int MAX_SCANS = 6;

    private final char[] anchors;
    /** Per anchor: its fragments, and where the anchor lies in each. */
    private final String[][] frags;
    private final int[][] offsets;
    private final boolean setScan;
    /** Which characters up to U+00FF are anchors (for the one-pass scan). */
    private final boolean[] table = new boolean[256];
    private final char min;
    private final char max;
    /**
     * Whether the text's {@link CharCensus} is worth asking first: every anchor is a control or
     * non-ASCII character, absent from most texts and (but for Latin-1 texts and anchors above
     * U+00FF) found only by reading the whole text. With a printable ASCII anchor (a comma, a
     * period) the census rarely rules anything out and its own pass would be wasted.
     */
    final boolean askCensus;

    Fragments(List<String> fragments) {
      StringBuilder distinct = new StringBuilder();
      for (String f : fragments) {
        if (f.isEmpty()) {
          throw new IllegalArgumentException("requires: an empty fragment");
        }
        char a = f.charAt(anchorIndex(f));
        if (distinct.indexOf(String.valueOf(a)) < 0) {
          distinct.append(a);
        }
      }
      anchors = distinct.toString().toCharArray();
      frags = new String[anchors.length][];
      offsets = new int[anchors.length][];
      for (int k = 0; k < anchors.length; k++) {
        java.util.List<String> fs = new java.util.ArrayList<>();
        java.util.List<Integer> os = new java.util.ArrayList<>();
        for (String f : fragments) {
          int at = anchorIndex(f);
          if (f.charAt(at) == anchors[k] && !fs.contains(f)) {
            fs.add(f);
            os.add(at);
          }
        }
        frags[k] = fs.toArray(new String[0]);
        offsets[k] = os.stream().mapToInt(Integer::intValue).toArray();
      }
      // a scan for an anchor above U+00FF costs nothing on a Latin-1 text, so it counts a third
      int latin = 0;
      int wide = 0;
      for (char a : anchors) {
        if (a < 256) {
          latin++;
        } else {
          wide++;
        }
      }
      setScan = latin + wide / 3 > MAX_SCANS;
      char mn = Character.MAX_VALUE;
      char mx = 0;
      for (char a : anchors) {
        if (a < 256) {
          table[a] = true;
        }
        mn = (char) Math.min(mn, a);
        mx = (char) Math.max(mx, a);
      }
      min = mn;
      max = mx;
      boolean rare = true;
      for (char a : anchors) {
        rare &= a < 0x20 || a >= 0x7F;
      }
      askCensus = rare;
    }

    /** The fragment's rarest character in news text (the last of equally rare ones). */
    static int anchorIndex(String f) {
      int best = 0;
      for (int i = 1; i < f.length(); i++) {
        if (rarity(f.charAt(i)) >= rarity(f.charAt(best))) {
          best = i;
        }
      }
      return best;
    }

    private static int rarity(char c) {
      if (c == ' ') {
        return 0;
      }
      if (c < 128 && Character.isLetterOrDigit(c)) {
        return 1;
      }
      if (c == '.' || c == ',') {
        return 2;
      }
      if (c >= 32 && c < 127) {
        return 3;
      }
      return 4;
    }

    private int anchorOf(char c) {
      for (int k = 0; k < anchors.length; k++) {
        if (anchors[k] == c) {
          return k;
        }
      }
      return -1;
    }

    /** Whether a fragment of anchor {@code k} lies around position {@code p} of {@code s}. */
    private boolean confirm(String s, int k, int p) {
      String[] fs = frags[k];
      int[] os = offsets[k];
      for (int j = 0; j < fs.length; j++) {
        String f = fs[j];
        if (f.length() == 1 || s.regionMatches(p - os[j], f, 0, f.length())) {
          return true;
        }
      }
      return false;
    }

    Cursor cursor(String s) {
      return new Cursor(s, null);
    }

    /** A cursor that skips the anchors the census shows absent (none, for a null census). */
    Cursor cursor(String s, CharCensus census) {
      return new Cursor(s, census);
    }

    /** Finds the fragments of one text in increasing order of position. */
    final class Cursor {
      private final String s;
      /** Per anchor: its next confirmed position at or after {@link #done}, or -1 for none. */
      private final int[] next;
      private int done;
      /** No anchor occurs in the text at all. */
      private final boolean none;

      Cursor(String s, CharCensus census) {
        this.s = s;
        this.next = new int[anchors.length];
        boolean any = false;
        for (int k = 0; k < anchors.length; k++) {
          // an anchor the census rules out is never searched for: -1 is a finished search
          boolean may = census == null || census.mayContain(anchors[k]);
          next[k] = may ? -2 : -1; // -2: not searched yet
          any |= may;
        }
        this.none = !any;
      }

      /** The anchor position of the first fragment occurrence whose anchor is at or after
       *  {@code from}, or -1. */
      int next(int from) {
        if (none) {
          return -1;
        }
        if (setScan) {
          return scan(from);
        }
        int best = -1;
        for (int k = 0; k < anchors.length; k++) {
          int p = next[k];
          if (p == -2 || p >= 0 && p < from) {
            p = s.indexOf(anchors[k], from);
            while (p >= 0 && !confirm(s, k, p)) {
              p = s.indexOf(anchors[k], p + 1);
            }
            next[k] = p;
          }
          if (p >= 0 && (best < 0 || p < best)) {
            best = p;
          }
        }
        return best;
      }

      private int scan(int from) {
        String str = s;
        boolean[] latin = table;
        char lo = min;
        char hi = max;
        for (int i = from, n = str.length(); i < n; i++) {
          char c = str.charAt(i);
          if (c <= hi && c >= lo && (c < 256 ? latin[c] : anchorOf(c) >= 0)
              && confirm(str, anchorOf(c), i)) {
            return i;
          }
        }
        return -1;
      }
    }
  }

  /** Expands {@code $n} and {@code ${name}} group references; a backslash escapes the next char. */
  static String expand(String template, Matcher m) {
    StringBuilder sb = new StringBuilder(template.length());
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\\' && i + 1 < template.length()) {
        sb.append(template.charAt(++i));
      } else if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int g = template.charAt(++i) - '0';
        String v = m.group(g);
        sb.append(v == null ? "" : v);
      } else if (c == '$' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
        int close = template.indexOf('}', i);
        String v = m.group(template.substring(i + 2, close));
        sb.append(v == null ? "" : v);
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
