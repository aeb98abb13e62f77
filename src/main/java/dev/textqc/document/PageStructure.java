package dev.textqc.document;

import java.util.List;
import java.util.Objects;

/**
 * The layout a text was extracted from, kept so later stages can judge a line by where it sat on
 * the page (a menu, a sidebar, the article body) and not only by its words. Extractors of
 * structured input (HTML) fill it; plain text has none.
 *
 * <p>{@code blocks.get(i)} describes line {@code i} of the extracted text: one block (heading,
 * paragraph, list item, caption, table cell) per line. {@code nodes} is a skeleton of the element
 * tree the blocks hang from, parents before children, so content can be scored per container.
 *
 * @param nodes elements that contain at least one block; {@code nodes.get(0)} is the root
 * @param blocks one per line of the extracted text
 */
public record PageStructure(List<Node> nodes, List<Block> blocks) {

  public PageStructure {
    nodes = List.copyOf(nodes);
    blocks = List.copyOf(blocks);
  }

  /**
   * One element of the page.
   *
   * @param tag lower-case tag name
   * @param hints lower-case class, id, role and itemprop words of the element, space-separated
   * @param parent index of the parent node, -1 for the root
   * @param depth distance from the root
   */
  public record Node(String tag, String hints, int parent, int depth) {
    public Node {
      Objects.requireNonNull(tag, "tag");
      hints = hints == null ? "" : hints;
    }
  }

  /**
   * One block of text, as it appears on one line of the extracted text.
   *
   * @param node the innermost element holding the block (index into {@link #nodes})
   * @param tag that element's tag (p, h2, li, td, figcaption, ...)
   * @param chars non-space characters of the block
   * @param linkChars non-space characters inside links
   * @param commas commas and sentence punctuation, a cheap sign of running prose
   */
  public record Block(int node, String tag, int chars, int linkChars, int commas) {

    /** Share of the block's characters that sit inside links. */
    public double linkDensity() {
      return chars == 0 ? 0 : linkChars / (double) chars;
    }
  }

  /** Whether {@code ancestor} is {@code node} or one of its ancestors. */
  public boolean within(int node, int ancestor) {
    int n = node;
    while (n >= 0) {
      if (n == ancestor) {
        return true;
      }
      n = nodes.get(n).parent();
    }
    return false;
  }
}
