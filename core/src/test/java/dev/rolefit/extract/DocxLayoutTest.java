package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.OfficeFixtures;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Section;
import dev.rolefit.resume.internal.ResumeParser;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Word templates put resumes in layout tables, text boxes, headers and footers; the extracted text
 * holds all of it once, in reading order, and the parser still finds sections and dated entries.
 */
class DocxLayoutTest {
  private static final Clock JUNE_2024 =
      Clock.fixed(Instant.parse("2024-06-15T00:00:00Z"), ZoneOffset.UTC);
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  private List<String> lines() throws Exception {
    ExtractedDocument d = extractor.extract(OfficeFixtures.layoutResumeDocx());
    assertEquals(MediaType.DOCX, d.mediaType());
    assertEquals(Quality.Status.OK, d.quality().status(), d.quality().issues().toString());
    return d.lines().stream().map(Line::text).collect(Collectors.toList());
  }

  @Test
  void everythingInDocumentOrderTablesCellByCellTextBoxesOnce() throws Exception {
    List<String> expected =
        List.of(
            OfficeFixtures.HEADER,
            "Ada Quill-Marsh",
            OfficeFixtures.TEXT_BOX.get(0),
            OfficeFixtures.TEXT_BOX.get(1),
            "Summary",
            "Machine learning scientist with seven years of experience in NLP.",
            "Experience",
            "Jan 2020 – Present",
            "Senior ML Scientist, Orbital Retail",
            "• Built transformer ranking models for search serving 20M users",
            "• Led a team of four scientists",
            "03/2017 – 12/2019",
            "ML Engineer, Quayside Analytics",
            "• Shipped demand forecasting with gradient boosting",
            "Skills",
            "Languages",
            "Python, SQL, Scala",
            "Frameworks",
            "PyTorch, Spark, Kubernetes",
            "Achievements",
            "• Best paper award at a workshop on ranking",
            "• Two patents on query rewriting",
            "Education",
            "M.Sc. Computer Science, University of Porto",
            "2015 – 2017",
            OfficeFixtures.FOOTER);
    assertEquals(expected, lines());
  }

  @Test
  void textBoxTextIsNotFoldedIntoTheParagraphItIsAnchoredIn() throws Exception {
    List<String> l = lines();
    String all = String.join("\n", l);
    for (String box : OfficeFixtures.TEXT_BOX) {
      assertEquals(all.indexOf(box), all.lastIndexOf(box), "text box line kept once: " + box);
    }
    assertTrue(l.contains("Ada Quill-Marsh"), l::toString);
  }

  @Test
  void sectionsAndDatedEntriesAreFoundInLayoutTables() throws Exception {
    Resume r =
        new ResumeParser(JUNE_2024).parse(extractor.extract(OfficeFixtures.layoutResumeDocx()));
    List<SectionKind> kinds = r.sections().stream().map(Section::kind).toList();
    assertEquals(
        List.of(
            SectionKind.CONTACT,
            SectionKind.SUMMARY,
            SectionKind.EXPERIENCE,
            SectionKind.SKILLS,
            SectionKind.AWARDS,
            SectionKind.EDUCATION),
        kinds);
    List<ExperienceEntry> jobs =
        r.experience().stream().filter(e -> e.section() == SectionKind.EXPERIENCE).toList();
    assertEquals(2, jobs.size(), r.experience().toString());
    assertEquals(YearMonth.of(2020, 1), jobs.get(0).dates().from());
    assertTrue(jobs.get(0).dates().present());
    assertTrue(jobs.get(0).title().contains("Senior ML Scientist"), jobs.get(0).title());
    assertEquals(YearMonth.of(2017, 3), jobs.get(1).dates().from());
    assertEquals(YearMonth.of(2019, 12), jobs.get(1).dates().to());
    assertTrue(jobs.get(1).title().contains("ML Engineer"), jobs.get(1).title());
    // Jan 2020 - Jun 2024 (54) and Mar 2017 - Dec 2019 (34), adjacent.
    assertEquals(88, r.monthsOfExperience());
  }
}
