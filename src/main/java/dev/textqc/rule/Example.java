package dev.textqc.rule;

/**
 * A rule's own test case.
 *
 * @param text the input
 * @param output for an incorrect example, the expected cleaned text (null: only must be flagged)
 */
public record Example(String text, String output) {}
