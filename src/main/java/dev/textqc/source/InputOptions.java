package dev.textqc.source;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How to read inputs.
 *
 * @param format {@code auto} (by content: JSONL for .jsonl files, Tika for HTML and other
 *     documents, UTF-8 text otherwise), {@code text}, {@code jsonl} or {@code html}
 * @param idField JSONL field holding the record id
 * @param textField JSONL field holding the text
 * @param include globs a file in a folder must match (relative path), empty for all
 * @param exclude globs that exclude files in folders
 * @param charset the charset of text input, or null for strict UTF-8
 */
public record InputOptions(String format, String idField, String textField, List<String> include,
    List<String> exclude, Charset charset) {

  public InputOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public static InputOptions defaults() {
    return new InputOptions("auto", "id", "text", List.of(), List.of(), null);
  }
}
