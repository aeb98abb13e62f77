package dev.textqc.pipeline;

/** A rule that threw on a document: reported with the rule id, the document still gets cleaned. */
public record RuleFailure(String ruleId, String documentId, String message) {

  @Override
  public String toString() {
    return documentId + ": rule " + ruleId + " failed: " + message;
  }
}
