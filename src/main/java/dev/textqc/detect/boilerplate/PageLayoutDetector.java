package dev.textqc.detect.boilerplate;

import dev.textqc.document.Chars;
import dev.textqc.document.Line;
import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.rule.AnalyzedText;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.rule.DetectorFactory;
import dev.textqc.rule.LineRemoval;
import dev.textqc.rule.LineScan;
import dev.textqc.rule.NormalizedKey;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import dev.textqc.rule.RuleParams;
import dev.textqc.rule.TextNormalizer;
import dev.textqc.rule.kinds.LineRegexRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Page furniture recognised by its shape and place rather than by its words: the menus, headline
 * lists, captions, page titles and stray punctuation that HTML-to-text extraction leaves in flat
 * text.
 *
 * <p>Rationale: phrase lists catch "Advertisement" and "Sign up"; they cannot catch a list of
 * other articles' headlines or a site menu, whose words are new on every page. What gives those
 * away is the layout: runs of short lines without sentence punctuation, before the first or after
 * the last paragraph of the article, repeated within the page or across the pages of a corpus.
 *
 * <p>Each non-blank line that does not read as a sentence gets one score, the sum of these
 * signals (weights in the rule file):
 * <ul>
 *   <li>it stands in a run of short lines (longer runs score more; lists of headlines whose items
 *       are all headline-sized score more again);</li>
 *   <li>it sits above the first or below the last prose paragraph (below weighs more: a headline
 *       and dateline above the article are content, a menu below it is not; the page's closing
 *       one or two short lines, a signature, more again); both count half when five or more
 *       prose lines lie further out (a forum thread, the comments);</li>
 *   <li>the run follows a teaser header such as "DON'T MISS:";</li>
 *   <li>it is mostly URLs, handles or symbols, or only punctuation;</li>
 *   <li>it occurs twice in the page, or in other documents of the run ({@link CorpusMemory});</li>
 *   <li>the page has no prose at all and is made of short lines, hardly any of them a sentence
 *       (a shop grid, a listing, a menu that boilerplate removal left whole);</li>
 *   <li>minus: it is a dateline (a date without a time of day: with one it is a post's
 *       timestamp), a bullet point of three words or more, an item of a list that an article
 *       sentence introduces with a colon, or a numbered item in a run of mostly numbered items
 *       (steps, a ranking, a results table: lists, not menus).</li>
 * </ul>
 * A line is removed when its score reaches {@code threshold} (3.0 in the built-in rule: a run
 * of five or more short lines below the article reaches it, so does a menu of one-to-three-word
 * entries above it, while a run between prose paragraphs never does on its own); the confidence
 * grows with the margin. The weights
 * and the threshold were tuned on half of the boilerplate-lines evaluation documents and checked
 * on the other half (see the rule file). Sentences (four or more words ending in sentence punctuation) are never scored, so
 * article text is safe whatever its neighbours; nor are the lines of hard-wrapped prose, which
 * read as a sentence together, nor lines of 60 words or more of running text. Some shapes are
 * decided on their own: a page title that repeats the headline with a " | Site Name" tail, a
 * caption line right between the headline and the first paragraph, a short title-like sentence
 * (a question in a sidebar of post titles) between two removed list items outside the article,
 * and the second copy of a line repeated across a line of only punctuation (a revision diff's
 * two columns, flattened). Below the article a comment heading ("12 Comments", "Leave a Reply")
 * starts the comment section, which runs to the end of the page ({@link #commentSection}), and
 * the site's copyright notice near the page's end closes it ({@link #pageFooter}). Three or more
 * lines in a row cut short with an ellipsis at one length are excerpts of other articles
 * ({@link #excerptRuns}).
 */
public final class PageLayoutDetector implements Rule {

  /** Tunable weights, read from the rule file. */
  record Weights(double threshold, double topZone, double bottomZone, double shortAtBottom, double leadsArticle, double menuItem, double bodyRunFactor, double moreTextFactor,
      double run2, double run3, double run5, double headlineRun, double teaser,
      double symbolic, double punctuationOnly, double repeatedInPage, double corpusSeen,
      double corpusFrequent, double dateline, double bulletInBody, double introducedList,
      double numberedList, double pageEnd, double noProse, int corpusMinDocuments) {}

  private final RuleMeta meta;
  private final Weights w;
  private final Pattern dateline;
  /** Every match of the dateline pattern holds a digit: lines without one skip the pattern. */
  private final boolean datelineNeedsDigit;
  /**
   * What a line must hold for the dateline pattern to match in it, tested before the pattern,
   * which costs microseconds a line (a long case-insensitive alternation tried at every word
   * boundary), or null. The rule file declares the literals ({@code datelineRequires}): every
   * match of the pattern holds one of them. A literal's letters match as the pattern's
   * case-insensitive Unicode matching does (a char c matches l when c == l or
   * lowerCase(upperCase(c)) == l), other chars match themselves, and '0' stands for any digit
   * (what {@code \d} matches with UNICODE_CHARACTER_CLASS; a surrogate may be half of one).
   * They are looked for by a {@link LineScan} ({@link #datelineScan(List)}), a superset:
   * anywhere in the line, not only where a word starts, and '0' as the ten ASCII digits, while
   * a line with another digit skips the scan.
   */
  private final List<String> datelineRequires;
  private final LazyScan datelineScan;
  /** At most this many literals once each '0' is spelt out as ten digits; more: no scan. */
  static final int MAX_DATELINE_LITERALS = 4096;
  private final Pattern byline;
  /**
   * Headings of a list of other articles ("Related Stories", "Read next"), or null; with a quick
   * no: a {@link LineScan} of the fragments one of which every match holds ({@link
   * LineRegexRule#necessaryLiterals}), the line rules' prefilter. On scraped pages most lines are
   * short enough to be a heading, and the pattern's fifty alternatives on each of them made the
   * rule 1.38 times as slow there (whole rule layer 1.11). The rule asks the scan about the few
   * lines whose shape can be a heading ({@link LineScan#mask}), not as a {@link
   * LineScan.Participant}: a stage's scan skips the lines the pipeline marks settled, and this
   * rule reads the whole page in every round. Made when first asked for (a scan's tables are a
   * noticeable part of a one-article check's start-up); its scan is null when the pattern gives
   * no fragments a scan can read (then every line is asked).
   */
  private final QuickNo listHeader;
  /**
   * Headings of a page's comment section ("12 Comments", "Leave a Reply", "Join the
   * discussion"), or null: from one below the article on, the rest of the page is the readers'
   * posts and the forms and furniture around them ({@link #commentSection}). With a quick no,
   * as {@link #listHeader}.
   */
  private final QuickNo commentHeader;
  /**
   * The site's copyright notice ("© 2019 Example Media", "… All rights reserved."), or null:
   * near the end of the page it closes the page ({@link #pageFooter}). With a quick no.
   */
  private final QuickNo footerLine;
  /**
   * Words by which a sentence addresses the reader ("your", "our", "Subscribe …", "See …"), or
   * null: a sentence that recurs across the run's documents is the site's template only when it
   * speaks to the reader ({@link #templateSentences}).
   */
  private final Pattern readerAddress;

  /**
   * A {@link LineScan} made on first use (a scan's tables are a noticeable part of a one-article
   * check's start-up), asked about single lines. Two threads may both make it: the same scan
   * either way. No bound on the length: callers test it before asking.
   */
  private static final class LazyScan {
    private record Made(LineScan scan) {}

    /** The scan, or null when none can be made: then every line may match. */
    private final java.util.function.Supplier<LineScan> make;
    private volatile Made made;

    LazyScan(java.util.function.Supplier<LineScan> make) {
      this.make = make;
    }

    /** False when no member of the scan can match the line {@code chars[start, end)}. */
    boolean mayMatch(char[] chars, int start, int end) {
      Made m = made;
      if (m == null) {
        m = new Made(make.get());
        made = m;
      }
      return m.scan() == null || m.scan().mask(chars, start, end) != 0;
    }
  }

  /**
   * A pattern with its quick no: a scan for the fragments one of which every match holds
   * ({@link LineRegexRule#necessaryLiterals}), none when the pattern gives no fragments.
   */
  private static final class QuickNo {
    private final Pattern pattern;
    private final LazyScan scan;

    QuickNo(Pattern pattern) {
      this.pattern = pattern;
      this.scan = new LazyScan(() -> {
        List<String> needed = LineRegexRule.necessaryLiterals(pattern);
        return needed.isEmpty() ? null : LineScan.of(List.of(
            new LineScan.Member(List.of(), needed, 0, 0, 0)));
      });
    }

    /**
     * Whether line {@code k} of the page is a heading the pattern finds: heading-shaped (not a
     * sentence, 1 to {@value #LIST_HEADER_WORDS} words, at most {@value #LIST_HEADER_CHARS}
     * chars), past the quick no, then matched.
     */
    boolean headingAt(Page p, int k) {
      if (p.sentence[k] || p.words[k] == 0 || p.words[k] > LIST_HEADER_WORDS) {
        return false;
      }
      return p.lines.get(p.idx[k]).content().length() <= LIST_HEADER_CHARS && findsIn(p, k);
    }

    /** Whether the pattern finds a match in line {@code k} of the page, the quick no first. */
    boolean findsIn(Page p, int k) {
      Line l = p.lines.get(p.idx[k]);
      return mayMatch(p.chars, l.content().start(), l.content().end())
          && pattern.matcher(l.text()).find();
    }

    /** Whether the pattern finds a match in the line, the quick no asked first. */
    boolean matches(String line) {
      return mayMatch(line.toCharArray(), 0, line.length()) && pattern.matcher(line).find();
    }

    boolean mayMatch(char[] chars, int start, int end) {
      return scan.mayMatch(chars, start, end);
    }
  }

  PageLayoutDetector(RuleMeta meta, Weights weights, Pattern dateline, boolean datelineNeedsDigit,
      List<String> datelineRequires, Pattern byline, Pattern listHeader, Pattern commentHeader,
      Pattern footerLine, Pattern readerAddress) {
    this.readerAddress = readerAddress;
    this.listHeader = quickNo(listHeader);
    this.commentHeader = quickNo(commentHeader);
    this.footerLine = quickNo(footerLine);
    this.datelineRequires = datelineRequires == null ? null : List.copyOf(datelineRequires);
    this.datelineScan = this.datelineRequires == null ? null
        : new LazyScan(() -> datelineScan(this.datelineRequires));
    this.meta = meta;
    this.w = weights;
    this.dateline = dateline;
    this.datelineNeedsDigit = datelineNeedsDigit;
    this.byline = byline;
  }

  Pattern datelinePattern() {
    return dateline;
  }

  private static QuickNo quickNo(Pattern pattern) {
    return pattern == null ? null : new QuickNo(pattern);
  }

  private static Pattern patternOf(QuickNo quickNo) {
    return quickNo == null ? null : quickNo.pattern;
  }

  Pattern listHeaderPattern() {
    return patternOf(listHeader);
  }

  Pattern commentHeaderPattern() {
    return patternOf(commentHeader);
  }

  Pattern footerLinePattern() {
    return patternOf(footerLine);
  }

  /**
   * False when the dateline pattern cannot match the line: it holds none of the declared
   * literals ({@link #datelineRequires}) and no digit but an ASCII one. True without literals.
   */
  boolean mayBeDate(String line) {
    return datelineRequires == null || digits(line) == OTHER_DIGIT
        || datelineScan.mayMatch(line.toCharArray(), 0, line.length());
  }

  /**
   * A scan for the declared literals, each char folded as the pattern's case-insensitive
   * matching compares it and each '0' spelt out as the ten ASCII digits; null when they are too
   * many that way ({@link #MAX_DATELINE_LITERALS}) or hold a char the scan cannot read like its
   * case class (then every line with a digit is asked).
   */
  static LineScan datelineScan(List<String> literals) {
    List<String> spelt = new ArrayList<>();
    for (String l : literals) {
      List<StringBuilder> ways = new ArrayList<>();
      ways.add(new StringBuilder());
      for (int i = 0; i < l.length(); i++) {
        char c = foldCase(l.charAt(i));
        if (!LineScan.readsLikeItsCase(c)) {
          return null;
        }
        if (c == '0') {
          if (spelt.size() + ways.size() * 10 > MAX_DATELINE_LITERALS) {
            return null;
          }
          List<StringBuilder> more = new ArrayList<>(ways.size() * 10);
          for (StringBuilder w : ways) {
            for (char d = '0'; d <= '9'; d++) {
              more.add(new StringBuilder(w).append(d));
            }
          }
          ways = more;
        } else {
          for (StringBuilder w : ways) {
            w.append(c);
          }
        }
      }
      for (StringBuilder w : ways) {
        spelt.add(w.toString());
      }
    }
    if (spelt.size() > MAX_DATELINE_LITERALS) {
      return null;
    }
    return LineScan.of(List.of(new LineScan.Member(List.of(), spelt, 0, 0, 0)));
  }

  /** The char as the pattern's case-insensitive Unicode matching compares it. */
  private static char foldCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  @Override
  public RuleMeta meta() {
    return meta;
  }

  @Override
  public void check(AnalyzedText text, Consumer<Annotation> out) {
    if (text.document().structure() != null) {
      // the page's real structure is known (HTML input): BP_HTML_STRUCTURE reads the layout from
      // the markup, and guessing it again from line shapes only costs article lines
      return;
    }
    // Each phase below is its own method, with one loop or two. As one method of 2,700 bytecodes
    // with eight loops, the rule was compiled six times per corpus run (each loop entered hot is
    // compiled on its own, with the whole method around it), for ~8 CPU seconds of the JIT's time
    // on a 49 MB corpus; small methods compile once each, and cheaply.
    Page page = read(text);
    if (page.n == 0) {
      return;
    }
    page.count(text.corpus());
    page.zones();
    page.runs();
    page.listed = listedAfterHeader(page);
    page.wrapped = wrappedSentences(page.lines, page.chars, page.idx, page.shapes, page.words,
        page.n);
    // the decisions by line index (null: kept), reported in line order
    Decision[] decided = new Decision[page.lines.size()];
    page.title = pageTitle(page.lines, page.chars, page.idx, page.n);
    if (page.title >= 0) {
      decided[page.idx[page.title]] = new Decision("page-title", 0.9,
          "Page title repeating the headline with the site's name; remove it.");
    }
    page.caption = captionAfterHeadline(page.lines, page.chars, page.idx, page.shapes,
        page.sentence, page.prose, page.n, page.title);
    if (page.caption >= 0) {
      decided[page.idx[page.caption]] = new Decision("caption", 0.6,
          "Short line between the headline and the article, likely a photo or video caption; "
              + "remove it unless it is the article's subtitle.");
    }
    for (int k = 0; k < page.n; k++) {
      Decision d = decide(page, k);
      if (d != null) {
        decided[page.idx[k]] = d;
      }
    }
    // a first line that reads as the HTML title, when nothing above decided it: the rest of the
    // rule does not take it for the title (which would move what it reads as the headline and
    // the caption below it), it only goes
    // ... the document's own first line: in a later round the first line left is any line
    String firstLine = page.lines.get(page.idx[0]).text();
    if (decided[page.idx[0]] == null && page.firstProse > 0 && siteTitle(firstLine)
        && opensDocument(text, firstLine)) {
      decided[page.idx[0]] = new Decision("page-title", 0.8,
          "The page's first line, a title ending in the site's name (\" | Site\"), above the"
              + " article; remove it.");
    }
    sandwiched(page, decided);
    excerptRuns(page, decided);
    secondCopies(page, decided);
    sentenceItems(page, decided);
    commentSection(page, decided);
    pageFooter(page, decided);
    templateSentences(page, decided);
    report(page.lines, decided, out);
  }

  /** A list heading has at most this many words ("You might also be interested in"). */
  static final int LIST_HEADER_WORDS = 7;
  /** ... and at most this many chars, as BP_RELATED_HEADER's maxLength. */
  static final int LIST_HEADER_CHARS = 60;
  /** An item of such a list is a headline: at most this many words. */
  static final int LIST_ITEM_WORDS = 20;

  /**
   * The lines that follow a heading of a list of other articles ("Related Stories", "Read
   * next", "More from Sport") in its run of short lines: the items of that list. The heading
   * itself is BP_RELATED_HEADER's to remove, and it goes in the same round, so the items would
   * otherwise meet the next round as a run with nothing to say what they are; here they count
   * as the run of a teaser header. Null when the page has no such heading (most pages).
   */
  private boolean[] listedAfterHeader(Page p) {
    if (listHeader == null) {
      return null;
    }
    boolean[] listed = null;
    for (int k = 0; k < p.n; k++) {
      if (!listHeader.headingAt(p, k)) {
        continue;
      }
      int end = p.runStart[k] + p.runLen[k];
      if (k + 1 < end && listed == null) {
        listed = new boolean[p.n];
      }
      // the items are headline-sized: a longer line (a source note, a citation) ends the list
      int j = k + 1;
      while (true) {
        for (; j < end && p.words[j] <= LIST_ITEM_WORDS; j++) {
          listed[j] = true;
        }
        // a list's items share their bullet: a last line without the bullet of the items above
        // it is the article's next subheading ("Also read:", "- " and three headlines, then
        // "Trend 5: Exercises for mental health" over the paragraph of trend 5)
        if (j - 2 > k && listed[j - 2] && bulleted(p, j - 2) && !bulleted(p, j - 1)) {
          listed[j - 1] = false;
        }
        // headlines cut short with an ellipsis, and headlines that ask a question, read as
        // sentences and end the run; right after the heading's run they are items of the same
        // list
        boolean item = false;
        for (; j == end && j < p.n && p.sentence[j] && p.words[j] <= LIST_ITEM_WORDS
            && readsAsListItem(p, j); j++, end++) {
          if (p.sentenceItems == null) {
            p.sentenceItems = new boolean[p.n];
          }
          p.sentenceItems[j] = true;
          item = true;
        }
        // ... and the short lines right after such an item go on with the list
        if (!item || j != end || j >= p.n || p.sentence[j] || p.words[j] == 0) {
          break;
        }
        if (listed == null) {
          listed = new boolean[p.n];
        }
        end = p.runStart[j] + p.runLen[j];
      }
    }
    return listed;
  }

  /**
   * Whether the line, a sentence by its shape, reads as a headline of a list: it is cut short
   * with an ellipsis ("…" or "...", trailing whitespace aside), or it asks a question and is no
   * bullet point (a list of questions in the text, an FAQ's or a forum's, is set off with
   * bullets).
   */
  private static boolean readsAsListItem(Page p, int k) {
    Line l = p.lines.get(p.idx[k]);
    char[] t = p.chars;
    int from = l.content().start();
    int to = strippedEnd(t, from, l.content().end());
    if (to == from) {
      return false;
    }
    char last = t[to - 1];
    return endsInEllipsis(t, from, to)
        || (last == '?' || last == '\uff1f') && !startsWithBullet(l.text());
  }

  /** Whether {@code t[from, to)} ends in "…" or "...". */
  private static boolean endsInEllipsis(char[] t, int from, int to) {
    return to > from && (t[to - 1] == '\u2026'
        || to - from >= 3 && t[to - 1] == '.' && t[to - 2] == '.' && t[to - 3] == '.');
  }

  /** A run of at least this many excerpts is a list of other articles. */
  static final int EXCERPT_RUN = 3;
  /**
   * Inside the article an excerpt is at least this long: a headline and the start of the
   * story (the excerpts of other articles ran 236-303 chars on the evaluation pages).
   */
  static final int EXCERPT_CHARS = 120;
  /** Neighbouring excerpts differ in length by at most this factor: cut at one length. */
  static final double EXCERPT_LENGTH_RATIO = 1.3;

  /**
   * Excerpts of other articles: three or more lines in a row, each cut short with an ellipsis at
   * about the same length as the one before it (a site's list of latest stories shows the
   * first 200 or 250 characters of each, headline and dateline run into the text). They read
   * as sentences, which the score never reads. The article's own sentences do not end in an
   * ellipsis three times in a row. A line of {@value #PARAGRAPH_WORDS} words or more is a
   * paragraph and ends the run. Between the article's first and last prose lines the excerpts
   * must be at least {@value #EXCERPT_CHARS} chars long: shorter cut lines there are the
   * article's own list.
   *
   * <p>The excerpts may also stand each under its headline, one or two headline-sized lines
   * that are not sentences ("Deal Alert: Newest tablet up to $200 off", then its teaser cut at
   * 193 chars): a list of teaser cards. Blog front pages and news listings are made of such
   * cards, and there they are the page's content, so cards are taken only below an article:
   * two neighbouring prose lines above the first card. A listing that alternates a full text
   * with its cut teaser (a catalogue's search results) has no two neighbours of one length, and
   * a full text is longer than a headline.
   */
  private static void excerptRuns(Page p, Decision[] decided) {
    int k = 0;
    while (k < p.n) {
      int len = excerptLength(p, k);
      if (len < 0) {
        k++;
        continue;
      }
      int last = k;
      int count = 1;
      int prev = len;
      int shortest = len;
      boolean cards = false;
      while (true) {
        int next = last + 1;
        while (next < p.n && next - last - 1 < CARD_HEADLINES && cardHeadline(p, next)) {
          next++;
        }
        int nextLength = next < p.n ? excerptLength(p, next) : -1;
        if (nextLength < 0
            || Math.max(prev, nextLength) > EXCERPT_LENGTH_RATIO * Math.min(prev, nextLength)) {
          break;
        }
        cards |= next > last + 1;
        count++;
        last = next;
        prev = nextLength;
        shortest = Math.min(shortest, nextLength);
      }
      // inside the article, only excerpts of a story's length: a run of the article's own list
      // items cut short ("Harvard 10 online courses with free certificates on computer science,
      // programming, AI…", 86 chars, in a list of free courses) is shorter
      boolean outside = p.firstProse < 0 || last < p.firstProse || k > p.lastProse;
      int from = k;
      if (cards && k > 0 && cardHeadline(p, k - 1)) {
        from = k - 1; // the first card's headline
      }
      if (count >= EXCERPT_RUN && (outside || shortest >= EXCERPT_CHARS)
          && (!cards || articleAbove(p, from))) {
        decideOpen(p, decided, from, last + 1, new Decision("related-links", 0.6,
            lead("related-links") + (cards
                ? ": one of " + count + " teasers of other articles, each under its headline"
                    + " and cut short with an ellipsis at about the same length, below the"
                    + " article. Remove it."
                : ": one of " + count + " lines in a row cut short with an ellipsis at "
                    + "about the same length, the excerpts of a list of other articles. Remove"
                    + " it.")));
      }
      k = last + 1;
    }
  }

  /** A teaser card has at most this many headline lines above its excerpt. */
  static final int CARD_HEADLINES = 2;

  /**
   * Whether line {@code k} can be a teaser card's headline: headline-sized, not cut short, and
   * no sentence unless it asks a question.
   */
  private static boolean cardHeadline(Page p, int k) {
    return p.words[k] > 0 && p.words[k] <= LIST_ITEM_WORDS && excerptLength(p, k) < 0
        && (!p.sentence[k] || readsAsListItem(p, k));
  }

  /** Whether two neighbouring prose lines stand above line {@code k}: an article. */
  private static boolean articleAbove(Page p, int k) {
    for (int j = 1; j < k; j++) {
      if (p.prose[j] && p.prose[j - 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length in chars of line {@code k} when it ends in an ellipsis and is shorter than a
   * paragraph, else -1.
   */
  private static int excerptLength(Page p, int k) {
    if (p.words[k] == 0 || p.words[k] >= PARAGRAPH_WORDS) {
      return -1;
    }
    Line l = p.lines.get(p.idx[k]);
    int from = l.content().start();
    int to = strippedEnd(p.chars, from, l.content().end());
    return endsInEllipsis(p.chars, from, to) ? to - from : -1;
  }

  /**
   * Headlines that read as sentences, cut short with an ellipsis or asking a question, right
   * after a list heading's run ("Most read stories", then "Police corner protesters on campus
   * …"): the score never reads sentences, but they are the list's items.
   */
  private static void sentenceItems(Page p, Decision[] decided) {
    if (p.sentenceItems == null) {
      return;
    }
    Decision item = new Decision("related-links", 0.65, lead("related-links")
        + ": a headline cut short with an ellipsis or asking a question, under a heading "
        + "of a list of other articles. Remove it.");
    for (int k = 0; k < p.n; k++) {
      if (p.sentenceItems[k]) {
        decideOpen(p, decided, k, k + 1, item);
      }
    }
  }

  /** A comment heading stands below at least this many prose lines: the article comes first. */
  static final int COMMENTS_AFTER_PROSE = 3;

  /**
   * The comment section: from a comment heading ({@link #commentHeader}: "12 Comments", "Top
   * rated comments", "Leave a Reply", "Join the conversation") that stands below the start of
   * the article, with at least {@value #COMMENTS_AFTER_PROSE} prose lines above it, every line
   * to the end of the page goes: the readers' posts with their names and dates, the reply form,
   * and the furniture below them. Posts are sentences, which the score never reads. A heading
   * that ends in a colon ("15 Comments:") is left alone, as a mixed-case colon header opens the
   * page's own list everywhere else in this rule, and so is a heading above the first prose
   * paragraph (a comment counter in the byline or share bar).
   */
  private void commentSection(Page p, Decision[] decided) {
    if (commentHeader == null || p.firstProse < 0) {
      return;
    }
    for (int k = p.firstProse + 1; k < p.n; k++) {
      if (p.proseBefore[k] < COMMENTS_AFTER_PROSE || !commentHeader.headingAt(p, k)) {
        continue;
      }
      decideOpen(p, decided, k, k + 1, new Decision("comments", 0.7,
          "Heading of the readers' comments below the article. Remove it."));
      decideOpen(p, decided, k + 1, p.n, new Decision("comments", 0.7,
          "Below the heading of the readers' comments (\""
              + p.lines.get(p.idx[k]).text().strip() + "\"): a reader's post, its name and "
              + "date, or the page's furniture after them. Remove it."));
      return;
    }
  }

  /**
   * Gives the lines {@code from} to {@code to} (exclusive, page order) that no earlier check
   * decided the decision {@code d}: an earlier check's reason for a line stands.
   */
  private static void decideOpen(Page p, Decision[] decided, int from, int to, Decision d) {
    for (int j = from; j < to; j++) {
      if (decided[p.idx[j]] == null) {
        decided[p.idx[j]] = d;
      }
    }
  }

  /** A copyright footer stands below at least this many prose lines: the article comes first. */
  static final int FOOTER_AFTER_PROSE = 3;
  /**
   * ... and above at most this many: it closes the page. A page that runs on with more prose
   * holds it for another reason (a list of syndicated stories, each with its agency's notice).
   */
  static final int FOOTER_PROSE_BELOW = 2;
  /** A footer line is at most this long, as BP_COPYRIGHT_LINE's maxLength. */
  static final int FOOTER_CHARS = 1000;

  /**
   * The end of the page: after the site's copyright notice ({@link #footerLine}) below the
   * article, the lines that are left are the page's scripts and widgets ("Loading, please
   * wait", "Developed by", a feed's "Delivered by FeedBurner"), some of them short sentences,
   * which the score never reads. BP_COPYRIGHT_LINE removes the notice itself, in the same round.
   */
  private void pageFooter(Page p, Decision[] decided) {
    if (footerLine == null || p.firstProse < 0) {
      return;
    }
    for (int k = p.firstProse + 1; k < p.n - 1; k++) {
      if (p.proseBefore[k] < FOOTER_AFTER_PROSE || p.proseAfter[k] > FOOTER_PROSE_BELOW) {
        continue;
      }
      Line l = p.lines.get(p.idx[k]);
      if (l.content().length() > FOOTER_CHARS || !footerLine.findsIn(p, k)) {
        continue;
      }
      decideOpen(p, decided, k + 1, p.n, new Decision("source-footer", 0.7,
          "Below the site's copyright notice (\"" + l.text().strip() + "\"), at the end of "
              + "the page: its scripts and widgets. Remove it."));
      return;
    }
  }

  /**
   * The site's template written as sentences: a sentence line that earlier documents of the run
   * hold too ({@link CorpusMemory}), that speaks to the reader ({@link #readerAddress}: a
   * newsletter pitch, "Join our forums …", "Have your say. Give us feedback.") and holds no
   * quotation, above the page's first or below its last prose line of its own (a prose line no
   * other document holds). The score reads only lines that are not sentences, so these went
   * through however often they recurred. Without the address the rule took news sentences: in a
   * corpus of news documents (WMT), versions of one story share their lead and closing sentences
   * with different text between them, which is no copy ({@link Page#corpusUsable}) either. The
   * first document of a template cannot know, the later ones do.
   */
  private void templateSentences(Page p, Decision[] decided) {
    if (!p.corpusUsable || readerAddress == null) {
      return;
    }
    int first = -1;
    int last = -1;
    for (int k = 0; k < p.n; k++) {
      if (p.prose[k] && !recurs(p, k)) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    if (first < 0) {
      return;
    }
    for (int k = 0; k < p.n; k++) {
      if (p.sentence[k] && (k < first || k > last) && recurs(p, k) && addressesReader(p, k)) {
        decideOpen(p, decided, k, k + 1, new Decision(k < first ? "navigation" : "source-footer",
            0.7, lead(k < first ? "navigation" : "source-footer") + ": a sentence of the site's "
                + "template, in " + p.inCorpus[k] + " documents of this run, outside the "
                + "article's own text. Remove it."));
      }
    }
  }

  /** Whether the line speaks to the reader and quotes no one. */
  private boolean addressesReader(Page p, int k) {
    String t = p.lines.get(p.idx[k]).text();
    for (int i = 0; i < t.length(); i++) {
      if (TextNormalizer.isDoubleQuote(t.charAt(i))) {
        return false;
      }
    }
    return readerAddress.matcher(t).find();
  }

  /** Whether the line recurs in other documents of the run, as far as the page may count it. */
  private boolean recurs(Page p, int k) {
    return p.keyed[k] && p.inCorpus[k] >= w.corpusMinDocuments();
  }

  /** Whether {@link #commentHeader} finds a match in the line. */
  boolean isCommentHeader(String line) {
    return commentHeader != null && commentHeader.matches(line);
  }

  /** Whether {@link #listHeader} finds a match in the line. */
  boolean isListHeader(String line) {
    return listHeader.matches(line);
  }

  /**
   * Whether the list under a heading that line {@code k} belongs to holds two items or more, all
   * headline-sized (at least three words; none is longer than {@value #LIST_ITEM_WORDS}): a
   * list of headlines, however short the heading above it ("Related").
   */
  private static boolean listOfHeadlines(Page p, int k) {
    int a = k;
    while (a > 0 && p.listed[a - 1]) {
      a--;
    }
    int b = k;
    while (b + 1 < p.n && p.listed[b + 1]) {
      b++;
    }
    if (b == a) {
      return false;
    }
    for (int j = a; j <= b; j++) {
      if (p.words[j] < 3) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line repeated right after a line of only punctuation ("A", "||", "A"): the two columns of
   * a side-by-side comparison (a wiki's revision diff) or a widget's duplicate, flattened into
   * text. The second copy goes; the first stays. Article text does not repeat a line across a
   * lone separator; a scene break ("* * *") between two different lines is left alone.
   */
  private static void secondCopies(Page p, Decision[] decided) {
    for (int k = 2; k < p.n; k++) {
      LineShape between = p.shapes[k - 1];
      if (between == null || !between.punctuationOnly() || decided[p.idx[k]] != null
          || p.words[k] == 0) {
        continue;
      }
      String line = p.lines.get(p.idx[k]).text().strip();
      if (line.equals(p.lines.get(p.idx[k - 2]).text().strip())) {
        decided[p.idx[k]] = new Decision("navigation", 0.7,
            "Second copy of the line two lines up, across a separator line (the columns of "
                + "a side-by-side comparison, flattened). Remove it.");
      }
    }
  }

  /**
   * Above the article a run of headline-sized lines this long is a list of other articles'
   * headlines, not the article's headline, byline and dateline.
   */
  static final int TOP_HEADLINE_RUN = 6;

  /** A line of running text this long is a paragraph, sentence-final punctuation or not. */
  static final int PARAGRAPH_WORDS = 60;

  /** A sentence of at most this many words may be an item of the list around it. */
  static final int ITEM_SENTENCE_WORDS = 9;
  /** ... when the lines on both sides are list items of at most this many words. */
  static final int ITEM_WORDS = 12;

  /**
   * Short sentences that stand between two removed list items outside the article block are
   * items of the same list: a sidebar of post titles, some of them questions ("Is the vaccine
   * safe?") or exclamations, which the score never reads since sentences are exempt from it.
   * Only a title-like sentence (it opens with a capital, a digit or a quote mark and does not
   * end in a colon) with a removed short non-sentence line right above and right below it goes;
   * the article's own closing sentence borders on prose, not on two removed items.
   */
  private void sandwiched(Page p, Decision[] decided) {
    if (p.firstProse < 0) {
      return;
    }
    for (int k = 1; k < p.n - 1; k++) {
      if (p.sentence[k] && !p.prose[k] && p.words[k] <= ITEM_SENTENCE_WORDS
          && (k < p.firstProse || k > p.lastProse)
          && removedItem(p, decided, k - 1) && removedItem(p, decided, k + 1)
          && titleLike(p, k)) {
        decided[p.idx[k]] = new Decision("related-links", 0.6,
            lead("related-links") + ": a short title between two removed list items, outside "
                + "the article text. Remove it.");
      }
    }
  }

  /**
   * Whether the run of lines from {@code rs} holds fewer than two date lines: a list of titles
   * with their dates is an archive of the site's own posts, which some pages make their
   * content. Worked out once per run.
   */
  private boolean undatedRun(Page p, int rs, int r) {
    if (p.undated == null) {
      p.undated = new byte[p.n];
    }
    if (p.undated[rs] == 0) {
      int dates = 0;
      for (int j = rs; j < rs + r && dates < 2; j++) {
        Line l = p.lines.get(p.idx[j]);
        if (p.words[j] <= 8 && !hasTimeOfDay(l.text()) && isDate(l, p.chars)) {
          dates++;
        }
      }
      p.undated[rs] = (byte) (dates < 2 ? 1 : 2);
    }
    return p.undated[rs] == 1;
  }

  private static boolean removedItem(Page p, Decision[] decided, int k) {
    return !p.sentence[k] && p.words[k] <= ITEM_WORDS && decided[p.idx[k]] != null
        && k != p.title && k != p.caption;
  }

  /** Opens with a capital, a digit or a quote mark, and does not end in a colon. */
  private static boolean titleLike(Page p, int k) {
    Line l = p.lines.get(p.idx[k]);
    char[] chars = p.chars;
    int from = strippedStart(chars, l.content().start(), l.content().end());
    int to = strippedEnd(chars, from, l.content().end());
    if (from == to || chars[to - 1] == ':') {
      return false;
    }
    char c = chars[from];
    return Character.isUpperCase(c) || Chars.isDigit(c) || c == '"' || c == '\u201C'
        || c == '\'' || c == '\u2018';
  }

  /**
   * What the rule knows of a page's non-blank lines, {@code k < n}, in order: filled by the
   * phases of {@link #check} one after the other.
   */
  private static final class Page {
    final List<Line> lines;
    final char[] chars;
    /** The line index of each non-blank line. */
    final int[] idx;
    // the full shape of each line that is not a sentence; a sentence (read on the light path)
    // only has its words and its prose flag, which is all that is asked of it
    final LineShape[] shapes;
    final int[] words;
    final boolean[] sentence;
    final boolean[] prose;
    // each line's normalised form, as a hash: what the page and corpus counts compare
    final long[] keys;
    final boolean[] unkeyed;
    int n;

    // count(): how often each line occurs in the page and in the documents of the run
    int[] inPage;
    int[] inCorpus;
    boolean[] keyed;
    boolean corpusUsable;

    // zones(): the article block, and prose paragraphs further out than each line; short
    // sentences do not count, since a sidebar of headlines ending in "?" or "." is made of them
    int firstProse;
    int lastProse;
    int[] proseBefore;
    int[] proseAfter;
    /** No prose, hardly a sentence, short lines: a page of furniture (a shop grid, a menu). */
    boolean furniturePage;

    // runs(): runs of consecutive non-sentence lines (blank lines do not break a run)
    int[] runStart;
    int[] runLen;
    boolean[] numberedRun;
    /** The run holds one line ending in a colon, its first: one list under one header. */
    boolean[] oneHeader;

    boolean[] wrapped;
    /**
     * decide(): each distinct decision once. The lines of a run of furniture mostly get the same
     * type, confidence and message, and a message per line was most of the memory a page of
     * 416,666 equal short lines took (80 MB of equal strings, while the pipeline held them).
     */
    final Map<Decision, Decision> decisions = new HashMap<>();
    /** Lines after a list heading ("Related Stories") in the same run, or null: none. */
    boolean[] listed;
    /**
     * Headlines that read as sentences (an ellipsis, a question) right after a list heading's
     * run, or null: none.
     */
    boolean[] sentenceItems;
    /** By run start: 0 not known yet, 1 the run holds fewer than two dates, 2 it holds more. */
    byte[] undated;
    int title = -1;
    int caption = -1;

    Page(List<Line> lines, char[] chars) {
      this.lines = lines;
      this.chars = chars;
      int size = lines.size();
      idx = new int[size];
      shapes = new LineShape[size];
      words = new int[size];
      sentence = new boolean[size];
      prose = new boolean[size];
      keys = new long[size];
      unkeyed = new boolean[size];
    }

    /**
     * How often each line occurs in the page and in the documents of the run; the corpus is
     * told about each distinct line once, in page order.
     */
    void count(CorpusMemory corpus) {
      LineCounts counts = new LineCounts(n);
      inPage = new int[n];
      inCorpus = new int[n];
      keyed = new boolean[n];
      int[] slot = new int[n];
      for (int k = 0; k < n; k++) {
        long key = keys[k];
        if (unkeyed[k]) {
          // a long line without a key: once in the page as far as the score cares, and in one
          // document (this one), which is what CorpusMemory.NONE answers
          inPage[k] = 1;
          inCorpus[k] = 1;
          keyed[k] = true;
          slot[k] = -1;
          continue;
        }
        if (key != NormalizedKey.EMPTY) {
          int at = counts.find(key);
          if (at < 0) {
            at = counts.add(key, observe(corpus, key, lines.get(idx[k])));
          }
          counts.page[at]++;
          slot[k] = at;
          keyed[k] = true;
        }
      }
      corpus.observed();
      for (int k = 0; k < n; k++) {
        if (keyed[k] && slot[k] >= 0) {
          inPage[k] = counts.page[slot[k]];
          inCorpus[k] = counts.corpus[slot[k]];
        }
      }
      corpusUsable = !duplicateOfEarlier(words, sentence, n, inCorpus);
    }

    void zones() {
      int[] body = articleBlock(words, sentence, prose, n);
      firstProse = body[0];
      lastProse = body[1];
      furniturePage = firstProse < 0 && furniture(words, sentence, n);
      proseBefore = new int[n];
      proseAfter = new int[n];
      for (int k = 1; k < n; k++) {
        proseBefore[k] = proseBefore[k - 1] + (prose[k - 1] ? 1 : 0);
      }
      for (int k = n - 2; k >= 0; k--) {
        proseAfter[k] = proseAfter[k + 1] + (prose[k + 1] ? 1 : 0);
      }
    }

    void runs() {
      runStart = new int[n];
      runLen = new int[n];
      numberedRun = new boolean[n];
      oneHeader = new boolean[n];
      for (int k = 0; k < n; ) {
        if (sentence[k]) {
          runStart[k] = k;
          runLen[k] = 0;
          k++;
        } else {
          k = run(k);
        }
      }
    }

    /** Fills the run of non-sentence lines that starts at {@code k}; returns where it ends. */
    private int run(int k) {
      int e = k;
      while (e < n && !sentence[e]) {
        e++;
      }
      int numbered = 0;
      int headers = 0;
      for (int j = k; j < e; j++) {
        runStart[j] = k;
        runLen[j] = e - k;
        numbered += shapes[j].numbered() ? 1 : 0;
        headers += shapes[j].colonHeader() ? 1 : 0;
      }
      boolean single = headers == 1 && shapes[k].colonHeader();
      // a run of four or more lines, most of them numbered items: a list (steps, a ranking, a
      // results table), which menus and headline lists seldom are
      boolean list = e - k >= 4 && numbered * 5 >= (e - k) * 3;
      for (int j = k; j < e; j++) {
        numberedRun[j] = list;
        oneHeader[j] = single;
      }
      return e;
    }
  }

  /** The non-blank lines of the text, each with its shape (or its light form) and its key. */
  private Page read(AnalyzedText text) {
    List<Line> lines = text.lines();
    char[] chars = text.chars();
    Page page = new Page(lines, chars);
    // Without a corpus memory, a line's key only counts its repeats in the page, which matter
    // for lines of at most REPEAT_WORDS words; lines with the same key have the same words, so
    // longer lines need no key (they are told apart from empty lines by having words at all).
    boolean shortKeysOnly = text.corpus() == CorpusMemory.NONE && w.corpusMinDocuments() >= 2;
    char[] buf = new char[16];
    int n = 0;
    for (Line l : lines) {
      int from = l.content().start();
      int to = l.content().end();
      // Line.isBlank() read in the chars: String.isBlank() skips what Character.isWhitespace
      // accepts
      int first = from;
      while (first < to && isWhitespace(chars[first])) {
        first++;
      }
      if (first < to) {
        page.idx[n] = l.index();
        int light = LineShape.sentenceWords(chars, first, to);
        if (light >= 0) {
          page.words[n] = light >>> 1;
          page.sentence[n] = true;
          page.prose[n] = (light & 1) != 0;
        } else {
          LineShape shape = LineShape.of(chars, from, to);
          page.shapes[n] = shape;
          page.words[n] = shape.words();
          page.sentence[n] = shape.sentence();
          page.prose[n] = shape.prose();
        }
        if (shortKeysOnly && page.words[n] > REPEAT_WORDS) {
          page.unkeyed[n] = true;
        } else {
          if (buf.length < to - from) {
            buf = new char[Math.max(to - from, buf.length * 2)];
          }
          page.keys[n] = NormalizedKey.of(chars, from, to, buf);
        }
        n++;
      }
    }
    page.n = n;
    return page;
  }

  /** The score of line {@code k} and, when it reaches the threshold, the removal; else null. */
  private Decision decide(Page p, int k) {
    if (p.sentence[k] || k == p.title || k == p.caption || (p.wrapped != null && p.wrapped[k])) {
      return null;
    }
    int n = p.n;
    LineShape s = p.shapes[k];
    double score = 0;
    String lineText = p.lines.get(p.idx[k]).text();
    if (s.punctuationOnly() && isSectionBreak(lineText)) {
      return null;
    }
    // a paragraph-long line in running text (mostly lower-case words) is a paragraph whatever
    // ends it (an abstract closing on "(Author)", a post cut off mid-sentence), not a list item
    if (s.words() >= PARAGRAPH_WORDS && s.lowerShare() >= 0.5 && !s.symbolic()) {
      return null;
    }
    if (s.punctuationOnly()) {
      score += w.punctuationOnly();
    } else if (s.symbolic()) {
      score += w.symbolic();
    }
    // a short run with sentences on both sides is part of a structured article (steps,
    // headed lists), wherever the prose block was found to end
    int runEnd = p.runStart[k] + p.runLen[k];
    boolean enclosed = p.runStart[k] > 0 && runEnd < n && p.runLen[k] <= 4;
    boolean top = p.firstProse >= 0 && k < p.firstProse && !enclosed;
    boolean bottom = p.lastProse >= 0 && k > p.lastProse && !enclosed;
    // five or more prose lines further out (a forum's other posts, a structured article that
    // the block did not reach): the place speaks less clearly than at the page's very edges
    double edge = (top && p.proseBefore[k] >= 5) || (bottom && p.proseAfter[k] >= 5)
        ? w.moreTextFactor() : 1.0;
    boolean pageEnd = false;
    if (top) {
      score += w.topZone() * edge;
      // the line that leads into the article is its headline or standfirst more often than
      // not: keep it unless something else speaks against it
      if (k == p.firstProse - 1) {
        score += w.leadsArticle();
      }
    } else if (bottom) {
      score += w.bottomZone() * edge;
      if (s.words() <= 6) {
        score += w.shortAtBottom() * edge;
      }
      // the page's closing one or two short lines: a signature or the owner's name
      if (runEnd == n && p.runLen[k] <= 2) {
        score += w.pageEnd();
        pageEnd = true;
      }
    }
    // inside the article a run of one-to-three-word lines is more often its own list
    if (s.words() <= 3 && !s.punctuationOnly() && (top || bottom)) {
      score += w.menuItem() * edge;
    }
    int r = p.runLen[k];
    // between paragraphs of the article a run of short lines may be its own list (names,
    // dates, contacts): the run alone weighs less there than around the article
    double inBody = (top || bottom) && edge == 1.0 || p.firstProse < 0 ? 1.0 : w.bodyRunFactor();
    if (r >= 5) {
      score += w.run5() * inBody;
    } else if (r >= 3) {
      score += w.run3() * inBody;
    } else if (r == 2) {
      score += w.run2() * inBody;
    }
    // a page of short lines with no article text at all: its runs are furniture, not a list
    // between paragraphs
    if (p.furniturePage) {
      score += w.noProse();
    }
    int rs = p.runStart[k];
    // above the article a headline, byline and dateline are headline-sized too, but not six or
    // more of them: that is a list of headlines (a video playlist, "Top stories") unless dates
    // run through it (an archive of the site's posts)
    boolean headlineRun = r >= 3 && headlineSized(p.shapes, rs, r)
        && (!top || (r >= TOP_HEADLINE_RUN && undatedRun(p, rs, r)))
        || p.listed != null && p.listed[k] && listOfHeadlines(p, k);
    if (headlineRun) {
      score += w.headlineRun();
    }
    // a teaser header ("DON'T MISS:") opens the run of headlines it announces
    // written in capitals; a mixed-case "Ingredients:" introduces the article's own list
    LineShape opener = p.shapes[rs];
    boolean teaser = opener.colonHeader() && opener.shouting() && r >= 2
        || p.listed != null && p.listed[k];
    if (teaser) {
      score += w.teaser();
    }
    int inPage = p.inPage[k];
    boolean repeated = inPage >= 2 && s.words() <= REPEAT_WORDS;
    if (repeated) {
      score += w.repeatedInPage();
    }
    int docs = p.inCorpus[k];
    boolean recurs = p.corpusUsable && recurs(p, k);
    if (recurs) {
      score += docs > w.corpusMinDocuments() ? w.corpusFrequent() : w.corpusSeen();
    }
    // the remaining signals, in the order they are added to the score
    // a bullet point of three words or more is a list item of the text, below the last
    // paragraph too (contact details, opening hours, a signature's quote)
    boolean bullet = s.words() >= 3 && startsWithBullet(lineText);
    // a mixed-case header ("Services:") opens a list of the article's own: its items are kept,
    // and so is the header when it is the run's only one (removed on its own, the next round
    // would see the items without it and take them for furniture); a run of several headed
    // groups ("Share this:", "Like this:") is a sidebar
    // ... but a list heading with a colon ("More:", "See also:") over two or more headlines is
    // not: the items are other articles', not the article's own list
    boolean introduced = !(p.listed != null && p.listed[k] && listOfHeadlines(p, k))
        && ((opener.colonHeader() && !opener.shouting()
            && (k > rs ? r >= 2 : r >= 3 && p.oneHeader[k]))
        || (rs > 0 && introducesList(p.lines.get(p.idx[rs - 1]).text(), p.words[rs - 1])));
    boolean numberedItem = p.numberedRun[k] && s.numbered();
    // a date with a time of day is a post's or comment's timestamp, not the article's
    // dateline. The pattern is the costly test: when the dateline can only lower the score
    // (its weight is not positive) and the line stays below the threshold without it, it
    // stays below with it too (rounded addition is monotone), so the pattern is not run.
    boolean date = false;
    if (dateline != null && s.words() <= 8
        && (w.dateline() > 0 || !(rest(score, bullet, introduced, numberedItem) + 1e-9
            < w.threshold()))) {
      date = !hasTimeOfDay(lineText) && isDate(p.lines.get(p.idx[k]), p.chars);
    }
    if (date) {
      score += w.dateline();
    }
    score = rest(score, bullet, introduced, numberedItem);
    // lines numbered in sequence under one label ("1a etapa: …") are a numbered list too, asked
    // only of a line that would go: the test reads its neighbours
    if (score + 1e-9 >= w.threshold() && !numberedItem
        && LabelledSequence.contains(j -> p.lines.get(p.idx[j]).text(), p.n, k)) {
      score += w.numberedList();
    }
    if (score + 1e-9 < w.threshold()) {
      return null;
    }
    String type = s.punctuationOnly() ? "junk-punctuation"
        : (teaser || (headlineRun && !top)) ? "related-links"
        : bottom && r <= 2 ? "source-footer" : "navigation";
    double confidence = Math.min(0.9, 0.6 + 0.1 * (score - w.threshold()));
    // the reasons, in the order their signals were added, after the type's lead
    StringBuilder why = new StringBuilder(256).append(lead(type)).append(": ");
    int bare = why.length();
    if (s.punctuationOnly()) {
      reason(why, bare).append("only punctuation");
    } else if (s.symbolic()) {
      reason(why, bare).append("mostly links, handles or symbols");
    }
    if (top) {
      reason(why, bare).append("above the article text");
    } else if (bottom) {
      reason(why, bare).append("below the article text");
      if (pageEnd) {
        reason(why, bare).append("at the end of the page");
      }
    }
    if (r >= 2) {
      reason(why, bare).append("one of ").append(r).append(" short lines in a row");
    }
    if (p.furniturePage && w.noProse() != 0) {
      reason(why, bare).append("on a page of short lines without article text");
    }
    if (teaser) {
      reason(why, bare).append("follows a teaser header");
    }
    if (repeated) {
      reason(why, bare).append("appears ").append(inPage).append(" times in the page");
    }
    if (recurs) {
      reason(why, bare).append("recurs in ").append(docs).append(" documents of this run");
    }
    Decision d = new Decision(type, confidence, why.append(". Remove it.").toString());
    Decision known = p.decisions.putIfAbsent(d, d);
    return known != null ? known : d;
  }

  private void report(List<Line> lines, Decision[] decided, Consumer<Annotation> out) {
    for (int i = 0; i < decided.length; i++) {
      Decision d = decided[i];
      if (d == null) {
        continue;
      }
      out.accept(new Annotation(meta.id(), meta.category(), d.type(), meta.severity(),
          blockAwareSpan(lines, i, decided), Action.REMOVE, null, d.message(),
          Math.round(d.confidence() * 100) / 100.0));
    }
  }

  /** Lines up to this many words count as repeated when they occur twice in the page. */
  private static final int REPEAT_WORDS = 8;

  /** How many documents of the run held the line (its key), this one included. */
  private static int observe(CorpusMemory corpus, long key, Line line) {
    if (corpus == CorpusMemory.NONE) {
      return 1; // what NONE answers for every line
    }
    if (corpus instanceof BoundedCorpusMemory.Turn turn) {
      return turn.observeHash(key);
    }
    if (corpus instanceof BoundedCorpusMemory bounded) {
      return bounded.observeHash(key);
    }
    // another memory takes the normalised line itself, so only it gets the line's string
    return corpus.observe(TextNormalizer.normalize(line.text()));
  }

  /** Distinct line keys of a page (open addressing) with their page and corpus counts. */
  private static final class LineCounts {
    final long[] keys;
    final int[] page;
    final int[] corpus;
    private final int[] table; // slot + 1, or 0 for empty
    private int size;

    LineCounts(int lines) {
      int capacity = Integer.highestOneBit(Math.max(4, lines * 2 - 1)) << 1;
      table = new int[capacity];
      keys = new long[lines];
      page = new int[lines];
      corpus = new int[lines];
    }

    private int bucket(long key) {
      return (int) (key ^ (key >>> 32)) & (table.length - 1);
    }

    int find(long key) {
      for (int b = bucket(key); table[b] != 0; b = (b + 1) & (table.length - 1)) {
        if (keys[table[b] - 1] == key) {
          return table[b] - 1;
        }
      }
      return -1;
    }

    int add(long key, int corpusCount) {
      int b = bucket(key);
      while (table[b] != 0) {
        b = (b + 1) & (table.length - 1);
      }
      keys[size] = key;
      corpus[size] = corpusCount;
      table[b] = ++size;
      return size - 1;
    }
  }

  /** The signals added after the dateline, in their order: bullet, introduced list, numbered list. */
  private double rest(double score, boolean bullet, boolean introduced, boolean numberedItem) {
    if (bullet) {
      score += w.bulletInBody();
    }
    if (introduced) {
      score += w.introducedList();
    }
    if (numberedItem) {
      score += w.numberedList();
    }
    return score;
  }

  /** Words a hard-wrapped sentence has at least, over all its lines. */
  private static final int WRAPPED_WORDS = 10;

  /**
   * Lines of hard-wrapped prose (a mail, a man page, a forum post pasted with its line breaks):
   * a run of adjacent lines, each of at least three words, where every line but the last ends
   * in a letter, comma or semicolon and the next one starts in lower case, and the last ends
   * like a sentence; together at least {@value #WRAPPED_WORDS} words, half of them starting in
   * lower case. Each line alone looks like a short line without sentence punctuation; together
   * they are a sentence, which this rule never removes. Returns null when the text has none
   * (most texts: the scan stops at the first line end that does not continue).
   */
  static boolean[] wrappedSentences(List<Line> lines, char[] chars, int[] idx,
      LineShape[] shapes, int[] words, int n) {
    boolean[] out = null;
    for (int k = 0; k + 1 < n; ) {
      int e = k;
      while (e + 1 < n && idx[e + 1] == idx[e] + 1 && words[e] >= 3
          && continues(chars, lines.get(idx[e]), lines.get(idx[e + 1]))) {
        e++;
      }
      if (e > k && words[e] >= 3 && endsSentence(chars, lines.get(idx[e]))) {
        int total = 0;
        int lower = 0;
        for (int j = k; j <= e; j++) {
          Line l = lines.get(idx[j]);
          int[] counts = tokens(chars, l.content().start(), l.content().end());
          total += counts[0];
          lower += counts[1];
        }
        if (total >= WRAPPED_WORDS && lower * 2 >= total) {
          if (out == null) {
            out = new boolean[n];
          }
          for (int j = k; j <= e; j++) {
            out[j] = true;
          }
        }
      }
      k = e + 1;
    }
    return out;
  }

  // the line ends mid-sentence (a letter, a comma or a semicolon) and the next starts in lower case
  private static boolean continues(char[] t, Line line, Line next) {
    int last = lastNonSpace(t, line);
    if (!(Character.isLetter(last) || last == ',' || last == ';')) {
      return false;
    }
    int i = next.content().start();
    int end = next.content().end();
    while (i < end && (Character.isWhitespace(t[i]) || t[i] == '"' || t[i] == '\'' || t[i] == '('
        || t[i] == '\u201C' || t[i] == '\u2018')) {
      i++;
    }
    return i < end && Character.isLowerCase(t[i]);
  }

  private static boolean endsSentence(char[] t, Line line) {
    int last = lastNonSpace(t, line);
    return last == '.' || last == '!' || last == '?' || last == ':';
  }

  // the line's last character that is not whitespace, or -1 on a blank line
  private static int lastNonSpace(char[] t, Line line) {
    int b = line.content().start();
    for (int e = line.content().end(); e > b; e--) {
      if (!Character.isWhitespace(t[e - 1])) {
        return t[e - 1];
      }
    }
    return -1;
  }

  // {tokens, tokens that start with a lower-case letter} of t[from, to), tokens split at spaces
  private static int[] tokens(char[] t, int from, int to) {
    int count = 0;
    int lower = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(t[i]);
      if (!space && !in) {
        count++;
        if (Character.isLowerCase(t[i])) {
          lower++;
        }
      }
      in = !space;
    }
    return new int[] {count, lower};
  }

  /**
   * The article block: the stretch of lines, from a prose line to a prose line, where sentences
   * outweigh furniture most (a maximum-sum segment, as body-text extraction does with text and
   * tags). Each sentence line adds its words, each other line takes off one plus half its words,
   * so a short list inside the article does not split it while a long menu between the article
   * and a sidebar's prose does. Returns {start, end} in non-blank line positions, or {-1, -1}
   * when the text has no prose.
   */
  static int[] articleBlock(int[] words, boolean[] sentence, boolean[] prose, int n) {
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double sum = 0;
    int start = 0;
    for (int k = 0; k < n; k++) {
      double v = sentence[k] ? words[k] : -(1 + words[k] / 2.0);
      if (sum <= 0) {
        sum = 0;
        start = k;
      }
      sum += v;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = k;
      }
    }
    if (bestStart < 0) {
      return new int[] {-1, -1};
    }
    // the block is delimited by prose: short sentences at its edges are left to the zones
    int a = bestStart;
    while (a <= bestEnd && !prose[a]) {
      a++;
    }
    int b = bestEnd;
    while (b >= a && !prose[b]) {
      b--;
    }
    return a > b ? new int[] {-1, -1} : new int[] {a, b};
  }

  /** A page of at least this many non-blank lines can be a page of furniture. */
  static final int FURNITURE_PAGE_LINES = 10;
  /** ... when at most this many words per line on average... */
  static final int FURNITURE_PAGE_WORDS = 12;

  /**
   * Whether a page without prose is a page of furniture: at least {@value
   * #FURNITURE_PAGE_LINES} lines, of at most {@value #FURNITURE_PAGE_WORDS} words on average,
   * and fewer than one in ten of them sentences. A shop grid, a listing or a menu left alone by
   * boilerplate removal reads so; a list of notes, a poem or a table with sentences among its
   * rows, or of long lines, does not.
   */
  static boolean furniture(int[] words, boolean[] sentence, int n) {
    if (n < FURNITURE_PAGE_LINES) {
      return false;
    }
    long total = 0;
    int sentences = 0;
    for (int k = 0; k < n; k++) {
      total += words[k];
      sentences += sentence[k] ? 1 : 0;
    }
    return sentences * 10 < n && total <= (long) FURNITURE_PAGE_WORDS * n;
  }

  /**
   * Whether the corpus has seen this document's article text before (a copy or a near-copy):
   * then its recurring lines are the article again, not the site's template. Sentences are what
   * tell the two apart: a template repeats menus and blurbs, a copy repeats sentences.
   */
  private static boolean duplicateOfEarlier(int[] words, boolean[] sentence, int n, int[] seen) {
    int sentences = 0;
    int recurring = 0;
    for (int k = 0; k < n; k++) {
      if (sentence[k] && words[k] >= 6) {
        sentences++;
        if (seen[k] >= 2) {
          recurring++;
        }
      }
    }
    return recurring >= 3 && recurring * 5 >= sentences;
  }

  private record Decision(String type, double confidence, String message) {}

  /**
   * The line's removal span; when this removes the last line of a paragraph whose lines all go,
   * the blank lines after it go too, so a removed block leaves one paragraph break, as a removed
   * one-line paragraph does.
   */
  private static Span blockAwareSpan(List<Line> lines, int i, Decision[] removed) {
    Span span = LineRemoval.span(lines, i);
    if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
      return span;
    }
    int first = i;
    while (first > 0 && !lines.get(first - 1).isBlank()) {
      first--;
      if (removed[first] == null) {
        return span;
      }
    }
    if (first == i) {
      return span;
    }
    int end = span.end();
    int j = i + 1;
    while (j < lines.size() && lines.get(j).isBlank()) {
      end = lines.get(j).withTerminator().end();
      j++;
    }
    return new Span(span.start(), end);
  }

  private static String lead(String type) {
    return switch (type) {
      case "junk-punctuation" -> "Stray punctuation left by the page layout";
      case "related-links" -> "Headline of another article (related-links list)";
      case "source-footer" -> "Site footer or signature";
      default -> "Page navigation or furniture";
    };
  }

  // the separator before a reason that is not the first (the message holds bare chars before any)
  private static StringBuilder reason(StringBuilder why, int bare) {
    return why.length() > bare ? why.append(", ") : why;
  }

  /** Items of the run are all headline-sized (3 to 20 words) and none ends like a sentence. */
  private static boolean headlineSized(LineShape[] shapes, int start, int len) {
    for (int j = start; j < start + len; j++) {
      LineShape s = shapes[j];
      if (s.colonHeader() && j == start) {
        continue;
      }
      if (s.words() < 3 || s.words() > 20) {
        return false;
      }
    }
    return true;
  }

  private static boolean introducesList(String text, int words) {
    if (words < 6) {
      return false;
    }
    // the last character that String.strip() keeps
    int e = text.length();
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > 0 && (text.charAt(e - 1) == ':' || text.charAt(e - 1) == '：');
  }

  // "10:45", "9:05 PM": two digits or one, a colon, two digits, not inside a longer number
  static boolean hasTimeOfDay(String t) {
    for (int i = t.indexOf(':'); i >= 0; i = t.indexOf(':', i + 1)) {
      int d = 0;
      while (i - d - 1 >= 0 && Chars.isDigit(t.charAt(i - d - 1))) {
        d++;
      }
      int a = 0;
      while (i + a + 1 < t.length() && Chars.isDigit(t.charAt(i + a + 1))) {
        a++;
      }
      if ((d == 1 || d == 2) && a == 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean bulleted(Page p, int k) {
    return startsWithBullet(p.lines.get(p.idx[k]).text());
  }

  private static boolean startsWithBullet(String t) {
    // the first character that String.stripLeading() keeps
    int i = 0;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i < t.length() && "•·-–—*▪►‣◦".indexOf(t.charAt(i)) >= 0;
  }

  // "* * *", "***", "~~~", "#": a scene break inside an article, not debris
  private static boolean isSectionBreak(String t) {
    boolean any = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      // what the regular expression \s matches
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        continue;
      }
      if (!(c == '*' || c == '~' || c == '#' || c == '\u2042' || c == '\u2022')) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The first lines' page title: a line (among the first three) that ends in " | Site", " - Site"
   * and whose head recurs as a later line (the headline). The line is read in the text's chars,
   * trimmed as String.strip() would, without copies: a long first line costs one backward scan.
   */
  static int pageTitle(List<Line> lines, char[] chars, int[] idx, int n) {
    for (int k = 0; k < Math.min(3, n); k++) {
      Line line = lines.get(idx[k]);
      // the line as String.strip() leaves it: t[from, to)
      int from = strippedStart(chars, line.content().start(), line.content().end());
      int to = strippedEnd(chars, from, line.content().end());
      int cut = lastSeparator(chars, from, to);
      if (cut < 0 || !shortTail(chars, cut, to)) {
        continue;
      }
      String head = letters(chars, from, cut);
      if (head.length() < 15) {
        continue;
      }
      int headLength = cut - from;
      for (int j = k + 1; j < Math.min(n, k + 40); j++) {
        String raw = lines.get(idx[j]).text();
        if (Math.abs(raw.length() - headLength) > 60) {
          continue;
        }
        if (repeatsHead(raw, head)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Whether the document, before any edit, starts with this line. */
  private static boolean opensDocument(AnalyzedText text, String line) {
    String original = text.document().text();
    int from = 0;
    while (from < original.length() && Character.isWhitespace(original.charAt(from))) {
      from++;
    }
    return original.startsWith(line.strip(), from);
  }

  /** What stands between a page title's headline and the site's name. */
  private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: "};

  /** A site's name after a title's last separator has at most this many words. */
  static final int SITE_NAME_WORDS = 4;
  /** ... and the title before its first separator at least this many. */
  static final int TITLE_HEAD_WORDS = 4;
  /** Any of {@link #SEPARATORS}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile(Arrays.stream(SEPARATORS)
      .map(Pattern::quote).collect(Collectors.joining("|")));
  private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}");
  /** Lower-case words a site's name may hold ("Voice of America", "Le Monde des Arts"). */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "the", "and", "&", "de", "la",
      "le", "du", "des", "der", "die", "das", "el", "los", "da", "do");

  /**
   * Whether a page's first line is its HTML title: a headline of {@value #TITLE_HEAD_WORDS}
   * words or more, then " | " or " - " and the site's name ("… Davis Cup Finals -
   * Sportsnet.ca", "… to bid | News | Al Jazeera"): one to {@value #SITE_NAME_WORDS}
   * capitalised words without digits, or a domain. A page whose headline is its first line
   * keeps it unless a tail of that shape follows; a subtitle ("- live updates"), a fixture
   * ("- ODI Game 2") or a date after the dash keeps the line too.
   */
  static boolean siteTitle(String line) {
    String t = line.strip();
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int first = -1;
    int tail = -1;
    while (m.find()) {
      if (first < 0) {
        first = m.start();
      }
      tail = m.end();
    }
    if (first < 0 || t.substring(0, first).strip().split("\\s+").length < TITLE_HEAD_WORDS) {
      return false;
    }
    String[] words = t.substring(tail).strip().split("\\s+");
    if (words.length > SITE_NAME_WORDS || words[0].isEmpty()) {
      return false;
    }
    for (String w : words) {
      boolean domain = DOMAIN.matcher(w).matches();
      if (!domain && (w.chars().anyMatch(Character::isDigit)
          || !Character.isUpperCase(w.codePointAt(0)) && !NAME_CONNECTORS.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last position in t[from, to) where one of the separators starts, or -1, also when the
   * site name after the last separator would have more than six words anyway ({@link
   * #shortTail} says no): then the scan stops without reading the rest of a long line.
   */
  private static int lastSeparator(char[] t, int from, int to) {
    // runs of \s that start in t[i + 3, to): the tail after a separator at i or before it
    // holds at least these (a separator's own space and the \s after it are not in the tail)
    int runs = 0;
    for (int i = to - 3; i >= from; i--) {
      if (i + 3 < to && isRegexSpace(t[i + 3]) && !isRegexSpace(t[i + 2])) {
        if (++runs >= 6) {
          return -1;
        }
      }
      // every separator's second char is one of |-–—:
      char second = t[i + 1];
      if (t[i] == ' ' && (second == '|' || second == '-' || second == '\u2013'
          || second == '\u2014' || second == ':')) {
        for (String sep : SEPARATORS) {
          if (LineShape.startsWith(t, sep, i, to)) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Whether the site name after the separator at {@code cut} (t[cut, to), which ends in a
   * character String.strip() keeps) is not blank and has at most six words: what
   * {@code tail.replaceFirst("^\\s*[|\\-–—:]\\s*", "")}, {@code isBlank()} and
   * {@code split("\\s+").length <= 6} answer, without the regular expressions.
   */
  private static boolean shortTail(char[] t, int cut, int to) {
    // the separator is a space, one of |-–—: and whitespace (\s): the pattern strips all three
    int i = cut + 2;
    while (i < to && isRegexSpace(t[i])) {
      i++;
    }
    boolean blank = true;
    for (int k = i; k < to; k++) {
      if (!Character.isWhitespace(t[k])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      return false;
    }
    // the tail starts with a non-\s char and ends with a non-whitespace one: split("\\s+")
    // gives one piece more than it has runs of \s
    int runs = 0;
    for (int k = i + 1; k < to; k++) {
      if (isRegexSpace(t[k]) && !isRegexSpace(t[k - 1])) {
        runs++;
        if (runs + 1 > 6) {
          return false;
        }
      }
    }
    return true;
  }

  /** Where {@code t[from, to)} starts once String.strip() has cut its leading whitespace. */
  private static int strippedStart(char[] t, int from, int to) {
    while (from < to && isWhitespace(t[from])) {
      from++;
    }
    return from;
  }

  /** Where {@code t[from, to)} ends once String.strip() has cut its trailing whitespace. */
  private static int strippedEnd(char[] t, int from, int to) {
    while (to > from && isWhitespace(t[to - 1])) {
      to--;
    }
    return to;
  }

  // Character.isWhitespace(c), without its table lookup for the printable ASCII chars
  private static boolean isWhitespace(char c) {
    return c > ' ' && c < 128 ? false : Character.isWhitespace(c);
  }

  // what \s matches without UNICODE_CHARACTER_CLASS
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether the line's {@link #letters} equal the head's, or one starts with the other (at least
   * 15 letters, lengths within 40), compared without building the line's letters.
   */
  private static boolean repeatsHead(String raw, String head) {
    int headLength = head.length();
    int common = 0;
    int length = 0;
    boolean diverged = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Chars.isLetterOrDigit(c)) {
        char lower = Character.toLowerCase(c);
        if (!diverged && length < headLength && head.charAt(length) == lower) {
          common++;
        } else {
          diverged = true;
          // the letters no longer start with the head, nor the head with them (a later
          // letter only adds to the length): no answer below can be true any more
          if (common < headLength) {
            return false;
          }
        }
        length++;
        if (diverged && length - headLength >= 40) {
          return false;
        }
      }
    }
    // common == length: the head starts with the line's letters; common == headLength: the
    // line's letters start with the head
    return (length == headLength && common == headLength)
        || (length >= 15 && (common == length || common == headLength)
            && Math.abs(length - headLength) < 40);
  }

  private static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static String letters(char[] t, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = t[i];
      if (Chars.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * A caption between headline and article: the second non-blank line when the first is a short
   * headline, the third is prose, and the second is a short non-sentence line that is not a
   * dateline, a byline or the headline again.
   */
  private int captionAfterHeadline(List<Line> lines, char[] chars, int[] idx, LineShape[] shapes,
      boolean[] sentence, boolean[] prose, int n, int title) {
    int h = title == 0 ? 1 : 0;
    int c = h + 1;
    if (c + 1 >= n) {
      return -1;
    }
    // a sentence is neither (and has no full shape): the tests below would say so too
    if (sentence[h] || sentence[c]) {
      return -1;
    }
    LineShape head = shapes[h];
    LineShape cap = shapes[c];
    String headText = lines.get(idx[h]).text();
    String capText = lines.get(idx[c]).text();
    if (head.sentence() || head.prose() || head.words() < 3 || isDate(lines.get(idx[h]), chars)
        || cap.sentence() || cap.prose() || cap.colonHeader() || cap.words() < 4
        || cap.words() > 16 || isDate(lines.get(idx[c]), chars) || byline.matcher(capText).find()
        || !prose[c + 1]) {
      return -1;
    }
    // both lines must stand as their own paragraphs: a caption block, not a wrapped title
    if (idx[c] - idx[h] < 2 || idx[c + 1] - idx[c] < 2) {
      return -1;
    }
    String a = letters(headText);
    String b = letters(capText);
    if (a.startsWith(b) || b.startsWith(a)) {
      return -1;
    }
    return c;
  }

  /** Whether the dateline pattern finds a match in the line, whose chars are in {@code chars}. */
  private boolean isDate(Line line, char[] chars) {
    if (dateline == null) {
      return false;
    }
    String t = line.text();
    if (datelineNeedsDigit || datelineRequires != null) {
      int digits = digits(t);
      if (datelineNeedsDigit && digits == NO_DIGIT) {
        return false;
      }
      if (datelineRequires != null && digits != OTHER_DIGIT
          && !datelineScan.mayMatch(chars, line.content().start(), line.content().end())) {
        return false;
      }
    }
    return dateline.matcher(t).find();
  }

  private static final int NO_DIGIT = 0;
  private static final int ASCII_DIGITS = 1;
  /** A digit of another script, or a surrogate: the scan reads '0' as ASCII digits only. */
  private static final int OTHER_DIGIT = 2;

  // the digits of the line: those \d matches with UNICODE_CHARACTER_CLASS (a surrogate may be
  // half of a digit outside the BMP)
  private static int digits(String t) {
    int digits = NO_DIGIT;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = ASCII_DIGITS;
      } else if (c >= 128 && (Chars.isDigit(c) || Character.isSurrogate(c))) {
        return OTHER_DIGIT;
      }
    }
    return digits;
  }

  /** Registers the detector as {@code detector: page-layout}. */
  public static final class Factory implements DetectorFactory {
    @Override
    public String name() {
      return "page-layout";
    }

    @Override
    public Set<String> keys() {
      return Set.of("threshold", "weights", "dateline", "datelineNeedsDigit", "datelineRequires",
          "byline", "listHeader", "commentHeader", "footerLine", "readerAddress",
          "corpusMinDocuments");
    }

    @Override
    public Rule create(RuleMeta meta, RuleParams p) {
      Map<String, Double> wt = new HashMap<>();
      for (String entry : p.strings("weights")) {
        String[] kv = entry.split("=", 2);
        if (kv.length != 2) {
          throw p.error("weights", "entries must read name=number, got '" + entry + "'");
        }
        try {
          wt.put(kv[0].strip().toLowerCase(Locale.ROOT), Double.parseDouble(kv[1].strip()));
        } catch (NumberFormatException e) {
          throw p.error("weights", "entry '" + entry + "' has no number after '='");
        }
      }
      Set<String> known = Set.of("topzone", "bottomzone", "shortatbottom", "leadsarticle", "menuitem", "bodyrunfactor", "moretextfactor", "run2", "run3", "run5",
          "headlinerun", "teaser", "symbolic", "punctuationonly", "repeatedinpage", "corpusseen",
          "corpusfrequent", "dateline", "bulletinbody", "introducedlist", "numberedlist", "pageend",
          "noprose");
      for (String k : wt.keySet()) {
        if (!known.contains(k)) {
          throw p.error("weights", "names unknown weight '" + k + "'; known: " + known);
        }
      }
      Weights weights = new Weights(p.number("threshold", 3.0), wt.getOrDefault("topzone", 1.0),
          wt.getOrDefault("bottomzone", 2.0), wt.getOrDefault("shortatbottom", 1.0), wt.getOrDefault("leadsarticle", -1.0), wt.getOrDefault("menuitem", 0.5), wt.getOrDefault("bodyrunfactor", 0.5),
          wt.getOrDefault("moretextfactor", 0.5),
          wt.getOrDefault("run2", 0.5), wt.getOrDefault("run3", 1.5), wt.getOrDefault("run5", 2.5),
          wt.getOrDefault("headlinerun", 1.0), wt.getOrDefault("teaser", 2.0),
          wt.getOrDefault("symbolic", 2.5), wt.getOrDefault("punctuationonly", 5.0),
          wt.getOrDefault("repeatedinpage", 1.5), wt.getOrDefault("corpusseen", 1.5),
          wt.getOrDefault("corpusfrequent", 2.5), wt.getOrDefault("dateline", -2.0),
          wt.getOrDefault("bulletinbody", -1.0), wt.getOrDefault("introducedlist", -3.0),
          wt.getOrDefault("numberedlist", -3.0), wt.getOrDefault("pageend", 1.0),
          wt.getOrDefault("noprose", 0.0), p.integer("corpusMinDocuments", 2));
      Pattern date = p.has("dateline") ? p.pattern("dateline", p.string("dateline", ""), false)
          : null;
      Pattern by = p.pattern("byline", p.string("byline", "^\\W*by\\s"), false);
      List<String> requires = null;
      if (p.has("datelineRequires")) {
        List<String> literals = p.strings("datelineRequires");
        for (String l : literals) {
          if (l.isEmpty() || l.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            throw p.error("datelineRequires", "entries must be non-empty text without "
                + "characters outside the BMP, got '" + l + "'");
          }
        }
        requires = literals;
      }
      return new PageLayoutDetector(meta, weights, date, p.bool("datelineNeedsDigit", false),
          requires, by, optionalPattern(p, "listHeader"), optionalPattern(p, "commentHeader"),
          optionalPattern(p, "footerLine"), optionalPattern(p, "readerAddress"));
    }

    /** The pattern under {@code key}, or null when the rule file has none. */
    private static Pattern optionalPattern(RuleParams p, String key) {
      return p.has(key) ? p.pattern(key, p.string(key, ""), false) : null;
    }
  }
}
