package dev.textqc.rule;

import java.util.Set;

/**
 * Builds a Java-coded rule for {@code kind: detector} files: the YAML keeps the rule's identity,
 * message and examples, the code keeps the logic data cannot express.
 */
public interface DetectorFactory {

  /** The detector name used in {@code detector:}. */
  String name();

  /** Rule-file keys this detector reads beyond the common ones. */
  default Set<String> keys() {
    return Set.of();
  }

  Rule create(RuleMeta meta, RuleParams params);
}
