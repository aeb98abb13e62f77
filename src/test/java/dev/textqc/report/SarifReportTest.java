package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Severity;
import dev.textqc.pipeline.Result;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report is valid against the published SARIF 2.1.0 schema (vendored as a test
 * resource: {@code sarif/sarif-2.1.0-rtm.5.json}, the final 2.1.0 schema) and carries what
 * code-scanning tools use: rule metadata, regions and fixes that really apply the cleaning.
 */
class SarifReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = SarifReportTest.class.getResourceAsStream(
        "/sarif/sarif-2.1.0-rtm.5.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
          .getSchema(JSON.readTree(in));
    }
  }

  private static Set<ValidationMessage> validate(String sarif) throws Exception {
    return schema.validate(JSON.readTree(sarif));
  }

  @Test
  void reportIsValidAgainstTheSarifSchema() throws Exception {
    Set<ValidationMessage> errors = validate(SarifReport.write(ReportFixtures.data()));
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void aRunOfTheBuiltInRulesIsValidToo() throws Exception {
    // Real rule metadata (multi-line descriptions, every category) and real findings.
    TextQc qc = TestSupport.defaultQc();
    Result r = qc.check(Document.of("content/page one.txt",
        "Weather today\n\n- Advertisement -\n\nRain fell on on the hills. .\n"));
    assertFalse(r.annotations().isEmpty(), "the sample must have findings");
    String sarif = SarifReport.write(new ReportData(List.of(r),
        qc.rules().stream().map(rule -> rule.meta()).toList(), Severity.WARNING, null));
    Set<ValidationMessage> errors = validate(sarif);
    assertTrue(errors.isEmpty(), errors.toString());
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    assertEquals(qc.rules().size(), run.at("/tool/driver/rules").size());
    assertEquals("content/page%20one.txt",
        run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void theValidatorRejectsABrokenLog() throws Exception {
    // Guards the test above: a log with a wrong level and no driver name must not pass.
    String broken = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{}},"
        + "\"results\":[{\"level\":\"loud\",\"message\":{\"text\":\"x\"}}]}]}";
    assertFalse(validate(broken).isEmpty());
  }

  @Test
  void resultsPointAtLinesAndCarryFixesThatApplyTheCleaning() throws Exception {
    Result dirty = ReportFixtures.dirty();
    JsonNode run = JSON.readTree(SarifReport.write(ReportFixtures.data())).get("runs").get(0);
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals("BP_AD_MARKER", rules.get(0).get("id").asText());
    assertEquals("boilerplate", rules.get(0).at("/properties/category").asText());
    // Every rule id a result uses is described, at the index the result names.
    for (JsonNode res : run.get("results")) {
      assertEquals(res.get("ruleId").asText(),
          rules.get(res.get("ruleIndex").asInt()).get("id").asText());
    }
    JsonNode ad = run.get("results").get(0);
    assertEquals("BP_AD_MARKER", ad.get("ruleId").asText());
    assertEquals("warning", ad.get("level").asText());
    JsonNode region = ad.at("/locations/0/physicalLocation/region");
    assertEquals(2, region.get("startLine").asInt());
    assertEquals(1, region.get("startColumn").asInt());
    assertEquals("news/markets.txt",
        ad.at("/locations/0/physicalLocation/artifactLocation/uri").asText());

    // Applying every fix of the document to its text gives exactly the cleaned text.
    String text = dirty.document().text();
    StringBuilder applied = new StringBuilder(text);
    List<JsonNode> fixes = new java.util.ArrayList<>();
    for (JsonNode res : run.get("results")) {
      if (res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
          .equals("news/markets.txt") && res.has("fixes")) {
        fixes.add(res.at("/fixes/0/artifactChanges/0/replacements/0"));
      }
    }
    fixes.sort((x, y) -> y.at("/deletedRegion/charOffset").asInt()
        - x.at("/deletedRegion/charOffset").asInt());
    for (JsonNode rep : fixes) {
      int start = text.offsetByCodePoints(0, rep.at("/deletedRegion/charOffset").asInt());
      int end = text.offsetByCodePoints(start, rep.at("/deletedRegion/charLength").asInt());
      applied.replace(start, end, rep.at("/insertedContent/text").asText(""));
    }
    assertEquals(dirty.cleaned(), applied.toString());
    long edits = dirty.annotations().stream().filter(a -> a.action().edits()).count();
    assertEquals(edits, fixes.size());
  }

  @Test
  void columnsCountCodePointsAfterAnEmoji() throws Exception {
    Result dirty = ReportFixtures.dirty();
    Annotation mojibake = dirty.annotations().stream()
        .filter(a -> a.rule().equals("ENC_MOJIBAKE")).findFirst().orElseThrow();
    JsonNode run = JSON.readTree(SarifReport.write(ReportFixtures.data())).get("runs").get(0);
    assertEquals("unicodeCodePoints", run.get("columnKind").asText());
    JsonNode res = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asText().equals("ENC_MOJIBAKE")) {
        res = r;
      }
    }
    String text = dirty.document().text();
    int lineStart = text.lastIndexOf('\n', mojibake.span().start()) + 1;
    assertEquals(mojibake.span().start() - lineStart + 1,
        res.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(text.codePointCount(0, mojibake.span().start()),
        res.at("/locations/0/physicalLocation/region/charOffset").asInt());
  }

  @Test
  void aCrashedRuleIsAnExecutionNotification() throws Exception {
    JsonNode run = JSON.readTree(SarifReport.write(ReportFixtures.data())).get("runs").get(0);
    JsonNode inv = run.get("invocations").get(0);
    assertFalse(inv.get("executionSuccessful").asBoolean());
    assertEquals("MT_GARBLED",
        inv.at("/toolExecutionNotifications/0/associatedRule/id").asText());
    assertEquals("./feed:rec-7", inv.at("/toolExecutionNotifications/0/locations/0"
        + "/physicalLocation/artifactLocation/uri").asText());
  }
}
