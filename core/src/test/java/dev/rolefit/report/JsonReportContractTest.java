package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.RequirementKind;
import dev.rolefit.model.RequirementStatus;
import dev.rolefit.model.Target;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * docs/json-report.md cannot drift from the writer: every field the JSON writer emits for the
 * bundled samples (a posting included, so requirements appear) is named there, by its path.
 */
class JsonReportContractTest {
  private static final Path DOC = Path.of("../docs/json-report.md");
  private static final Path SAMPLES = Path.of("../examples/resumes");

  @Test
  void everyEmittedFieldIsDocumented() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String posting =
        Files.readString(
            Path.of("../examples/postings/nlp-scientist-posting.txt"), StandardCharsets.UTF_8);
    List<FitReport> reports = new ArrayList<>();
    Target entryApplied = Target.of(Level.ENTRY, "applied");
    reports.add(
        TestSupport.roleFit()
            .analyze(SAMPLES.resolve("applied-entry-scientist.txt"), entryApplied, posting));
    reports.add(
        TestSupport.roleFit()
            .analyze(SAMPLES.resolve("nlp-mid-scientist.txt"), Target.of(Level.MID, "nlp")));
    Set<String> paths = new TreeSet<>();
    for (FitReport r : reports) {
      StringWriter w = new StringWriter();
      new JsonReportWriter().write(r, w);
      collect(JsonReportWriter.mapper().readTree(w.toString()), "", paths);
    }
    assertTrue(paths.contains("requirements[].status"), "the posting's requirements are seen");
    assertTrue(paths.contains("skills[].evidence[].matchStart"), paths.toString());
    List<String> missing = new ArrayList<>();
    for (String p : paths) {
      // An evidence item is documented once for skills, responsibilities and requirements.
      int ev = p.lastIndexOf("evidence[].");
      String generic = ev >= 0 ? p.substring(ev) : p;
      if (!doc.contains("`" + p + "`") && !doc.contains("`" + generic + "`")) {
        missing.add(p);
      }
    }
    assertEquals(List.of(), missing, "fields the writer emits that docs/json-report.md lacks");
  }

  @Test
  void theDocumentsExampleParsesAndHasEveryTopLevelField() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int from = doc.indexOf("```json\n");
    int to = doc.indexOf("\n```", from + 1);
    assertTrue(from >= 0 && to > from, "an example");
    JsonNode example = JsonReportWriter.mapper().readTree(doc.substring(from + 8, to));
    List<String> names = new ArrayList<>();
    example.fieldNames().forEachRemaining(names::add);
    List<String> want = new ArrayList<>();
    FitReport r =
        TestSupport.analyzeText(
            "Jane Roe\nEXPERIENCE\n- Built machine learning models in Python\n",
            Target.of(Level.MID, "nlp"));
    StringWriter w = new StringWriter();
    new JsonReportWriter()
        .write(
            r.withPosting(
                new FitReport.PostingInfo("Scientist", "Acme", 100.0, 1, 1),
                List.of(
                    new FitReport.RequirementResult(
                        "Python",
                        RequirementKind.SKILL,
                        true,
                        RequirementStatus.MET,
                        "Shown in your work: Python.",
                        List.of())),
                List.of()),
            w);
    JsonReportWriter.mapper().readTree(w.toString()).fieldNames().forEachRemaining(want::add);
    assertEquals(want, names, "the example has the writer's fields in the writer's order");
  }

  private static void collect(JsonNode n, String path, Set<String> out) {
    if (n.isObject()) {
      for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
        collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (n.isArray()) {
      if (n.isEmpty()) {
        out.add(path + "[]");
      }
      for (JsonNode x : n) {
        collect(x, path + "[]", out);
      }
    } else {
      out.add(path);
    }
  }
}
