package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.model.DateAnchor;
import dev.rolefit.resume.internal.ResumeParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout zoo: six fictional CVs, each rendered by real generators (moderncv in two styles, a
 * margin-label and a two-column LaTeX CV, Chromium one- and two-column, pandoc, DOCX, LibreOffice).
 * Every rendering of a CV must read as the hand-written {@code expected.json} says: the same
 * section kinds in order, the same entries (kind, title, months within one) and the same
 * professional months within one. See {@code scripts/layout-zoo/README.md}.
 */
class LayoutZooTest {
  private static final Path ZOO = Path.of("src/test/resources/dev/rolefit/zoo");
  // After every CV's stated date: open ranges must end at the stated date, not the clock.
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-15T00:00:00Z"), ZoneOffset.UTC);
  private static final ResumeParser PARSER = new ResumeParser(CLOCK);
  private static final DocumentExtractor EXTRACTOR =
      new DocumentExtractor(ExtractionLimits.defaults());
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> renderings() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> cvs = Files.list(ZOO)) {
      for (Path cv : cvs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(cv)) {
          for (Path f : files.sorted().toList()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".pdf") || name.endsWith(".docx")) {
              out.add(Arguments.of(cv.getFileName().toString(), name));
            }
          }
        }
      }
    }
    return out.stream();
  }

  @Test
  void everyCvHasSeveralRenderingsAndEveryGeneratorIsUsed() throws IOException {
    List<Arguments> all = renderings().toList();
    long cvs = all.stream().map(a -> a.get()[0]).distinct().count();
    assertTrue(cvs >= 6, "CVs: " + cvs);
    for (Object cv : all.stream().map(a -> a.get()[0]).distinct().toList()) {
      long n = all.stream().filter(a -> a.get()[0].equals(cv)).count();
      assertTrue(n >= 6, cv + " has " + n + " renderings");
    }
    for (String kind :
        List.of(
            "moderncv-classic.pdf",
            "moderncv-banking.pdf",
            "latex-margin-labels.pdf",
            "latex-two-column.pdf",
            "chromium-one-column.pdf",
            "chromium-two-column.pdf",
            "pandoc-latex.pdf",
            "pandoc.docx",
            "libreoffice.pdf")) {
      assertTrue(all.stream().filter(a -> a.get()[1].equals(kind)).count() >= 3, kind);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("renderings")
  void everyRenderingReadsAsTheCvSays(String cv, String rendering) throws Exception {
    JsonNode want = JSON.readTree(ZOO.resolve(cv).resolve("expected.json").toFile());
    Resume r = PARSER.parse(EXTRACTOR.extract(ZOO.resolve(cv).resolve(rendering)));
    String where = cv + "/" + rendering;

    List<String> wantSections = new ArrayList<>();
    want.get("sections").forEach(s -> wantSections.add(s.asText()));
    assertEquals(collapse(wantSections), collapse(kinds(r)), where + ": section kinds");

    if (!want.get("anchor").isNull()) {
      assertEquals(YearMonth.parse(want.get("anchor").asText()), r.anchor().month(), where);
      assertEquals(DateAnchor.Source.STATED, r.anchor().source(), where);
    }

    JsonNode entries = want.get("entries");
    assertEquals(entries.size(), r.experience().size(), where + ": " + titles(r));
    for (int i = 0; i < entries.size(); i++) {
      JsonNode w = entries.get(i);
      ExperienceEntry got = r.experience().get(i);
      String at = where + " entry " + i + " " + got;
      assertEquals(w.get("kind").asText(), got.kind().id(), at);
      String wt = norm(w.get("title").asText());
      String gt = norm(got.title());
      assertTrue(!gt.isEmpty() && (wt.startsWith(gt) || gt.startsWith(wt)), at);
      assertTrue(Math.abs(w.get("months").asInt() - got.dates().months()) <= 1, at);
    }
    int months = want.get("professionalMonths").asInt();
    assertTrue(
        Math.abs(months - r.monthsOfExperience()) <= 1,
        where + ": professional months " + r.monthsOfExperience() + ", want " + months);
  }

  private static List<String> kinds(Resume r) {
    List<String> out = new ArrayList<>();
    for (Section s : r.sections()) {
      out.add(s.kind().id());
    }
    return out;
  }

  /** Two sections of one kind in a row read as one (a heading set over two lines). */
  private static List<String> collapse(List<String> kinds) {
    List<String> out = new ArrayList<>();
    for (String k : kinds) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(k)) {
        out.add(k);
      }
    }
    return out;
  }

  private static String titles(Resume r) {
    StringBuilder sb = new StringBuilder();
    for (ExperienceEntry e : r.experience()) {
      sb.append("\n  ").append(e.kind().id()).append(' ').append(e.title()).append(' ');
      sb.append(e.dates().from()).append("..").append(e.dates().to());
    }
    return sb.toString();
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
