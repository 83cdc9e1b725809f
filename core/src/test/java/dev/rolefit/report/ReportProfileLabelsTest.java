package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.FitReport.Score;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.report.internal.Ansi;
import dev.rolefit.report.internal.ReportView;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reports colour the score by the profile's bands and name specializations and levels by the
 * profile: a band the profile calibrates as excellent at 45 is never coloured as a weak 45.
 */
class ReportProfileLabelsTest {
  private static final RoleProfile BUNDLED = TestSupport.roleFit().profile();

  private static FitReport scored(double overall) {
    var band = BUNDLED.scoring().band(overall);
    return Reports.matchingLevel(Reports.with(""), new Score(overall, 50, 50, band));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> score(Map<String, Object> view) {
    return (Map<String, Object>) view.get("score");
  }

  @ParameterizedTest(name = "{0} is {1}, toned {2}")
  @CsvSource({
    "72.4, excellent, good",
    "44.0, strong, good",
    "26.0, strong, good",
    "20.0, fair, fair",
    "12.0, weak, low",
    "3.0, poor, low",
  })
  void theScoreIsColouredByItsBandsToneInTheProfile(double overall, String band, String tone) {
    FitReport r = scored(overall);
    assertEquals(band, r.score().band().id());
    Map<String, Object> s = score(ReportView.of(r, Ansi.COLOR, BUNDLED));
    assertEquals(tone, s.get("tone"));
    String want =
        switch (tone) {
          case "good" -> Ansi.COLOR.good();
          case "fair" -> Ansi.COLOR.warn();
          default -> Ansi.COLOR.bad();
        };
    assertEquals(want, s.get("color"), "the terminal's colour says what the card's tone says");
  }

  @Test
  void aBandsToneInTheProfileIsWhatColoursIt() throws Exception {
    String yaml;
    try (InputStream in =
        ProfileLoader.class
            .getClassLoader()
            .getResourceAsStream("dev/rolefit/corpus/roles/machine-learning-scientist.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    RoleProfile repainted =
        new ProfileLoader()
            .parse(
                yaml.replace(
                    "{name: strong, min: 26, tone: good}", "{name: strong, min: 26, tone: low}"),
                "repainted.yaml");
    FitReport r = scored(30);
    assertEquals("good", score(ReportView.of(r, Ansi.NONE, BUNDLED)).get("tone"));
    assertEquals("low", score(ReportView.of(r, Ansi.NONE, repainted)).get("tone"));
  }

  @Test
  void withoutTheProfileTheScoreIsTonedAsAnyChart() {
    // 44 is strong in the bundled bands, but a writer without the profile cannot know that.
    assertEquals("low", score(ReportView.of(scored(44), Ansi.NONE)).get("tone"));
    assertEquals("good", score(ReportView.of(scored(44), Ansi.NONE, BUNDLED)).get("tone"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void specializationsAndLevelsAreNamedByTheProfile() {
    FitReport r = Reports.with("");
    Map<String, Object> view = ReportView.of(r, Ansi.NONE, BUNDLED);
    String dl = BUNDLED.specialization("deep-learning").orElseThrow().name();
    assertEquals(dl, view.get("targetSpecializationName"));
    List<Map<String, Object>> steps =
        (List<Map<String, Object>>) ((Map<String, Object>) view.get("level")).get("steps");
    assertEquals(
        BUNDLED.levels().stream().map(RoleProfile.LevelSpec::name).toList(),
        steps.stream().map(x -> x.get("name")).toList());
    List<Map<String, Object>> bars =
        (List<Map<String, Object>>)
            ((Map<String, Object>) view.get("specializationChart")).get("bars");
    for (Map<String, Object> bar : bars) {
      assertEquals(
          BUNDLED.specialization((String) bar.get("id")).orElseThrow().name(), bar.get("name"));
    }
  }

  @Test
  void theWriterOfAFormatWithTheProfileShowsItsNames() throws Exception {
    StringWriter md = new StringWriter();
    ReportFormat.MARKDOWN.writer(false, BUNDLED).write(Reports.with(""), md);
    assertTrue(md.toString().contains("specialization Deep Learning"), md.toString());
    StringWriter plain = new StringWriter();
    ReportFormat.MARKDOWN.writer(false).write(Reports.with(""), plain);
    assertTrue(plain.toString().contains("specialization Deep learning"), plain.toString());
  }
}
