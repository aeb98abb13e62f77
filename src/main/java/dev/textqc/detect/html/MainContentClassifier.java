package dev.textqc.detect.html;

import dev.textqc.document.PageStructure;
import dev.textqc.document.PageStructure.Block;
import dev.textqc.document.PageStructure.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides, block by block, how likely each line of an HTML page is to be furniture rather than the
 * article, from the page structure alone.
 *
 * <ol>
 *   <li>Every block of running text (25+ characters, at most half links) scores its ancestors
 *       the way Readability does: one point, one per comma, one per 100 characters (at most 3);
 *       the parent gets it all, the grandparent half, older ancestors a third per level.</li>
 *   <li>An element starts from a bonus or malus for its tag and its class/id hints; its score is
 *       scaled by the share of its text that is not links. The best element is the article
 *       container; when several near-best elements share an ancestor, that ancestor is.</li>
 *   <li>Siblings of the container that score well, or that are prose paragraphs themselves, join
 *       it (articles split by ads into several wrappers).</li>
 *   <li>Inside the article, blocks under elements with furniture hints (share bars, related
 *       links, bylines, newsletter boxes) or made mostly of links are furniture, and so is a top
 *       heading that repeats the page title.</li>
 * </ol>
 *
 * <p>The result is a score per block: 1 outside the article, 0.9 under furniture hints, the link
 * density for link lists, 0.7 for a repeated title, 0 for article text. A page where no container
 * stands out keeps everything except hinted furniture and link lists.
 */
public final class MainContentClassifier {
  static final double OUTSIDE = 1.0;
  static final double HINTED = 0.9;
  static final double TITLE = 0.7;
  static final double REPEATED = 0.8;
  /** A repeated run must have at least this many lines and characters to count as a copy. */
  private static final int MIN_REPEATED_LINES = 3;
  private static final int MIN_REPEATED_CHARS = 500;
  /** ...and be prose: a plan or table that repeats its rows on purpose has short lines. */
  private static final int MIN_REPEATED_AVERAGE = 50;
  private static final int MIN_PROSE_CHARS = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final int MIN_SHARED_CANDIDATES = 3;
  /**
   * A row of furniture-classed siblings around the densest text is the article cut into parts
   * when it holds at least this share of the article's prose ({@link #partOfDensest}). A guide's
   * chapters held all of it on the page that showed the case; a forum's row of comments, one
   * of which held the densest text, between 70 and 80%, beside the article it answers.
   */
  private static final double ROW_SHARE = 0.9;
  /**
   * A top candidate with less than this share of the page's running text gives way to one that
   * holds half of it and scores half as well ({@link #moreOfThePage}).
   */
  private static final double SMALL_SHARE = 0.1;
  private static final java.util.Set<String> CONTAINER_TAGS = java.util.Set.of("div", "section",
      "article", "main", "td", "body");

  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private MainContentClassifier() {}

  /**
   * Every block's score, and which blocks scored as the top heading that repeats the page title
   * (a link list's density can be the same number, so the score alone does not say).
   */
  public record Judgement(double[] scores, java.util.BitSet titles) {}

  /** Boilerplate score of every block, in block order. */
  public static double[] classify(PageStructure page, List<String> lines, StructureHints hints,
      String title) {
    return judge(page, lines, hints, title).scores();
  }

  /** {@link #classify}, with the blocks judged to be the headline repeating the page title. */
  public static Judgement judge(PageStructure page, List<String> lines, StructureHints hints,
      String title) {
    java.util.BitSet titles = new java.util.BitSet();
    return new Judgement(score(page, lines, hints, title, titles), titles);
  }

  private static double[] score(PageStructure page, List<String> lines, StructureHints hints,
      String title, java.util.BitSet titles) {
    List<Node> nodes = page.nodes();
    List<Block> blocks = page.blocks();
    int n = nodes.size();
    double[] out = new double[blocks.size()];
    if (n == 0 || blocks.isEmpty()) {
      return out;
    }
    int[] weight = new int[n];
    boolean[] negative = new boolean[n];
    boolean[] furniture = new boolean[n];
    List<List<Integer>> children = new ArrayList<>(n);
    java.util.Map<String, Integer> memo = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(i);
      int flags = hints.flags(node.hints(), memo);
      weight[i] = hints.weight(node.tag(), flags);
      furniture[i] = hints.furniture(node.tag(), flags);
      negative[i] = hints.negativeTags().contains(node.tag())
          || (flags & StructureHints.NEGATIVE) != 0;
      children.add(new ArrayList<>());
      if (node.parent() >= 0) {
        children.get(node.parent()).add(i);
      }
    }
    long[] chars = new long[n];
    long[] linkChars = new long[n];
    long[] proseChars = new long[n];
    for (Block b : blocks) {
      boolean prose = isProse(b);
      for (int a = b.node(); a >= 0; a = nodes.get(a).parent()) {
        chars[a] += b.chars();
        linkChars[a] += b.linkChars();
        if (prose) {
          proseChars[a] += b.chars();
        }
      }
    }

    // 1. prose blocks score their ancestors
    double[] score = new double[n];
    boolean[] candidate = new boolean[n];
    for (Block b : blocks) {
      if (!isProse(b)) {
        continue;
      }
      double s = 1 + b.commas() + Math.min(b.chars() / 100.0, 3);
      // text straight inside a container (no <p>) makes that container the first candidate
      int a = CONTAINER_TAGS.contains(b.tag()) ? b.node() : nodes.get(b.node()).parent();
      for (int level = 0; a >= 0 && level < ANCESTOR_LEVELS; level++) {
        if (!candidate[a]) {
          candidate[a] = true;
          score[a] = initialScore(nodes.get(a).tag(), weight[a]);
        }
        score[a] += level == 0 ? s : level == 1 ? s / 2 : s / (level * 3.0);
        a = nodes.get(a).parent();
      }
    }
    // 2. the article container
    double[] fin = new double[n];
    int top = -1;
    for (int i = 0; i < n; i++) {
      if (candidate[i]) {
        fin[i] = score[i] * (1 - (chars[i] == 0 ? 0 : linkChars[i] / (double) chars[i]));
        if (top < 0 || fin[i] > fin[top]) {
          top = i;
        }
      }
    }
    if (top < 0 || fin[top] <= 0) {
      return fallback(page, negative, out);
    }
    top = moreOfThePage(nodes, candidate, fin, proseChars, top);
    int densest = top;
    top = sharedAncestor(nodes, candidate, fin, top);
    top = climb(nodes, chars, linkChars, proseChars, top);

    // 3. siblings that belong to the article
    boolean[] article = new boolean[n];
    article[top] = true;
    int parent = nodes.get(top).parent();
    if (parent >= 0) {
      double threshold = Math.max(10, fin[top] * 0.2);
      for (int c : children.get(parent)) {
        if (c == top) {
          continue;
        }
        double bonus = nodes.get(c).hints().equals(nodes.get(top).hints())
            && !nodes.get(top).hints().isEmpty() ? fin[top] * 0.2 : 0;
        double ld = chars[c] == 0 ? 1 : linkChars[c] / (double) chars[c];
        boolean prose = nodes.get(c).tag().equals("p") && !negative[c]
            && (chars[c] > 80 && ld < 0.25);
        if ((candidate[c] && fin[c] + bonus >= threshold && !negative[c]) || prose) {
          article[c] = true;
        }
      }
    }

    // 4. furniture inside the article
    String normTitle = title == null ? "" : norm(title);
    boolean seenText = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      int root = articleRoot(nodes, article, b.node());
      if (root < 0) {
        out[i] = OUTSIDE;
        continue;
      }
      boolean hinted = false;
      for (int a = b.node(); a >= 0 && a != root; a = nodes.get(a).parent()) {
        // a furniture word on a wrapper that holds most of the article's prose is a misnomer
        // (class="widget-area" around the whole text), not furniture; so is a class name that
        // joins article and furniture words on a wrapper around the densest text (a layout grid
        // named "toc-content-sidebar")
        if (furniture[a] && proseChars[a] * 2 < proseChars[root]
            && (weight[a] < 0 || !isWithin(nodes, densest, a))
            && !(partOfDensest(nodes, furniture, densest, a)
                && siblingsProse(nodes, children, furniture, proseChars, a)
                    >= ROW_SHARE * proseChars[root])) {
          hinted = true;
          break;
        }
      }
      if (hinted) {
        out[i] = HINTED;
      } else if (b.linkDensity() > 0.5) {
        out[i] = b.linkDensity();
      } else if (!seenText && b.tag().equals("h1") && !normTitle.isEmpty()) {
        String heading = norm(lines.get(i));
        if (!heading.isEmpty() && normTitle.contains(heading)) {
          out[i] = TITLE;
          titles.set(i);
        }
      }
      if (out[i] < 0.5 && b.chars() >= MIN_PROSE_CHARS) {
        seenText = true;
      }
    }
    repeatedRuns(blocks, lines, out);
    return out;
  }

  /**
   * Marks a second copy of kept text: a run of kept lines that all repeat earlier kept lines (a
   * page that renders its article twice, for a phone and a desktop layout, one of them hidden by
   * a style sheet; a teaser box that repeats the opening paragraphs). A single repeated line is
   * left alone: articles repeat a short line on purpose (a refrain, a table label).
   */
  static void repeatedRuns(List<Block> blocks, List<String> lines, double[] out) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    int runStart = -1;
    int runLines = 0;
    long runChars = 0;
    for (int i = 0; i <= out.length; i++) {
      boolean end = i == out.length;
      if (!end && out[i] >= 0.5) {
        continue; // removed lines do not break a run: they are not in the text
      }
      boolean repeat = !end && !seen.add(lines.get(i));
      if (repeat) {
        if (runStart < 0) {
          runStart = i;
          runLines = 0;
          runChars = 0;
        }
        runLines++;
        runChars += blocks.get(i).chars();
      } else if (runStart >= 0) {
        if (runLines >= MIN_REPEATED_LINES && runChars >= MIN_REPEATED_CHARS
            && runChars >= (long) MIN_REPEATED_AVERAGE * runLines) {
          for (int k = runStart; k < i; k++) {
            if (out[k] < 0.5) {
              out[k] = REPEATED;
            }
          }
        }
        runStart = -1;
      }
    }
  }

  /**
   * Widens the container while its parent adds mostly running text: an article cut into list
   * items or sections, where one part outscored the whole. Wrappers that add nothing are passed
   * through; a parent that adds menus or link lists stops the climb.
   */
  private static int climb(List<Node> nodes, long[] chars, long[] linkChars, long[] proseChars,
      int top) {
    int best = top;
    for (int a = nodes.get(top).parent(); a > 0; a = nodes.get(a).parent()) {
      long extra = chars[a] - chars[best];
      long extraProse = proseChars[a] - proseChars[best];
      long extraLinks = linkChars[a] - linkChars[best];
      if (extra == 0) {
        continue;
      }
      // teaser lists (headline links with a summary) read as prose but are a fifth links or more
      if (extraProse >= 0.7 * extra && extraProse >= 0.3 * proseChars[best]
          && extraLinks <= 0.2 * extra) {
        best = a;
      } else if (extra > proseChars[best]) {
        break; // the parent is mostly other things: the page, not the article
      }
    }
    return best;
  }

  /**
   * Whether a furniture-hinted element is one of a row of siblings (same tag, furniture words
   * too) that holds the densest text, in one of them or as their parent: the article cut into
   * parts that share one misleading class (the chapters of a guide, each a {@code <section
   * class="toc-para">} under its table of contents).
   */
  private static boolean partOfDensest(List<Node> nodes, boolean[] furniture, int densest,
      int a) {
    int parent = nodes.get(a).parent();
    String tag = nodes.get(a).tag();
    for (int d = densest; d >= 0; d = nodes.get(d).parent()) {
      if (d == parent) {
        return true;
      }
      if (nodes.get(d).parent() == parent) {
        return furniture[d] && nodes.get(d).tag().equals(tag);
      }
    }
    return false;
  }

  /**
   * The prose under a furniture-hinted element and its siblings of the same tag that carry
   * furniture words too: when one of them holds the densest text ({@link #partOfDensest}) and
   * together they hold most of the article, they are the article.
   */
  private static long siblingsProse(List<Node> nodes, List<List<Integer>> children,
      boolean[] furniture, long[] proseChars, int a) {
    int parent = nodes.get(a).parent();
    if (parent < 0) {
      return proseChars[a];
    }
    String tag = nodes.get(a).tag();
    long sum = 0;
    for (int c : children.get(parent)) {
      if (furniture[c] && nodes.get(c).tag().equals(tag)) {
        sum += proseChars[c];
      }
    }
    return sum;
  }

  /**
   * The top candidate, unless it holds little of the page's running text while another one,
   * scoring at least half as well, holds half of it or more: a short box with an article-like class (a
   * newsletter form in {@code <section class="contents">}) outscored a listicle whose twenty
   * entries each sit in wrappers of their own, under a {@code <main>} with 30 times its prose.
   */
  private static int moreOfThePage(List<Node> nodes, boolean[] candidate, double[] fin,
      long[] proseChars, int top) {
    long total = 0;
    for (int i = 0; i < fin.length; i++) {
      if (nodes.get(i).parent() < 0) {
        total += proseChars[i]; // the roots': all of the page's
      }
    }
    if (proseChars[top] >= SMALL_SHARE * total) {
      return top;
    }
    int best = top;
    for (int i = 0; i < fin.length; i++) {
      if (candidate[i] && proseChars[i] >= 0.5 * total && fin[i] >= 0.5 * fin[top]
          && (best == top || fin[i] > fin[best])) {
        best = i;
      }
    }
    return best;
  }

  /** Running text: long enough, and not mostly links. */
  private static boolean isProse(Block b) {
    return b.chars() >= MIN_PROSE_CHARS && b.linkDensity() <= 0.5;
  }

  /** The article node (or included sibling) a block sits in, or -1. */
  private static int articleRoot(List<Node> nodes, boolean[] article, int node) {
    for (int a = node; a >= 0; a = nodes.get(a).parent()) {
      if (article[a]) {
        return a;
      }
    }
    return -1;
  }

  /**
   * When several elements score nearly as well as the best one, the article is probably split
   * among them: take their closest common ancestor that holds at least three of them.
   */
  private static int sharedAncestor(List<Node> nodes, boolean[] candidate, double[] fin,
      int top) {
    List<Integer> close = new ArrayList<>();
    for (int i = 0; i < fin.length; i++) {
      if (i != top && candidate[i] && fin[i] >= 0.75 * fin[top]) {
        close.add(i);
      }
    }
    if (close.size() < MIN_SHARED_CANDIDATES) {
      return top;
    }
    // climb from the top candidate until an ancestor holds enough of the close ones
    for (int a = nodes.get(top).parent(); a > 0; a = nodes.get(a).parent()) {
      int inside = 0;
      for (int c : close) {
        if (isWithin(nodes, c, a)) {
          inside++;
        }
      }
      if (inside >= MIN_SHARED_CANDIDATES) {
        return a;
      }
    }
    return top;
  }

  private static boolean isWithin(List<Node> nodes, int node, int ancestor) {
    for (int a = node; a >= 0; a = nodes.get(a).parent()) {
      if (a == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(String tag, int weight) {
    double base = switch (tag) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return base + 25 * weight;
  }

  /** No container stands out: only hinted furniture and link lists go. */
  private static double[] fallback(PageStructure page, boolean[] negative, double[] out) {
    List<Node> nodes = page.nodes();
    for (int i = 0; i < out.length; i++) {
      Block b = page.blocks().get(i);
      for (int a = b.node(); a >= 0; a = nodes.get(a).parent()) {
        if (negative[a]) {
          out[i] = HINTED;
          break;
        }
      }
      if (out[i] == 0 && b.linkDensity() > 0.5) {
        out[i] = b.linkDensity();
      }
    }
    return out;
  }

  static String norm(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
