package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.textqc.document.Span;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The report page's highlighting, a sweep over the span boundaries, writes what the filter of
 * every finding at every boundary wrote before it (kept here as the reference), on random
 * overlapping findings of every action, empty insertions included.
 */
class HtmlReportHighlightTest {

  @Test
  void theSweepWritesWhatFilteringEveryFindingAtEveryCutWrote() {
    Random random = new Random(20261123);
    Action[] actions = Action.values();
    Category[] categories = Category.values();
    for (int round = 0; round < 3_000; round++) {
      int len = random.nextInt(30);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < len; i++) {
        text.append("ab \n<&".charAt(random.nextInt(6)));
      }
      List<Annotation> anns = new ArrayList<>();
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        int s = random.nextInt(len + 1);
        int e = s + random.nextInt(len - s + 1);
        Action action = actions[random.nextInt(actions.length)];
        anns.add(new Annotation("R" + k, categories[random.nextInt(categories.length)], "t",
            Severity.WARNING, new Span(s, e), action,
            action == Action.REPLACE ? (random.nextBoolean() ? "x" : "") : null, "m", 0.5));
      }
      StringBuilder expected = new StringBuilder();
      reference(expected, text.toString(), anns);
      StringBuilder actual = new StringBuilder();
      HtmlReport.highlight(actual, text.toString(), anns);
      assertEquals(expected.toString(), actual.toString(), text + " " + anns);
    }
  }

  // the highlighting as it was written before the sweep

  static void replacement(StringBuilder sb, Annotation a, int i, boolean[] opened) {
    sb.append("<ins class=\"rep c-").append(a.category().id()).append("\"").append(data(a));
    if (!opened[i]) {
      sb.append(" id=\"f").append(i).append("\"");
      opened[i] = true;
    }
    String shown = a.replacement().isEmpty() ? "∅" : a.replacement().replace("\n", "↵");
    sb.append(" title=\"").append(HtmlReport.esc(a.rule())).append("\">")
        .append(HtmlReport.esc(shown)).append("</ins>");
  }

  static String data(Annotation a) {
    return " data-cat=\"" + a.category().id() + "\" data-sev=\"" + a.severity().id() + "\"";
  }

  private static void reference(StringBuilder sb, String text, List<Annotation> anns) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Annotation a : anns) {
      cuts.add(a.span().start());
      cuts.add(a.span().end());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < anns.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> anns.get(i).span().start())
        .thenComparing(i -> -anns.get(i).span().end()));
    boolean[] opened = new boolean[anns.size()];
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null) {
        int from = prev;
        List<Integer> active = order.stream().filter(i -> {
          Annotation a = anns.get(i);
          return a.span().start() <= from && a.span().end() >= cut && !a.span().isEmpty();
        }).toList();
        boolean removed = false;
        for (int i : active) {
          Annotation a = anns.get(i);
          removed |= a.action() == Action.REMOVE;
          sb.append("<mark class=\"f c-").append(a.category().id()).append(" a-")
              .append(a.action().id()).append("\"").append(HtmlReportHighlightTest.data(a));
          if (!opened[i]) {
            sb.append(" id=\"f").append(i).append("\"");
            opened[i] = true;
          }
          sb.append(">");
        }
        String piece = HtmlReport.esc(text.substring(from, cut));
        sb.append(removed ? piece.replace("\n", "<span class=\"nl\">↵</span>\n") : piece);
        sb.append("</mark>".repeat(active.size()));
      }
      // Replacements of spans ending here, then insertions (empty spans) at this point.
      for (int i : order) {
        Annotation a = anns.get(i);
        if (a.action() == Action.REPLACE && a.span().end() == cut && !a.span().isEmpty()) {
          HtmlReportHighlightTest.replacement(sb, a, i, opened);
        }
      }
      for (int i : order) {
        Annotation a = anns.get(i);
        if (a.action() == Action.REPLACE && a.span().isEmpty() && a.span().start() == cut) {
          HtmlReportHighlightTest.replacement(sb, a, i, opened);
        }
      }
      prev = cut;
    }
  }

}
