package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.internal.ResumeParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sections, dated entries and segments on generated resumes, against a fixed clock. */
class ResumeParserTest {
  private static final Clock JUNE_2024 =
      Clock.fixed(Instant.parse("2024-06-15T00:00:00Z"), ZoneOffset.UTC);
  private final ResumeParser parser = new ResumeParser(JUNE_2024);
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  private Resume parse(byte[] doc) throws Exception {
    return parser.parse(extractor.extract(doc));
  }

  private static List<SectionKind> kinds(Resume r) {
    return r.sections().stream().map(Section::kind).collect(Collectors.toList());
  }

  @Test
  void sectionsFromAliasesInPdfAndDocx() throws Exception {
    List<SectionKind> want =
        List.of(
            SectionKind.CONTACT,
            SectionKind.SUMMARY,
            SectionKind.EXPERIENCE,
            SectionKind.EDUCATION,
            SectionKind.SKILLS);
    assertEquals(want, kinds(parse(ResumeRenderer.pdf(Fixtures.SOURCE))));
    assertEquals(want, kinds(parse(ResumeRenderer.docx(Fixtures.SOURCE))));
  }

  @Test
  void theNameComesFromTheContactBlockInPdfAndDocx() throws Exception {
    assertEquals("Ada Quill-Marsh", parse(ResumeRenderer.pdf(Fixtures.SOURCE)).name());
    assertEquals("Ada Quill-Marsh", parse(ResumeRenderer.docx(Fixtures.SOURCE)).name());
    // A resume that opens with its title has no name to give.
    String titled = Fixtures.SOURCE.replace("Ada Quill-Marsh", "Machine Learning Scientist");
    assertEquals("", parse(titled.getBytes(StandardCharsets.UTF_8)).name());
  }

  @Test
  void experienceMonthsMergeOverlapsAgainstTheClock() throws Exception {
    Resume r = parse(ResumeRenderer.pdf(Fixtures.SOURCE));
    List<ExperienceEntry> jobs =
        r.experience().stream()
            .filter(e -> e.section() == SectionKind.EXPERIENCE)
            .collect(Collectors.toList());
    assertEquals(2, jobs.size(), r.experience().toString());
    assertEquals(YearMonth.of(2020, 1), jobs.get(0).dates().from());
    assertEquals(YearMonth.of(2024, 6), jobs.get(0).dates().to());
    assertTrue(jobs.get(0).dates().present());
    // Mar 2017 - Dec 2019 (34) and Jan 2020 - Jun 2024 (54), adjacent: 88 months.
    assertEquals(88, r.monthsOfExperience());
  }

  @Test
  void experienceFoundWithoutHeadings() throws Exception {
    String text =
        "Sam Ortolan\nsam@example.com\nData scientist at Corvid Labs\n2018 – now\n"
            + "Built churn models for subscription products and shipped them to production.\n"
            + "Research assistant, Lakeside University\nSummer 2016\n";
    Resume r = parse(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, r.experience().size(), r.experience().toString());
    assertEquals(YearMonth.of(2018, 1), r.experience().get(0).dates().from());
    assertEquals(YearMonth.of(2016, 6), r.experience().get(1).dates().from());
  }

  @Test
  void entriesDatedWithAMangledFullWidthDashAreFound() throws Exception {
    // Some resume builders write a full-width dash as its UTF-8 bytes read as Windows-1252.
    String sep = "\u00EF\u00BC\u200B";
    String text =
        String.join(
            "\n",
            "STORE ASSOCIATE",
            "Summary",
            "Friendly associate with years of retail and kitchen experience.",
            "Experience",
            "Store Associate , 10/2013 "
                + sep
                + " Current Harbor Goods "
                + sep
                + " Springfield , OH",
            "Helped customers choose products and kept the floor stocked.",
            "Line Cook 01/2010 " + sep + " 09/2013 Blue Fern Bistro Springfield , OH",
            "Prepared meals for a busy dinner service.",
            "Education",
            "June 2009 Lakeview High School " + sep + " Springfield , OH Diploma",
            "");
    Resume r = parse(text.getBytes(StandardCharsets.UTF_8));
    List<ExperienceEntry> jobs =
        r.experience().stream()
            .filter(e -> e.section() == SectionKind.EXPERIENCE)
            .collect(Collectors.toList());
    assertEquals(2, jobs.size(), r.experience().toString());
    assertEquals(YearMonth.of(2013, 10), jobs.get(0).dates().from());
    assertTrue(jobs.get(0).dates().present());
    assertEquals(YearMonth.of(2010, 1), jobs.get(1).dates().from());
    assertEquals(YearMonth.of(2013, 9), jobs.get(1).dates().to());
    // Jan 2010 - Sep 2013 (45) and Oct 2013 - Jun 2024 (129), adjacent.
    assertEquals(174, r.monthsOfExperience());
  }

  @Test
  void aDatesOnlyLineAfterADescriptionTakesItsTitleFromBelow() throws Exception {
    String text =
        String.join(
            "\n",
            "Sam Ortolan",
            "Experience",
            "Shift Lead, Cedar Diner, 03/2015 – Present",
            "Kept the stations clean.",
            "01/2010 – 02/2015",
            "House painter Painted rooms and fences for local clients.",
            "Skills",
            "Painting, cooking",
            "");
    Resume r = parse(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, r.experience().size(), r.experience().toString());
    ExperienceEntry painter = r.experience().get(1);
    assertEquals(
        "01/2010 – 02/2015 | House painter Painted rooms and fences for local clients.",
        painter.heading());
    assertTrue(painter.title().startsWith("House painter"), painter.title());
    assertEquals(EntryKind.EMPLOYMENT, painter.kind());
  }

  @Test
  void markdownHeadingsMakeSections() throws Exception {
    String md =
        "# Sam Ortolan\n\n## Professional experience\nData scientist, Corvid Labs\n"
            + "03/2018 to 06/2020\n- Built churn models\n\n## Core stack\nPython, SQL\n";
    Resume r = parse(md.getBytes(StandardCharsets.UTF_8));
    assertTrue(kinds(r).contains(SectionKind.EXPERIENCE), kinds(r)::toString);
    assertTrue(kinds(r).contains(SectionKind.SKILLS), kinds(r)::toString);
    assertEquals(28, r.monthsOfExperience());
  }

  @Test
  void wrappedBulletsAreOneSegment() throws Exception {
    String longBullet =
        "Designed and shipped a retrieval-augmented assistant for customer support agents that"
            + " answers policy questions with citations, cutting handling time by a fifth across"
            + " three regions";
    String src =
        Fixtures.SOURCE.replace(
            "Built transformer ranking models for search serving 20M users", longBullet);
    ExtractedDocument d = extractor.extract(ResumeRenderer.pdf(src));
    Resume r = parser.parse(d);
    assertTrue(
        r.segments().stream()
            .anyMatch(
                s ->
                    s.type() == Segment.Type.BULLET
                        && s.text().endsWith("three regions")
                        && s.text().startsWith("Designed")),
        r.segments().toString());
    assertFalse(r.segments().stream().anyMatch(s -> s.text().equals("three regions")));
  }
}
