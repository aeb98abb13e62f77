package dev.textqc.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.finding.Category;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole-catalogue checks, as Checkstyle's AllChecksTest: every rule is complete and unique. */
class RuleCatalogueTest {
  private final List<Rule> rules = TestSupport.builtinRules();

  @Test
  void thereAreRulesForTheFirstRun() {
    Set<Category> cats = new HashSet<>();
    rules.forEach(r -> cats.add(r.meta().category()));
    assertTrue(cats.containsAll(Set.of(Category.BOILERPLATE, Category.PUNCTUATION,
        Category.REPETITION)), "categories present: " + cats);
  }

  @Test
  void idsAreUniqueAndEqualTheFileName() {
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      RuleMeta m = r.meta();
      assertTrue(ids.add(m.id()), "duplicate id " + m.id());
      String file = Path.of(m.source()).getFileName().toString();
      assertEquals(m.id(), file.replaceFirst("\\.ya?ml$", ""), "id = file name");
    }
  }

  @Test
  void everyRuleIsDocumentedAndHasBothKindsOfExamples() {
    for (Rule r : rules) {
      RuleMeta m = r.meta();
      assertFalse(m.message().isBlank(), m.id() + " message");
      assertFalse(m.type().isBlank(), m.id() + " type");
      assertFalse(m.description().isBlank(), m.id() + " description");
      assertFalse(m.incorrect().isEmpty(), m.id() + " incorrect examples");
      assertFalse(m.correct().isEmpty(), m.id() + " correct examples");
      assertTrue(m.id().startsWith(prefix(m.category())), m.id() + " prefix for " + m.category());
    }
  }

  private static String prefix(Category c) {
    return switch (c) {
      case BOILERPLATE -> "BP_";
      case GARBLED -> "MT_";
      case QUOTE -> "QUOTE_";
      case PUNCTUATION -> "PUNCT_";
      case REPETITION -> "REP_";
      case ENCODING -> "ENC_";
      case WHITESPACE -> "WS_";
    };
  }
}
