package dev.textqc.detect.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words in class, id and role attributes (and the tags) that tell page furniture from article
 * text, as configured in the rule file. A hint word matches an attribute token exactly; a hint of
 * five letters or more also matches inside a token ({@code share} in {@code sharedaddy}), since
 * class names glue words together.
 *
 * @param negative words of menus, sidebars, share bars, related links, cookie banners, bylines
 * @param positive words of the article body
 * @param negativeTags elements that hold furniture by definition (nav, aside, footer)
 */
public record StructureHints(Set<String> negative, Set<String> positive, Set<String> negativeTags) {

  public StructureHints {
    negative = lower(negative);
    positive = lower(positive);
    negativeTags = lower(negativeTags);
  }

  private static Set<String> lower(Set<String> words) {
    return words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Hint weight of an element: +1 for article words, -1 for furniture words, or 0. */
  public int weight(String tag, String hints) {
    boolean neg = negativeTags.contains(tag);
    boolean pos = false;
    if (!hints.isEmpty()) {
      List<String> tokens = Arrays.asList(hints.split("[^a-z0-9]+"));
      neg |= matches(tokens, negative);
      pos = matches(tokens, positive);
    }
    return neg == pos ? 0 : neg ? -1 : 1;
  }

  /** Whether the element carries any furniture word, whatever else it carries. */
  public boolean negative(String tag, String hints) {
    if (negativeTags.contains(tag)) {
      return true;
    }
    return !hints.isEmpty() && matches(Arrays.asList(hints.split("[^a-z0-9]+")), negative);
  }

  private static boolean matches(List<String> tokens, Set<String> words) {
    for (String t : tokens) {
      if (t.isEmpty()) {
        continue;
      }
      if (words.contains(t)) {
        return true;
      }
      for (String w : words) {
        if (w.length() >= 5 && t.length() > w.length() && t.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
