package dev.textqc.detect.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words in class, id and role attributes (and the tags) that tell page furniture from article
 * text, as configured in the rule file. A hint word matches an attribute token exactly; a hint of
 * five letters or more also matches inside a token ({@code share} in {@code sharedaddy}), since
 * class names glue words together.
 *
 * <p>Tokens are matched against one trie of all hint words, walked from every position of the
 * token: no token strings, no hashing, no scan over the word list per token. Pages carry
 * thousands of elements, so this runs a lot.
 */
public final class StructureHints {
  static final int NEGATIVE = 1;
  static final int POSITIVE = 2;
  static final int MIXED = 4;
  static final int PURE_POSITIVE = 8;
  /** Hint words shorter than this match whole tokens only. */
  static final int MIN_INNER = 5;
  private static final int ALPHABET = 36; // a-z, 0-9: tokens are runs of these

  private final Set<String> negative;
  private final Set<String> positive;
  private final Set<String> negativeTags;
  private final String[] utilityPrefixes;
  // trie over the hint words: next[node * ALPHABET + symbol], 0 = no edge (0 is the root,
  // never a target); end[node] = NEGATIVE/POSITIVE flags of the word ending there
  private final int[] next;
  private final int[] end;
  private final int[] length;

  /**
   * @param negative words of menus, sidebars, share bars, related links, cookie banners, bylines
   * @param positive words of the article body
   * @param negativeTags elements that hold furniture by definition (nav, aside, footer)
   */
  public StructureHints(Set<String> negative, Set<String> positive, Set<String> negativeTags) {
    this(negative, positive, negativeTags, Set.of());
  }

  /**
   * @param utilityPrefixes words that begin style utility class names ({@code text} in
   *     {@code text-gray-800}, {@code md:text-lg}): there they say how an element looks, not
   *     what it holds, so they are no hint (the class's other words still are)
   */
  public StructureHints(Set<String> negative, Set<String> positive, Set<String> negativeTags,
      Set<String> utilityPrefixes) {
    this.utilityPrefixes = lower(utilityPrefixes).toArray(new String[0]);
    this.negative = lower(negative);
    this.positive = lower(positive);
    this.negativeTags = lower(negativeTags);
    int size = 1;
    for (String w : this.negative) {
      size += w.length();
    }
    for (String w : this.positive) {
      size += w.length();
    }
    int[] nx = new int[size * ALPHABET];
    int[] en = new int[size];
    int[] len = new int[size];
    int used = 1;
    for (int pass = 0; pass < 2; pass++) {
      for (String w : pass == 0 ? this.negative : this.positive) {
        int node = 0;
        boolean ok = true;
        for (int i = 0; i < w.length() && ok; i++) {
          int c = symbol(w.charAt(i));
          if (c < 0) {
            ok = false; // a word with other characters can never equal a token
          } else {
            if (nx[node * ALPHABET + c] == 0) {
              nx[node * ALPHABET + c] = used++;
            }
            node = nx[node * ALPHABET + c];
          }
        }
        if (ok) {
          en[node] |= pass == 0 ? NEGATIVE : POSITIVE;
          len[node] = w.length();
        }
      }
    }
    this.next = nx;
    this.end = en;
    this.length = len;
  }

  private static Set<String> lower(Set<String> words) {
    return words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> negative() {
    return negative;
  }

  public Set<String> positive() {
    return positive;
  }

  public Set<String> negativeTags() {
    return negativeTags;
  }

  /** Hint weight of an element: +1 for article words, -1 for furniture words, or 0. */
  public int weight(String tag, String hints) {
    return weight(tag, flags(hints));
  }

  /** Whether the element carries any furniture word, whatever else it carries. */
  public boolean negative(String tag, String hints) {
    return negativeTags.contains(tag) || (flags(hints) & NEGATIVE) != 0;
  }

  /** Whether an element inside the article is furniture by its tag or hints. */
  public boolean furniture(String tag, String hints) {
    return furniture(tag, flags(hints));
  }

  int weight(String tag, int flags) {
    boolean neg = negativeTags.contains(tag) || (flags & NEGATIVE) != 0;
    boolean pos = (flags & POSITIVE) != 0;
    return neg == pos ? 0 : neg ? -1 : 1;
  }

  /**
   * {@link #NEGATIVE} and/or {@link #POSITIVE} for an element's hint words. Pages repeat the same
   * class strings on hundreds of elements, so callers pass a memo that lives for one page.
   */
  int flags(String hints, Map<String, Integer> memo) {
    if (hints.isEmpty()) {
      return 0;
    }
    Integer known = memo.get(hints);
    if (known == null) {
      known = flags(hints);
      memo.put(hints, known);
    }
    return known;
  }

  /**
   * {@link #NEGATIVE} and/or {@link #POSITIVE} for a space-separated, lower-case hint string,
   * with {@link #MIXED} when one class name joins both kinds of word and {@link #PURE_POSITIVE}
   * when one has article words only.
   */
  int flags(String hints) {
    int flags = 0;
    int n = hints.length();
    int i = 0;
    int word = 0; // flags of the current space-separated class name
    int tokens = 0; // ... and its tokens
    boolean first = true; // no token of this class name seen yet (variant prefixes aside)
    while (i < n) {
      while (i < n && symbol(hints.charAt(i)) < 0) {
        if (isClassSeparator(hints.charAt(i))) {
          flags |= classFlags(tokens >= SLUG_TOKENS ? word & ~NEGATIVE : word);
          word = 0;
          tokens = 0;
          first = true;
        }
        i++;
      }
      int start = i;
      while (i < n && symbol(hints.charAt(i)) >= 0) {
        i++;
      }
      if (i > start) {
        if (first && i < n && hints.charAt(i) == ':') {
          continue; // a variant prefix (md:, hover:) before the class's own name
        }
        boolean utility = first && i < n && !isClassSeparator(hints.charAt(i))
            && isUtility(hints, start, i);
        first = false;
        tokens++;
        if (!utility) {
          word |= token(hints, start, i);
        }
      }
    }
    return flags | classFlags(tokens >= SLUG_TOKENS ? word & ~NEGATIVE : word);
  }

  /**
   * A class name of this many words or more is a slug of the element's text, whose furniture
   * words say nothing ("1-heading-how-popular-are-meditation-and-mindfulness" around a section
   * of a government health article said "popular"); its article words still count, since a
   * post's container often carries its title's slug next to "post". At six words, 40 wcxb pages
   * moved (24 up, 16 down) and two scrapinghub pages leaked a little; at seven, 23 (17 up, 6
   * down, none by more than 0.01 F1) and no scrapinghub page.
   */
  static final int SLUG_TOKENS = 7;

  private static boolean isClassSeparator(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }

  /** Whether token [start, stop) is a utility prefix ({@code text} of {@code text-sm}). */
  private boolean isUtility(String s, int start, int stop) {
    for (String u : utilityPrefixes) {
      if (u.length() == stop - start && s.startsWith(u, start)) {
        return true;
      }
    }
    return false;
  }

  private static int classFlags(int word) {
    return word == (NEGATIVE | POSITIVE) ? word | MIXED
        : word == POSITIVE ? word | PURE_POSITIVE : word;
  }

  /**
   * Whether an element inside the article is furniture by its hints: a furniture word with no
   * article word, or one class name that joins both ({@code single-content-author},
   * {@code post-cta}, {@code entry-footer}: furniture that belongs to the article) with no class
   * of article words only. Separate class names of both kinds ({@code post tag-news}, as
   * WordPress puts on every article) cancel out, as they do for {@link #weight}.
   */
  boolean furniture(String tag, int flags) {
    return weight(tag, flags) < 0
        || (flags & MIXED) != 0 && (flags & PURE_POSITIVE) == 0;
  }

  /** Flags of the words that equal token [start, stop) or, if long, occur inside it. */
  private int token(String s, int start, int stop) {
    int flags = 0;
    int tokenLength = stop - start;
    for (int from = start; from < stop; from++) {
      int node = 0;
      for (int i = from; i < stop; i++) {
        node = next[node * ALPHABET + symbol(s.charAt(i))];
        if (node == 0) {
          break;
        }
        if (end[node] != 0) {
          int len = length[node];
          boolean whole = from == start && i == stop - 1;
          if (whole || len >= MIN_INNER && len < tokenLength) {
            flags |= end[node];
          }
        }
      }
    }
    return flags;
  }

  private static int symbol(char c) {
    if (c >= 'a' && c <= 'z') {
      return c - 'a';
    }
    if (c >= '0' && c <= '9') {
      return 26 + c - '0';
    }
    return -1;
  }
}
