package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.ParsedText;
import dev.rolefit.fixtures.PositionedPdf;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Section headings as real CVs set them, each pattern seen on the team's set of real CVs and
 * rebuilt here with fictional text: headings that share a line with the first entry, headings in a
 * left margin column (one row or two), words run together or spaced out, uncommon and unknown
 * headings, the academic sections, and labels that only look like headings.
 */
class SectionPatternsTest {
  private final ParsedText parsed = ParsedText.at("2025-06-15T00:00:00Z");

  private Resume text(String... lines) throws Exception {
    return parsed.text(lines);
  }

  private Resume pdf(byte[] pdf) throws Exception {
    return parsed.bytes(pdf);
  }

  private static List<SectionKind> kinds(Resume r) {
    return r.sections().stream().map(Section::kind).collect(Collectors.toList());
  }

  private static String sectionText(Resume r, SectionKind kind) {
    return r.sections().stream()
        .filter(s -> s.kind() == kind)
        .map(s -> r.text().substring(s.start(), s.end()))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void aCapitalisedHeadingOnTheLineOfItsFirstEntryIsCutOff() throws Exception {
    Resume r =
        text(
            "Mara Ellison",
            "mara.ellison@example.com",
            "EDUCATION Northbridge University, Ph.D. in Statistics, 2014 - 2019",
            "Thesis on sequential testing for online experiments.",
            "EXPERIENCE Corvid Labs, Senior Data Scientist, 2019 - Present",
            "Built demand forecasting models for grocery stores.",
            "SKILLS Python, R, SQL");
    assertEquals(
        List.of(
            SectionKind.CONTACT, SectionKind.EDUCATION, SectionKind.EXPERIENCE, SectionKind.SKILLS),
        kinds(r));
    assertEquals("EDUCATION", r.sections().get(1).heading());
    assertEquals(2, r.experience().size(), r.experience()::toString);
    assertEquals(EntryKind.EDUCATION, r.experience().get(0).kind());
    assertTrue(r.experience().get(0).doctoral());
    assertEquals("Senior Data Scientist", r.experience().get(1).title());
    assertEquals("Corvid Labs", r.experience().get(1).organisation());
  }

  @Test
  void aCapitalisedWordThatStartsATitleIsNotCutOff() throws Exception {
    Resume r =
        text(
            "Mara Ellison",
            "Experience",
            "RESEARCH ASSISTANT, Northbridge University, 2016 - 2018",
            "Ran lab studies on memory.");
    assertEquals(List.of(SectionKind.CONTACT, SectionKind.EXPERIENCE), kinds(r));
    assertEquals(EntryKind.RESEARCH_ASSISTANT, r.experience().get(0).kind());
  }

  /** moderncv and academic CVs set each heading in a left margin, on the first entry's baseline. */
  @Test
  void aHeadingInTheLeftMarginOnTheBaselineOfItsFirstEntry() throws Exception {
    byte[] doc =
        PositionedPdf.builder()
            .text(160, 60, 16, false, "Tobias Lindqvist")
            .text(160, 78, "tobias.lindqvist@example.com")
            .text(54, 110, "Education")
            .text(160, 110, "Northbridge University, Ph.D. in Computer Science, 2012 - 2017")
            .text(160, 123, "Thesis: bandit algorithms with delayed feedback")
            .text(54, 150, "Appointments")
            .text(160, 150, "Assistant Professor, Lakeside University, 2019 - Present")
            .text(160, 163, "Postdoctoral Researcher, Harbor Institute, 2017 - 2019")
            .text(54, 190, "Teaching")
            .text(160, 190, "CS 410 Machine Learning, Fall 2020, Fall 2021")
            .text(160, 203, "CS 520 Online Learning, Spring 2022")
            .bytes();
    Resume r = pdf(doc);
    assertEquals(
        List.of(
            SectionKind.CONTACT,
            SectionKind.EDUCATION,
            SectionKind.APPOINTMENTS,
            SectionKind.TEACHING),
        kinds(r));
    List<EntryKind> entryKinds = r.experience().stream().map(ExperienceEntry::kind).toList();
    assertEquals(List.of(EntryKind.EDUCATION, EntryKind.FACULTY, EntryKind.POSTDOC), entryKinds);
    // Courses a professor taught are not entries, and not coursework.
    assertFalse(kinds(r).contains(SectionKind.COURSEWORK));
  }

  /** A margin label set over two rows, the first beside the entry's first line. */
  @Test
  void aMarginHeadingSetOverTwoRowsIsOneHeading() throws Exception {
    byte[] doc =
        PositionedPdf.builder()
            .text(130, 60, 14, false, "Ines Okafor")
            .text(130, 76, "ines.okafor@example.com")
            .text(54, 110, "Professional")
            .text(130, 110, "Lakeside University, Springfield, USA (2018-present).")
            .text(54, 121, "Experience")
            .text(130, 127, "Assistant Professor, School of Computing and Data Science.")
            .text(130, 152, "Harbor Institute, Boston, USA (2015-2018).")
            .text(130, 165, "Postdoc with Leila Haddad, Department of Genomics.")
            .text(54, 200, "Education")
            .text(130, 200, "Northbridge University, Easton, USA (2010-2015).")
            .text(130, 213, "Ph.D. with Arun Mehta, Department of Statistics.")
            .modified(PositionedPdf.date(2022, 1))
            .bytes();
    Resume r = pdf(doc);
    assertEquals(
        List.of(SectionKind.CONTACT, SectionKind.EXPERIENCE, SectionKind.EDUCATION), kinds(r));
    assertEquals("Professional Experience", r.sections().get(1).heading());
    List<EntryKind> entryKinds = r.experience().stream().map(ExperienceEntry::kind).toList();
    assertEquals(List.of(EntryKind.FACULTY, EntryKind.POSTDOC, EntryKind.EDUCATION), entryKinds);
  }

  @Test
  void wordsRunTogetherOrSpacedOutStillNameTheSection() throws Exception {
    Resume r =
        text(
            "Priya Raman",
            "EDUCATIONALQUALIFICATIONS",
            "B.Tech. in Computer Science, Coastal Institute of Technology, 2015 - 2019",
            "WORKEXPERIENCE",
            "Data Analyst, Meridian Foods, 2019 - 2022",
            "S K I L L S",
            "SQL, Tableau, Python");
    assertEquals(
        List.of(
            SectionKind.CONTACT, SectionKind.EDUCATION, SectionKind.EXPERIENCE, SectionKind.SKILLS),
        kinds(r));
  }

  @Test
  void anUncommonHeadingIsKnownAndAnUnknownOneStandsAlone() throws Exception {
    Resume r =
        text(
            "Oskar Brandt",
            "SYNOPSIS",
            "Platform engineer who runs build and deploy systems.",
            "EXPERIENCE",
            "Platform Engineer, Tidewater Freight, 2017 - 2024",
            "AWARDS",
            "Engineering award, 2021",
            "EXPEDITIONS",
            "Crossed the Vatnajokull glacier on skis with a team of four.",
            "EDUCATION",
            "B.Sc. Informatics, Coastal University, 2013 - 2016");
    assertEquals(
        List.of(
            SectionKind.CONTACT,
            SectionKind.SUMMARY,
            SectionKind.EXPERIENCE,
            SectionKind.AWARDS,
            SectionKind.OTHER,
            SectionKind.EDUCATION),
        kinds(r));
    assertFalse(sectionText(r, SectionKind.AWARDS).contains("glacier"));
  }

  @Test
  void academicSectionsHaveKindsOfTheirOwn() throws Exception {
    Resume r =
        text(
            "Dr. Hana Sato",
            "Appointments",
            "Associate Professor, Northbridge University, 2018 - Present",
            "Research Experience",
            "Visiting Researcher, Corvid Labs, Summer 2016",
            "Teaching",
            "Statistical Learning (graduate), Fall 2019, Fall 2021",
            "Invited Talks",
            "Learning with delayed feedback, Lakeside University, 2022",
            "Service",
            "Program committee, Conference on Learning Theory, 2020 - 2023",
            "Grants and Funding",
            "Research grant on adaptive experiments, 2021 - 2024",
            "Students Supervised",
            "Lena Park (PhD, 2019 - 2024), thesis on causal bandits",
            "Reviewing",
            "Reviewer for the Journal of Machine Learning Research",
            "Honors and Awards",
            "Early career award, 2022");
    assertEquals(
        List.of(
            SectionKind.CONTACT,
            SectionKind.APPOINTMENTS,
            SectionKind.RESEARCH_EXPERIENCE,
            SectionKind.TEACHING,
            SectionKind.TALKS,
            SectionKind.SERVICE,
            SectionKind.GRANTS,
            SectionKind.ADVISING,
            SectionKind.REVIEWING,
            SectionKind.AWARDS),
        kinds(r));
    // Only the candidate's own posts are entries: not the student's PhD, the grant, the committee.
    List<EntryKind> entryKinds = r.experience().stream().map(ExperienceEntry::kind).toList();
    assertEquals(List.of(EntryKind.FACULTY, EntryKind.RESEARCH_ASSISTANT), entryKinds);
  }

  @Test
  void aLabelRepeatedUnderEveryJobIsNoSection() throws Exception {
    Resume r =
        text(
            "Jonah Reyes",
            "Work Experience",
            "Full Stack Developer, Brightline Payments, 2021 - 2024",
            "Key Achievements",
            "- Cut page load time by half.",
            "Web Developer, Corner Studio, 2018 - 2021",
            "Key Achievements",
            "- Shipped a booking app used by 40 salons.",
            "Junior Developer, Corner Studio, 2016 - 2018",
            "Key Achievements",
            "- Moved the shop to a new payment provider.",
            "Education",
            "B.Sc. Computer Science, Valley College, 2012 - 2016");
    assertEquals(
        List.of(SectionKind.CONTACT, SectionKind.EXPERIENCE, SectionKind.EDUCATION), kinds(r));
    assertEquals(9 * 12, r.monthsOfExperience()); // 2016 to 2024, the jobs adjacent
  }

  /** Entry titles are bold too; a bold title that starts with a heading word is no heading. */
  @Test
  void aBoldEntryTitleStartingWithAHeadingWordIsNoHeading() throws Exception {
    byte[] doc =
        PositionedPdf.builder()
            .text(54, 60, 16, true, "Wen Li")
            .text(54, 76, "wen.li@example.com")
            .text(54, 110, 12, true, "EXPERIENCE")
            .text(54, 128, 10, true, "Research Intern")
            .text(400, 128, "Jun 2023 - Aug 2023")
            .text(54, 141, "Corvid Labs, Seattle, WA")
            .text(54, 160, 10, true, "Software Engineering Intern")
            .text(400, 160, "Jun 2022 - Aug 2022")
            .text(54, 173, "Meridian Foods, Portland, OR")
            .text(54, 200, 12, true, "EDUCATION")
            .text(54, 218, 10, true, "M.S. in Computer Science")
            .text(400, 218, "2022 - 2024")
            .text(54, 231, "Northbridge University")
            .bytes();
    Resume r = pdf(doc);
    assertEquals(
        List.of(SectionKind.CONTACT, SectionKind.EXPERIENCE, SectionKind.EDUCATION), kinds(r));
    assertEquals(
        List.of(EntryKind.INTERNSHIP, EntryKind.INTERNSHIP, EntryKind.EDUCATION),
        r.experience().stream().map(ExperienceEntry::kind).toList());
  }

  /** A column of dates set against the right margin beside each entry is read row by row. */
  @Test
  void aRightAlignedDateColumnStaysWithItsEntries() throws Exception {
    PositionedPdf b =
        PositionedPdf.builder()
            .text(54, 60, 14, true, "Ada Varga")
            .text(54, 76, "ada.varga@example.com")
            .text(54, 100, 12, true, "EXPERIENCE");
    String[][] jobs = {
      {"Founder, Quillmark Analytics", "2022 - 2025"},
      {"Research Scientist, Harbor Institute", "2019 - 2021"},
      {"Postdoctoral Researcher, Lakeside University", "2017 - 2018"},
      {"Research Intern, Corvid Labs", "2016"},
      {"Research Intern, Meridian Labs", "2014"},
    };
    float y = 118;
    for (String[] j : jobs) {
      b.text(54, y, j[0]).text(500, y, j[1]).text(54, y + 13, "Worked on sequential decisions.");
      y += 32;
    }
    b.text(54, y, 12, true, "PUBLICATIONS");
    for (int i = 0; i < 6; i++) {
      b.text(54, y + 18 + 13 * i, "Paper number " + (i + 1) + " on bandits")
          .text(500, y + 18 + 13 * i, "2020");
    }
    Resume r = pdf(b.bytes());
    assertEquals(5, r.experience().size(), r.experience()::toString);
    assertEquals(EntryKind.EMPLOYMENT, r.experience().get(0).kind());
    assertEquals(java.time.YearMonth.of(2022, 1), r.experience().get(0).dates().from());
  }
}
