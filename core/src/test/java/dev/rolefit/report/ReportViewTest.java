package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.report.internal.Ansi;
import dev.rolefit.report.internal.ReportView;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the report counts and lists: the target's own skills, not the whole role's. */
class ReportViewTest {

  /** 2 required (1 found), 40 core preferred all missing, 100 others found as tools. */
  private static FitReport report() {
    List<SkillResult> skills = new ArrayList<>();
    skills.add(skill("req-found", "hard", 1.0, true, true, 1.0, EvidenceStatus.FOUND));
    skills.add(skill("req-missing-a", "hard", 0.9, true, true, 0, EvidenceStatus.MISSING));
    skills.add(skill("req-missing-b", "method", 0.8, true, true, 0, EvidenceStatus.MISSING));
    for (int i = 0; i < 40; i++) {
      skills.add(
          skill("pref-" + i, "method", 0.6 - i * 0.002, false, true, 0, EvidenceStatus.MISSING));
    }
    for (int i = 0; i < 100; i++) {
      skills.add(skill("other-" + i, "tool", 0.3, false, false, 1.0, EvidenceStatus.FOUND));
      skills.add(
          skill("other-missing-" + i, "hard", 0.65, false, false, 0, EvidenceStatus.MISSING));
    }
    return Reports.withSkills(Reports.with(""), skills);
  }

  private static SkillResult skill(
      String id,
      String cat,
      double w,
      boolean req,
      boolean core,
      double strength,
      EvidenceStatus status) {
    return new SkillResult(id, "Skill " + id, cat, "g", w, req, strength, status, List.of(), core);
  }

  @Test
  @SuppressWarnings("unchecked")
  void coverageByCategoryCountsOnlyTheTargetsOwnSkills() {
    List<Map<String, Object>> cats =
        (List<Map<String, Object>>) ReportView.of(report(), Ansi.NONE).get("categories");
    assertEquals(List.of("hard", "method"), cats.stream().map(c -> c.get("id")).toList());
    Map<String, Object> hard = cats.get(0);
    assertEquals("2", hard.get("total"), "the 100 heavier non-core hard skills do not count");
    assertEquals("1", hard.get("found"));
    assertEquals("53%", hard.get("coverage"), "1.0 of 1.9 weight shown");
    assertEquals("41", cats.get(1).get("total"));
  }

  @Test
  void notFoundListsTheTargetsMostValuableSkillsFirstAndSaysHowManyMore() throws IOException {
    StringWriter w = new StringWriter();
    TemplateReportWriter.html().write(report(), w);
    String html = w.toString();
    Matcher chips =
        Pattern.compile("<span class=\"chip( req)?\">Skill ([a-z0-9-]+)</span>").matcher(html);
    List<String> ids = new ArrayList<>();
    while (chips.find()) {
      ids.add(chips.group(2));
      assertEquals(ids.size() <= 2, chips.group(1) != null, "required ones are marked");
    }
    assertEquals(25, ids.size(), ids.toString());
    assertEquals("req-missing-a", ids.get(0));
    assertEquals("req-missing-b", ids.get(1));
    for (int i = 2; i < 25; i++) {
      assertEquals("pref-" + (i - 2), ids.get(i), "heaviest first");
    }
    assertTrue(html.contains("and 17 more"), "42 missing, 25 shown");
    assertTrue(
        !html.toLowerCase(Locale.ROOT).contains("other-missing"), "no skill outside the target");
  }
}
