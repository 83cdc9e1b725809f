package dev.rolefit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.RoleFit;
import dev.rolefit.TestSupport;
import dev.rolefit.fixtures.Golden;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files per feature: one report section or one behaviour each, in every format, taken from
 * the rendered output (not the result types) of small fictional resumes scored against the small
 * test profile, so a change shows as a few lines of one section and a change of the bundled profile
 * touches none of them. Regenerate with {@code -Drolefit.golden.update=true} and review the diff
 * (see {@link Golden}); the whole-report goldens of {@link GoldenReportTest} stay beside these.
 */
class FeatureGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/dev/rolefit/golden");
  private static final Path PROFILE = DIR.resolve("fixtures/profile.yaml");
  private static final Map<String, FitReport> REPORTS = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A fictional resume, its target and an optional posting. */
  private enum Fixture {
    /** A mid-level deep-learning scientist, scored at mid, deep-learning. */
    SCIENTIST("scientist.txt", null, Target.of(Level.of("mid"), "deep-learning")),
    /** The same resume against a short job posting. */
    SCIENTIST_POSTING("scientist.txt", "posting.txt", Target.of(Level.of("mid"), "deep-learning")),
    /** A gardener: no machine learning at all, automatic target. */
    GARDENER("gardener.txt", null, Target.auto());

    final String resume;
    final String posting;
    final Target target;

    Fixture(String resume, String posting, Target target) {
      this.resume = resume;
      this.posting = posting;
      this.target = target;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // text: the blocks of the terminal report, between blank lines
        of("text/score-and-level.txt", Fixture.SCIENTIST, text("Overall score")),
        of("text/skills-section.txt", Fixture.SCIENTIST, text("Skills found")),
        of("text/responsibilities-section.txt", Fixture.SCIENTIST, text("Responsibilities:")),
        of("text/requirements-section.txt", Fixture.SCIENTIST_POSTING, text("Job posting")),
        of("text/gaps-with-posting.txt", Fixture.SCIENTIST_POSTING, text("Top gaps:")),
        of("text/header-auto-target.txt", Fixture.GARDENER, text("rolefit ")),
        of("text/no-skills-found.txt", Fixture.GARDENER, text("Skills found")),
        of("text/colour-score-line.txt", Fixture.SCIENTIST, FeatureGoldenTest::colourScoreLine),
        // Markdown: one "## " section each
        of("md/score-section.md", Fixture.SCIENTIST, markdown("Score")),
        of("md/level-section.md", Fixture.SCIENTIST, markdown("Level")),
        of("md/evidence-section.md", Fixture.SCIENTIST, markdown("Evidence")),
        of("md/requirements-section.md", Fixture.SCIENTIST_POSTING, markdown("Job posting")),
        of("md/gaps-section.md", Fixture.SCIENTIST_POSTING, markdown("Gaps")),
        // HTML: one <section> each
        of("html/score-card.html", Fixture.SCIENTIST, html("score")),
        of("html/level-section.html", Fixture.SCIENTIST, html("level")),
        of("html/evidence-table.html", Fixture.SCIENTIST, html("evidence")),
        of("html/requirements-table.html", Fixture.SCIENTIST_POSTING, html("requirements")),
        of("html/gaps-section.html", Fixture.SCIENTIST_POSTING, html("gaps")),
        // JSON: the fields of one part of the contract, pretty-printed
        of("json/score-section.json", Fixture.SCIENTIST, json("target", "score")),
        of("json/skills-section.json", Fixture.SCIENTIST, json("skills")),
        of("json/responsibilities-section.json", Fixture.SCIENTIST, json("responsibilities")),
        of("json/level-section.json", Fixture.SCIENTIST, json("level", "entries", "dateAnchor")),
        of(
            "json/requirements-with-posting.json",
            Fixture.SCIENTIST_POSTING,
            json("posting", "requirements")),
        of("json/gaps-section.json", Fixture.SCIENTIST_POSTING, json("gaps")),
        of("json/auto-target-notes.json", Fixture.GARDENER, json("target", "notes")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sectionMatchesItsGoldenFile(String golden, Fixture fixture, Function<FitReport, String> part)
      throws Exception {
    Golden.assertMatches(DIR.resolve(golden), part.apply(report(fixture)));
  }

  private static Arguments of(String golden, Fixture f, Function<FitReport, String> part) {
    return Arguments.of(golden, f, part);
  }

  private static FitReport report(Fixture f) {
    return REPORTS.computeIfAbsent(f.name(), k -> analyze(f));
  }

  private static FitReport analyze(Fixture f) {
    try {
      RoleFit rolefit = RoleFit.builder().profile(PROFILE).clock(TestSupport.CLOCK).build();
      byte[] resume = Files.readAllBytes(DIR.resolve("fixtures").resolve(f.resume));
      if (f.posting == null) {
        return rolefit.analyze(resume, f.resume, f.target);
      }
      String posting =
          Files.readString(DIR.resolve("fixtures").resolve(f.posting), StandardCharsets.UTF_8);
      return rolefit.analyze(resume, f.resume, f.target, posting);
    } catch (Exception e) {
      throw new IllegalStateException(f.name(), e);
    }
  }

  private static String render(FitReport report, ReportFormat format, boolean color) {
    try {
      StringWriter w = new StringWriter();
      format.writer(color).write(report, w);
      // The tool's version is not a feature: it changes with every release.
      return w.toString().replace(RoleFit.version(), "VERSION");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The block of the text report (between blank lines) that starts with the given words. */
  private static Function<FitReport, String> text(String start) {
    return r ->
        Arrays.stream(render(r, ReportFormat.TEXT, false).split("\n\n"))
                .filter(b -> b.startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no text block " + start))
                .strip()
            + "\n";
  }

  /** The score line of the coloured text report, escape codes made visible. */
  private static String colourScoreLine(FitReport r) {
    return render(r, ReportFormat.TEXT, true)
            .lines()
            .filter(l -> l.contains("Overall score"))
            .findFirst()
            .orElseThrow()
            .replace("\u001b", "\\e")
        + "\n";
  }

  /** The Markdown section whose "## " heading starts with the given words, to the next one. */
  private static Function<FitReport, String> markdown(String heading) {
    return r -> {
      String md = render(r, ReportFormat.MARKDOWN, false);
      Matcher m =
          Pattern.compile("(?ms)^## " + Pattern.quote(heading) + ".*?(?=^## |\\z)").matcher(md);
      if (!m.find()) {
        throw new AssertionError("no Markdown section " + heading);
      }
      return m.group().strip() + "\n";
    };
  }

  /** The HTML {@code <section>} of the given id. */
  private static Function<FitReport, String> html(String id) {
    return r -> {
      String page = render(r, ReportFormat.HTML, false);
      Matcher m =
          Pattern.compile("(?s)<section[^>]*\\bid=\"" + Pattern.quote(id) + "\".*?</section>")
              .matcher(page);
      if (!m.find()) {
        throw new AssertionError("no HTML section " + id);
      }
      return m.group() + "\n";
    };
  }

  /** The given top-level fields of the JSON report, pretty-printed. */
  private static Function<FitReport, String> json(String... fields) {
    return r -> {
      try {
        JsonNode all = JSON.readTree(render(r, ReportFormat.JSON, false));
        ObjectNode part = JSON.createObjectNode();
        for (String f : fields) {
          part.set(f, all.get(f));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(part).replace("\r\n", "\n")
            + "\n";
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
