package dev.textqc.rule;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The settings of one rule file, with accessors that fail with the file, rule id and key named.
 * List files ({@code *File} keys) are resolved next to the rule file: one entry per line, blank
 * lines and lines starting with {@code #} ignored.
 */
public final class RuleParams {
  private final JsonNode node;
  private final RuleFile file;
  private final String ruleId;

  RuleParams(JsonNode node, RuleFile file, String ruleId) {
    this.node = node;
    this.file = file;
    this.ruleId = ruleId;
  }

  public boolean has(String key) {
    return node.has(key) && !node.get(key).isNull();
  }

  public String string(String key, String dflt) {
    if (!has(key)) {
      return dflt;
    }
    JsonNode v = node.get(key);
    if (!v.isValueNode()) {
      throw error(key, "must be a single value, not " + v.getNodeType().name().toLowerCase());
    }
    return v.asText();
  }

  public String requiredString(String key) {
    String v = string(key, null);
    if (v == null || v.isBlank()) {
      throw error(key, "is required");
    }
    return v;
  }

  public int integer(String key, int dflt) {
    if (!has(key)) {
      return dflt;
    }
    JsonNode v = node.get(key);
    if (!v.canConvertToInt()) {
      throw error(key, "must be a whole number, got '" + v.asText() + "'");
    }
    return v.asInt();
  }

  public double number(String key, double dflt) {
    if (!has(key)) {
      return dflt;
    }
    JsonNode v = node.get(key);
    if (!v.isNumber()) {
      throw error(key, "must be a number, got '" + v.asText() + "'");
    }
    return v.asDouble();
  }

  public boolean bool(String key, boolean dflt) {
    if (!has(key)) {
      return dflt;
    }
    JsonNode v = node.get(key);
    if (!v.isBoolean()) {
      throw error(key, "must be true or false, got '" + v.asText() + "'");
    }
    return v.asBoolean();
  }

  public List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    if (!has(key)) {
      return out;
    }
    JsonNode v = node.get(key);
    if (v.isValueNode()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw error(key, "must be a list of strings");
    }
    for (JsonNode e : v) {
      if (!e.isValueNode()) {
        throw error(key, "must be a list of strings");
      }
      out.add(e.asText());
    }
    return out;
  }

  /** Entries of an inline list {@code key} plus those of the list file named by {@code fileKey}. */
  public List<String> stringsWithFile(String key, String fileKey) {
    List<String> out = strings(key);
    for (String name : strings(fileKey)) {
      out.addAll(readListFile(fileKey, name));
    }
    return out;
  }

  public List<String> readListFile(String key, String name) {
    RuleFile p = file.sibling(name);
    if (p == null) {
      throw error(key, "names '" + name + "', which does not exist next to the rule file");
    }
    List<String> out = new ArrayList<>();
    for (String line : RuleFile.lines(p)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(t);
      }
    }
    return out;
  }

  public Pattern pattern(String key, String value, boolean caseSensitive) {
    try {
      int flags = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
      if (!caseSensitive) {
        flags |= Pattern.CASE_INSENSITIVE;
      }
      return Pattern.compile(value, flags);
    } catch (PatternSyntaxException e) {
      throw error(key, "is not a valid regular expression: " + e.getDescription() + " near index "
          + e.getIndex() + " in " + value);
    }
  }

  public RuleConfigException error(String key, String problem) {
    return new RuleConfigException(file + ": rule " + ruleId + ": key '" + key + "' " + problem);
  }

  /** The rule file, as shown in messages. */
  public String file() {
    return file.toString();
  }

  public String ruleId() {
    return ruleId;
  }
}
