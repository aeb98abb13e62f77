package dev.textqc.pipeline;

import dev.textqc.document.Document;
import dev.textqc.document.Line;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.rule.kinds.LineRegexRule;
import dev.textqc.rule.Rule;
import dev.textqc.rule.Stage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs rules stage by stage and turns their findings into a cleaned text without losing anything.
 *
 * <ol>
 *   <li>Each stage sees the text with all earlier edits applied and reports findings in that
 *       text's coordinates; the pipeline maps them back to the original.</li>
 *   <li>Within a stage, overlapping edits are resolved by confidence (then length): the winner is
 *       applied, a loser inside a removed span is dropped, any other loser is kept as a flag.</li>
 *   <li>An edit that covers earlier edits entirely supersedes them (a removed line swallows the
 *       mojibake fixed inside it); one that cuts through an earlier edit is demoted to a flag, so
 *       recorded edits never overlap and the original can always be rebuilt.</li>
 *   <li>When a round changed the text, the stages run again on the result (at most
 *       {@value #MAX_ROUNDS} rounds), so cleaning the cleaned text changes nothing more.</li>
 * </ol>
 *
 * <p>A rule that throws is reported as a {@link RuleFailure} with its id; the other rules go on.
 */
public final class Pipeline {
  static final int MAX_ROUNDS = 3;

  private final Map<Stage, List<Rule>> rulesByStage = new EnumMap<>(Stage.class);
  private final DocumentAssessor assessor;
  private final boolean skipSettled;

  public Pipeline(List<? extends Rule> rules, DocumentAssessor assessor) {
    this(rules, assessor, true);
  }

  /** With {@code skipSettled} false, line-local rules read every line in every round (tests). */
  Pipeline(List<? extends Rule> rules, DocumentAssessor assessor, boolean skipSettled) {
    this.skipSettled = skipSettled;
    for (Rule r : rules) {
      rulesByStage.computeIfAbsent(r.meta().stage(), s -> new ArrayList<>()).add(r);
    }
    // rules of one stage see the same text: let them share their prefilter pass over it
    rulesByStage.values().forEach(LineRegexRule::sharePrefilters);
    this.assessor = assessor;
  }

  public Result run(Document document) {
    return run(document, CorpusMemory.NONE);
  }

  public Result run(Document document, CorpusMemory corpus) {
    // Opens the document in the memory, so rules that learn from the corpus count it once even
    // though the stages may run several rounds over it.
    corpus.startDocument();
    String original = document.text();
    NavigableMap<Span, Recorded> edits = new TreeMap<>(BY_START);
    List<Annotation> flags = new ArrayList<>();
    Set<FlagKey> flagKeys = new HashSet<>();
    List<RuleFailure> failures = new ArrayList<>();
    Set<String> failedRules = new HashSet<>();

    // The view (and the lines, sentences and other views rules derive from it) is rebuilt only
    // when a stage changed the text: most stages on most documents change nothing.
    TextView view = null;
    AnalyzedText text = null;
    // The text each stage last ran on without changing it. Rules are deterministic, so a stage
    // that meets the same text again would report the same findings: its flags are already
    // recorded and it has no edit to add. This spares the quiet stages (most stages, most
    // documents) the second round that an edit elsewhere triggers.
    Map<Stage, String> quietOn = new EnumMap<>(Stage.class);
    // Stage runs are numbered and each edit carries the number of the run that recorded it, so
    // the edits made since a stage last ran are those numbered from its run on. Lines that no such
    // edit came near read as they did then: line-local rules skip them (AnalyzedText.settleLines),
    // which is most of the text when a stage runs again only because another one removed a few
    // lines.
    Map<Stage, Integer> lastRun = new EnumMap<>(Stage.class);
    int run = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int editsBefore = edits.size();
      long fingerprint = fingerprint(edits);
      for (Stage stage : Stage.values()) {
        List<Rule> rules = rulesByStage.get(stage);
        if (rules == null) {
          continue;
        }
        if (view == null) {
          view = TextView.apply(original, edits.values());
          text = new AnalyzedText(document, view.text(), corpus);
        }
        if (view.text().equals(quietOn.get(stage))) {
          continue;
        }
        Integer ranBefore = lastRun.put(stage, ++run);
        text.settleLines(ranBefore == null || !skipSettled ? null
            : settledLines(text.lines(), view, edits, ranBefore));
        List<Annotation> found = check(rules, text, failedRules, failures);
        String seen = view.text();
        if (resolve(found, view, original, edits, flags, flagKeys, run)) {
          view = null;
          quietOn.remove(stage);
        } else {
          quietOn.put(stage, seen);
        }
      }
      if (edits.size() == editsBefore && fingerprint(edits) == fingerprint) {
        break;
      }
    }

    TextView cleaned = view != null ? view : TextView.apply(original, edits.values());
    List<Annotation> all = findings(edits, flags);
    Assessment assessment = assessor == null ? Assessment.CLEAN
        : assessor.assess(document, cleaned.text(), all);
    return new Result(document, all, cleaned.text(), cleaned.map(), assessment, failures);
  }

  // The rule loop and the assembly of the findings are methods of their own, not loops inside
  // run: each hot loop of a big method is compiled (on-stack replacement) with the whole method
  // around it, and run was compiled seven times in a corpus run.

  /** What the rules of one stage report on the text; a rule that throws is reported, once. */
  private static List<Annotation> check(List<Rule> rules, AnalyzedText text,
      Set<String> failedRules, List<RuleFailure> failures) {
    List<Annotation> found = new ArrayList<>();
    Consumer<Annotation> sink = found::add; // one for all the rules, not one per rule
    for (Rule rule : rules) {
      if (failedRules.contains(rule.meta().id())) {
        continue;
      }
      try {
        rule.check(text, sink);
      } catch (RuntimeException | Error e) {
        // a rule's own bug (an assertion, a class its plugin jar lacks, a runaway recursion) is
        // the rule's failure; a JVM out of memory is the run's, and goes up
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
          throw e;
        }
        failedRules.add(rule.meta().id());
        failures.add(new RuleFailure(rule.meta().id(), text.document().id(), describe(e)));
      }
    }
    return found;
  }

  /** The edits and the flags that are not moot, by span, then rule. */
  private static List<Annotation> findings(NavigableMap<Span, Recorded> edits,
      List<Annotation> flags) {
    List<Annotation> all = new ArrayList<>(flags.size() + edits.size());
    for (Recorded r : edits.values()) {
      all.add(r.annotation());
    }
    for (Annotation f : flags) {
      if (!insideRemoval(f.span(), edits)) {
        all.add(f);
      }
    }
    all.sort(Comparator.comparing(Annotation::span).thenComparing(Annotation::rule));
    return all;
  }

  /**
   * Whether a removal on record covers the span: a finding an earlier round made in text that a
   * later round removed is moot, as one inside a removal of its own stage is (see resolve).
   */
  private static boolean insideRemoval(Span span, NavigableMap<Span, Recorded> edits) {
    Map.Entry<Span, Recorded> before = edits.floorEntry(span);
    if (before == null) {
      return false;
    }
    Annotation a = before.getValue().annotation();
    return a.action() == Action.REMOVE && a.span().contains(span);
  }

  /**
   * An edit on record: the finding applied, in original coordinates, with the number of the stage
   * run that recorded it. The finding is the edit: its span, and the text it puts there.
   */
  record Recorded(Annotation annotation, int run) implements Edit {
    @Override
    public Span span() {
      return annotation.span();
    }

    @Override
    public String replacement() {
      return annotation.action() == Action.REMOVE ? "" : annotation.replacement();
    }
  }

  /**
   * The order of the maps that keep a document's edits, and a stage's, by where they start. They
   * are keyed by the edits' own spans, compared by start alone, so a lookup by position is one
   * by a span starting there: boxed offsets as keys were 16 bytes more for each of the 500,000
   * edits of a 5 MB page of doubled words, in each map. Only a key's start is ever read: when a
   * put meets a key with the same start, the map keeps that key and takes the new value.
   */
  static final Comparator<Span> BY_START = (a, b) -> Integer.compare(a.start(), b.start());

  /** A flag is recorded once per rule and original span, however many rounds report it. */
  private record FlagKey(String rule, Span span) {}

  /**
   * Which of a stage's edits wins where they collide: the surer one, then the longer, then by rule
   * id so the order never depends on the rules' order. Written out because the composed
   * comparator boxed each length and showed in profiles of documents with many removals.
   */
  private static final Comparator<Annotation> BY_PRIORITY = (a, b) -> {
    int c = Double.compare(b.confidence(), a.confidence());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(b.span().length(), a.span().length());
    return c != 0 ? c : a.rule().compareTo(b.rule());
  };

  /** Applies a stage's findings; returns whether any edit was recorded (the text changed). */
  private static boolean resolve(List<Annotation> found, TextView view, String original,
      NavigableMap<Span, Recorded> edits, List<Annotation> flags, Set<FlagKey> flagKeys, int run) {
    List<Annotation> candidates = new ArrayList<>();
    List<Annotation> stageFlags = new ArrayList<>();
    for (Annotation a : found) {
      if (a.span().end() > view.text().length()) {
        throw new IllegalStateException(a.rule() + " reported " + a.span() + " beyond the text");
      }
      if (a.action().edits() && !isNoOp(a, view.text())) {
        candidates.add(a);
      } else {
        stageFlags.add(a.action().edits() ? a.asFlag() : a);
      }
    }
    candidates.sort(BY_PRIORITY);
    // accepted edits of this stage by start (view coordinates); they never overlap, so the
    // neighbours on either side are the only ones a new span can collide with
    NavigableMap<Span, Annotation> accepted = new TreeMap<>(BY_START);
    for (Annotation a : candidates) {
      Annotation blocker = overlapping(accepted, a.span());
      if (blocker != null) {
        if (!(blocker.action() == Action.REMOVE && blocker.span().contains(a.span()))) {
          stageFlags.add(a.asFlag());
        }
        continue;
      }
      Span orig = view.map().toOriginal(a.span());
      String replacement = a.action() == Action.REMOVE ? "" : a.replacement();
      // The span may cover only part of what an earlier fix wrote (a zero-width space inside a
      // repaired word): in original coordinates it then stands for that fix's whole span, so the
      // edit must rewrite all of that fix's text, keeping what lies outside this finding.
      Span written = view.map().toCleaned(orig);
      Recorded composedInto = null;
      if (!written.equals(a.span())) {
        String text = view.text();
        replacement = text.substring(written.start(), a.span().start()) + replacement
            + text.substring(a.span().end(), written.end());
        Recorded only = edits.get(orig);
        if (only != null && only.span().equals(orig)) {
          composedInto = only; // one earlier fix: it stays the finding, with the combined text
        }
      }
      if (!supersede(orig, edits)) {
        stageFlags.add(a.asFlag());
        continue;
      }
      accepted.put(a.span(), a);
      Annotation recorded = a.withSpan(orig).withReplacement(replacement);
      if (composedInto != null) {
        recorded = composedInto.annotation().withReplacement(replacement);
        Annotation flag = a.asFlag().withSpan(orig);
        if (flagKeys.add(new FlagKey(flag.rule(), flag.span()))) {
          flags.add(flag);
        }
      }
      // keyed by the recorded finding's own span (equal to orig), not a copy of it
      edits.put(recorded.span(), new Recorded(recorded, run));
    }
    for (Annotation f : stageFlags) {
      Map.Entry<Span, Annotation> before = accepted.floorEntry(f.span());
      if (before != null && before.getValue().action() == Action.REMOVE
          && before.getValue().span().contains(f.span())) {
        continue; // a finding inside removed text is moot
      }
      Annotation mapped = f.withSpan(view.map().toOriginal(f.span()));
      if (flagKeys.add(new FlagKey(mapped.rule(), mapped.span()))) {
        flags.add(mapped);
      }
    }
    return !accepted.isEmpty();
  }

  /**
   * The lines of {@code view} that read as they did when a stage last ran (as run number
   * {@code ranBefore}), with the same neighbours. Edits are only ever added or superseded by a
   * covering edit, so what changed since is where the edits recorded from that run on are. A
   * line is unsettled when such an edit touches it, its previous line (which decides whether it
   * stands as its own paragraph), or anything up to the end of the next non-blank line after its
   * blank tail (which its removal span may take).
   */
  static BitSet settledLines(List<Line> lines, TextView view, NavigableMap<Span, Recorded> edits,
      int ranBefore) {
    BitSet settled = new BitSet(lines.size());
    settled.set(0, lines.size());
    for (Recorded r : edits.values()) {
      if (r.run() < ranBefore) {
        continue;
      }
      Span at = view.map().toCleaned(r.span());
      int first = lineAt(lines, Math.max(0, at.start() - 1));
      int last = lineAt(lines, at.end());
      settled.clear(first, Math.min(lines.size(), last + 2));
      int k = first - 1;
      while (k >= 0 && lines.get(k).isBlank()) {
        settled.clear(k--);
      }
      if (k >= 0) {
        settled.clear(k);
      }
    }
    return settled;
  }

  /** Index of the line holding offset {@code pos} (with its terminator); the last line past the end. */
  private static int lineAt(List<Line> lines, int pos) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lines.get(mid).withTerminator().start() <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** An accepted edit that overlaps or coincides with {@code span}, if any. */
  private static Annotation overlapping(NavigableMap<Span, Annotation> accepted, Span span) {
    Map.Entry<Span, Annotation> floor = accepted.floorEntry(span);
    if (floor != null && (floor.getValue().span().overlaps(span)
        || floor.getValue().span().equals(span))) {
      return floor.getValue();
    }
    // later edits start after span.start(); only the first of them can reach into the span
    Map.Entry<Span, Annotation> next = accepted.higherEntry(span);
    if (next != null && next.getValue().span().overlaps(span)) {
      return next.getValue();
    }
    return null;
  }

  // A "fix" that leaves the text as it is would be recorded as a change that is none.
  private static boolean isNoOp(Annotation a, String text) {
    return a.action() == Action.REPLACE && a.replacement().contentEquals(
        text.subSequence(a.span().start(), a.span().end()));
  }

  /**
   * Makes room for an edit over {@code orig}: earlier edits it covers entirely are dropped (the new
   * edit rewrites their text too); returns false if it would cut through one.
   */
  private static boolean supersede(Span orig, NavigableMap<Span, Recorded> edits) {
    Map.Entry<Span, Recorded> before = edits.lowerEntry(orig);
    if (before != null && before.getValue().span().end() > orig.start()) {
      return false;
    }
    // the earlier edits starting in the span (at its very position too, when it is empty); most
    // often there are none, and no list is needed
    Map.Entry<Span, Recorded> e = edits.ceilingEntry(orig);
    List<Span> covered = null;
    while (e != null && (e.getKey().start() < orig.end()
        || orig.isEmpty() && e.getKey().start() == orig.end())) {
      Span s = e.getValue().span();
      if (!orig.contains(s) || (s.isEmpty() && orig.isEmpty())) {
        return false;
      }
      if (covered == null) {
        covered = new ArrayList<>();
      }
      covered.add(e.getKey());
      e = edits.higherEntry(e.getKey());
    }
    if (covered != null) {
      covered.forEach(edits::remove);
    }
    return true;
  }

  private static long fingerprint(NavigableMap<Span, Recorded> edits) {
    long h = 1;
    for (Recorded r : edits.values()) {
      h = (h * 31 + r.span().hashCode()) * 31 + r.replacement().hashCode();
    }
    return h;
  }

  private static String describe(Throwable e) {
    StackTraceElement[] st = e.getStackTrace();
    String where = st.length > 0 ? " at " + st[0].getClassName().replaceAll(".*\\.", "") + ":"
        + st[0].getLineNumber() : "";
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + where;
  }
}
