package dev.textqc.rule;

/**
 * A rule file that cannot be used. The message names the file, the rule id, the key and what
 * would have been accepted, so the author can fix it without reading our code.
 */
public final class RuleConfigException extends RuntimeException {

  public RuleConfigException(String message) {
    super(message);
  }

  public RuleConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
