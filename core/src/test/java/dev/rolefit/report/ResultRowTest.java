package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.Quality;
import dev.rolefit.model.DateAnchor;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.EntryInfo;
import dev.rolefit.model.FitReport.Note;
import dev.rolefit.model.FitReport.SkillResult;
import dev.rolefit.model.FitReport.SpecializationScore;
import dev.rolefit.model.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking row says why a resume ranked where it did, from the report alone. */
class ResultRowTest {

  private static SkillResult skill(
      String id, double weight, boolean required, EvidenceStatus status) {
    return new SkillResult(
        id,
        id.toUpperCase(java.util.Locale.ROOT),
        "tool",
        "g",
        weight,
        required,
        0.5,
        status,
        List.of());
  }

  private static final List<SkillResult> SKILLS =
      List.of(
          skill("a", 0.9, true, EvidenceStatus.FOUND),
          skill("b", 1.0, true, EvidenceStatus.WEAK),
          skill("c", 0.8, true, EvidenceStatus.FOUND),
          skill("d", 0.95, true, EvidenceStatus.FOUND),
          skill("e", 0.9, true, EvidenceStatus.LISTED),
          skill("f", 0.7, true, EvidenceStatus.MISSING),
          skill("g", 1.0, true, EvidenceStatus.MISSING),
          skill("h", 0.3, false, EvidenceStatus.MISSING),
          skill("i", 0.3, false, EvidenceStatus.FOUND));

  private static FitReport report(
      List<SpecializationScore> specs, List<EntryInfo> entries, List<Note> notes, String name) {
    return report(specs, entries, notes, name, null);
  }

  private static FitReport report(
      List<SpecializationScore> specs,
      List<EntryInfo> entries,
      List<Note> notes,
      String name,
      FitReport.PostingInfo posting) {
    return new FitReport(
        FitReport.SCHEMA_VERSION,
        new FitReport.Tool("rolefit", "t"),
        new FitReport.ProfileRef("role", "1"),
        new FitReport.DocumentInfo(
            "cv.pdf",
            "application/pdf",
            2,
            100,
            new FitReport.QualityInfo(Quality.Status.OK, List.of())),
        new FitReport.TargetInfo("role", Level.MID, "nlp"),
        new FitReport.Score(61.25, 70, 50, Reports.band("good")),
        SKILLS,
        List.of(),
        new FitReport.LevelEstimate(Level.MID, Level.SENIOR, 0.5, 9.0, 103, List.of()),
        specs,
        List.of(),
        entries,
        new FitReport.DateAnchorInfo("2024-06", DateAnchor.Source.CLOCK),
        List.of(),
        posting,
        List.of(),
        notes,
        new FitReport.Candidate(name));
  }

  private static EntryInfo entry(EntryKind kind, String title, String start, String end) {
    return new EntryInfo(kind, title, "", start, end, false, 12, 1.0);
  }

  private static Map<String, Object> byColumn(ResultRow row, int rank) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Object> cells = row.cells(rank);
    assertEquals(ResultRow.COLUMNS.size(), cells.size(), "one cell per column");
    for (int i = 0; i < cells.size(); i++) {
      m.put(ResultRow.COLUMNS.get(i).name(), cells.get(i));
    }
    return m;
  }

  @Test
  void theColumnsAreTheRankingsContractInOrder() {
    List<String> names = ResultRow.COLUMNS.stream().map(ResultRow.Column::name).toList();
    assertEquals(
        List.of(
            "rank",
            "file",
            "name",
            "title",
            "years",
            "estimated_level",
            "target_level",
            "specialization",
            "best_specialization",
            "best_specialization_score",
            "score",
            "band",
            "keywords",
            "responsibilities",
            "required_found",
            "required_listed",
            "required_missing",
            "top_matched",
            "top_missing",
            "stuffing",
            "posting_match",
            "quality",
            "error_kind",
            "error_message",
            "outcome",
            "pages",
            "secondary_specialization"),
        names);
  }

  @Test
  void aScoredRowExplainsItsRank() {
    FitReport r =
        report(
            List.of(new SpecializationScore("nlp", 42.5), new SpecializationScore("rl", 10)),
            List.of(
                entry(EntryKind.EMPLOYMENT, "Analyst", "2015-01", "2018-12"),
                entry(EntryKind.EMPLOYMENT, "  Senior   Scientist ", "2019-01", "2024-06"),
                entry(EntryKind.EDUCATION, "PhD", "2020-01", "2024-06"),
                entry(EntryKind.PROJECT, "Side project", "2024-01", "2024-06")),
            List.of(new Note("keyword-stuffing", "stuffed")),
            "Jane Doe");
    Map<String, Object> m = byColumn(ResultRow.of(7, "dir/cv.pdf", r), 3);
    assertEquals(3, m.get("rank"));
    assertEquals("dir/cv.pdf", m.get("file"));
    assertEquals("Jane Doe", m.get("name"));
    assertEquals("Senior Scientist", m.get("title"), "the latest job, spaces made single");
    assertEquals(8.6, m.get("years"), "103 professional months");
    assertEquals("senior", m.get("estimated_level"));
    assertEquals("mid", m.get("target_level"), "asked for: no auto-level note");
    assertEquals("nlp", m.get("specialization"));
    assertEquals("nlp", m.get("best_specialization"));
    assertEquals(42.5, m.get("best_specialization_score"));
    assertEquals(61.25, m.get("score"));
    assertEquals(4, m.get("required_found"), "found and weak");
    assertEquals(1, m.get("required_listed"));
    assertEquals(2, m.get("required_missing"));
    assertEquals("B;D;A", m.get("top_matched"), "required only, by weight, ties by strength/id");
    assertEquals("G;F", m.get("top_missing"));
    assertEquals(true, m.get("stuffing"));
    assertNull(m.get("posting_match"), "no posting");
    assertEquals("ok", m.get("quality"));
    assertNull(m.get("error_kind"));
    assertEquals("ok", m.get("outcome"));
    assertEquals(2, m.get("pages"));
    assertNull(m.get("secondary_specialization"), "rl is no secondary");
  }

  @Test
  void aCloseSecondSpecializationIsNamed() {
    FitReport r =
        report(
            List.of(
                new SpecializationScore("nlp", 70, FitKind.PRIMARY),
                new SpecializationScore("deep-learning", 64, FitKind.SECONDARY),
                new SpecializationScore("rl", 10)),
            List.of(),
            List.of(),
            "");
    Map<String, Object> m = byColumn(ResultRow.of(1, "cv.txt", r), 1);
    assertEquals("nlp", m.get("best_specialization"));
    assertEquals("deep-learning", m.get("secondary_specialization"));
  }

  @Test
  void anAutomaticTargetLeavesTheTargetColumnsEmptyAndNoFitMeansNoBestSpecialization() {
    List<SpecializationScore> none = new ArrayList<>();
    for (String id : List.of("reinforcement-learning", "applied", "nlp")) {
      none.add(new SpecializationScore(id, 0));
    }
    FitReport r =
        report(
            none,
            List.of(entry(EntryKind.VOLUNTEER, "Helper", "2023-01", "2024-06")),
            List.of(new Note("auto-level", "x"), new Note("auto-specialization", "y")),
            "");
    Map<String, Object> m = byColumn(ResultRow.of(0, "chef.txt", r), 1);
    assertNull(m.get("target_level"));
    assertNull(m.get("specialization"));
    assertNull(m.get("best_specialization"), "a chef is no reinforcement-learning scientist");
    assertNull(m.get("best_specialization_score"));
    assertNull(m.get("name"));
    assertNull(m.get("title"), "volunteering is not a job");
    assertEquals(false, m.get("stuffing"));
  }

  @Test
  void aFailedRowHasOnlyItsFileAndError() {
    ResultRow f = ResultRow.failed(3, "x.pdf", "encrypted", "the PDF is encrypted");
    assertFalse(f.isOk());
    Map<String, Object> m = byColumn(f, 0);
    assertEquals("x.pdf", m.get("file"));
    assertEquals("encrypted", m.get("error_kind"));
    assertEquals("the PDF is encrypted", m.get("error_message"));
    assertEquals("failed", m.get("outcome"));
    for (String empty :
        List.of("rank", "score", "years", "required_found", "stuffing", "pages", "top_matched")) {
      assertNull(m.get(empty), empty);
    }
  }

  @Test
  void everyCellHasItsColumnsType() {
    ResultRow ok =
        ResultRow.of(
            1,
            "a",
            report(
                List.of(new SpecializationScore("nlp", 1)),
                List.of(entry(EntryKind.EMPLOYMENT, "T", "2020-01", "2021-01")),
                List.of(),
                "Jane Doe"));
    for (ResultRow row : List.of(ok, ResultRow.failed(2, "b", "corrupt", null))) {
      List<Object> cells = row.cells(1);
      for (int i = 0; i < cells.size(); i++) {
        Object c = cells.get(i);
        if (c == null) {
          continue;
        }
        Class<?> want =
            switch (ResultRow.COLUMNS.get(i).type()) {
              case TEXT -> String.class;
              case NUMBER -> Double.class;
              case INTEGER -> Integer.class;
              case BOOLEAN -> Boolean.class;
            };
        assertTrue(want.isInstance(c), ResultRow.COLUMNS.get(i) + " holds " + c.getClass());
      }
    }
  }

  @Test
  void thePostingMatchFillsItsColumnOnlyInJobPostingMode() {
    FitReport plain = report(List.of(), List.of(), List.of(), "");
    assertEquals(null, byColumn(ResultRow.of(1, "a.pdf", plain), 1).get("posting_match"));
    FitReport withPosting =
        report(
            List.of(),
            List.of(),
            List.of(),
            "",
            new FitReport.PostingInfo("Scientist", "Acme", 62.5, 4, 2));
    assertEquals(62.5, byColumn(ResultRow.of(1, "a.pdf", withPosting), 1).get("posting_match"));
    assertEquals(
        "62.5",
        ResultRow.format(byColumn(ResultRow.of(1, "a.pdf", withPosting), 1).get("posting_match")));
  }
}
