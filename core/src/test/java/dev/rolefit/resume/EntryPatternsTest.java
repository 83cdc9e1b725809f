package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.ParsedText;
import dev.rolefit.model.EntryKind;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Career entries as real CVs write them, each pattern seen on the team's set of real CVs and
 * rebuilt with fictional text: the date forms in their lines, what is no entry (a birth date, a
 * period inside a bullet), the kind of each entry and how much of it counts.
 */
class EntryPatternsTest {
  private final ParsedText parsed = ParsedText.at("2025-06-15T00:00:00Z");

  private Resume text(String... lines) throws Exception {
    return parsed.text(lines);
  }

  private static ExperienceEntry only(Resume r) {
    assertEquals(1, r.experience().size(), r.experience()::toString);
    return r.experience().get(0);
  }

  @Test
  void aDashAtTheEndOfTheLineLeavesTheRangeOpen() throws Exception {
    ExperienceEntry e =
        only(text("Omar Haddad", "Experience", "Staff Engineer, Corvid Labs, 2021 \u2013"));
    assertEquals(YearMonth.of(2021, 1), e.dates().from());
    assertEquals(YearMonth.of(2025, 6), e.dates().to());
    assertTrue(e.dates().present());
  }

  @Test
  void datesFirstThenTheTitleLeaveTheRangeOpen() throws Exception {
    ExperienceEntry e =
        only(text("Omar Haddad", "Experience", "2021 \u2013 Research Scientist, Corvid Labs"));
    assertEquals("Research Scientist", e.title());
    assertEquals("Corvid Labs", e.organisation());
    assertEquals(YearMonth.of(2025, 6), e.dates().to());
  }

  @Test
  void aRangeBrokenOverTwoLinesIsOneRange() throws Exception {
    Resume r =
        text(
            "Omar Haddad",
            "Experience",
            "Data Engineer, Quillmark Analytics 2024-",
            "present",
            "Built the event pipeline.",
            "Aug 2019 \u2013 Analyst, Meridian Foods",
            "Jul 2023 Portland",
            "Reported weekly sales.");
    assertEquals(2, r.experience().size(), r.experience()::toString);
    assertEquals(YearMonth.of(2024, 1), r.experience().get(0).dates().from());
    assertTrue(r.experience().get(0).dates().present());
    assertEquals(YearMonth.of(2023, 7), r.experience().get(1).dates().to());
    assertEquals(48, r.experience().get(1).dates().months());
  }

  @Test
  void aStartMonthWithoutItsYearTakesTheEndsYear() throws Exception {
    Resume r =
        text(
            "Omar Haddad",
            "Experience",
            "Summer Intern, Corvid Labs, June \u2013 August 2021",
            "Research Intern, Harbor Institute, June - Dec. 2020");
    assertEquals(3, r.experience().get(0).dates().months());
    assertEquals(7, r.experience().get(1).dates().months());
  }

  @Test
  void twoDigitYearsAndSeasons() throws Exception {
    Resume r =
        text(
            "Omar Haddad",
            "Experience",
            "Platform Engineer, Tidewater Freight, Aug 13 - Present",
            "Engineering Intern, Corvid Labs, Summer 2012",
            "Research Assistant, Lakeside University, Fall 2010 - Spring 2012");
    List<ExperienceEntry> e = r.experience();
    assertEquals(YearMonth.of(2013, 8), e.get(0).dates().from());
    assertEquals(3, e.get(1).dates().months());
    assertEquals(YearMonth.of(2010, 9), e.get(2).dates().from());
    assertEquals(YearMonth.of(2012, 5), e.get(2).dates().to());
  }

  /** Some resume builders write the dash between two dates as a soft hyphen or a broken glyph. */
  @Test
  void unusualDashesBetweenDates() throws Exception {
    Resume r =
        text(
            "Omar Haddad",
            "Experience",
            "Analyst, Meridian Foods, 2016\u00AD2018",
            "Clerk, Corner Store, May\uFFFDJuly 2015");
    assertEquals(2, r.experience().size(), r.experience()::toString);
    assertEquals(36, r.experience().get(0).dates().months());
    assertEquals(3, r.experience().get(1).dates().months());
  }

  /** Some CVs stack the end above the start in a left column, organisation over role. */
  @Test
  void datesStackedEndAboveStartAreOneRange() throws Exception {
    Resume r =
        text(
            "Rosa Quintero",
            "Research and Professional Experience",
            "Current Lakeside University, Computer Science, Springfield, IL",
            "Feb. 2024 ASSISTANT PROFESSOR",
            "Jan. 2024 Harbor Institute of Technology, School of Systems Engineering",
            "Oct. 2022 POSTDOCTORAL RESEARCHER");
    List<ExperienceEntry> e = r.experience();
    assertEquals(2, e.size(), e::toString);
    assertEquals(EntryKind.FACULTY, e.get(0).kind());
    assertTrue(e.get(0).dates().present());
    assertEquals(EntryKind.POSTDOC, e.get(1).kind());
    assertEquals(16, e.get(1).dates().months());
  }

  @Test
  void aBirthDateIsNoJob() throws Exception {
    Resume r =
        text(
            "Omar Haddad",
            "Date of birth: 12.05.1990",
            "Born 1990 in Springfield",
            "Experience",
            "Analyst, Meridian Foods, 2016 - 2018");
    assertEquals(1, r.experience().size(), r.experience()::toString);
  }

  @Test
  void aPeriodInsideABulletIsNoJob() throws Exception {
    Resume r =
        text(
            "Omar Haddad",
            "Experience",
            "Data Scientist, Corvid Labs, 2019 - 2022",
            "\u2022 Modelled admissions in records from 2008-2020 across forty regional hospitals and"
                + " published the results.",
            "\u2022 Studied 1990-2010 census panels.");
    ExperienceEntry e = only(r);
    assertEquals(48, e.dates().months());
    assertEquals(48, r.monthsOfExperience());
  }

  /** Jobs count fully; internships, assistantships and the doctorate half; the rest not at all. */
  @Test
  void eachKindCountsAsMuchAsItShould() throws Exception {
    Resume r =
        text(
            "Ines Okafor",
            "Appointments",
            "Assistant Professor, Lakeside University, Jan 2023 - Present",
            "Postdoctoral Researcher, Harbor Institute, Jan 2021 - Dec 2022",
            "Education",
            "Ph.D. in Statistics, Northbridge University, Jan 2016 - Dec 2020",
            "B.Sc. in Mathematics, Northbridge University, 2012 - 2015",
            "Research Experience",
            "Research Intern, Corvid Labs, Jun 2019 - Aug 2019",
            "Undergraduate Research Assistant, Northbridge University, Jan 2014 - Dec 2014",
            "Teaching",
            "Teaching Assistant, Probability, Sep 2017 - Dec 2017",
            "Other Experience",
            "Math Tutor, Valley Learning Center, 2013 - 2015",
            "Library Assistant, Northbridge University Library, 2012 - 2013",
            "Volunteering",
            "Volunteer Coach, Springfield Youth Soccer, 2014 - 2016",
            "Projects",
            "Open-source survival analysis package, 2018 - 2024");
    List<EntryKind> kinds = r.experience().stream().map(ExperienceEntry::kind).toList();
    assertEquals(
        List.of(
            EntryKind.FACULTY,
            EntryKind.POSTDOC,
            EntryKind.EDUCATION,
            EntryKind.EDUCATION,
            EntryKind.INTERNSHIP,
            EntryKind.RESEARCH_ASSISTANT,
            EntryKind.TEACHING_ASSISTANT,
            EntryKind.TEACHING_ASSISTANT,
            EntryKind.OTHER,
            EntryKind.VOLUNTEER,
            EntryKind.PROJECT),
        kinds);
    assertTrue(r.experience().get(2).doctoral());
    assertFalse(r.experience().get(3).doctoral());
    // Faculty Jan 2023 - Jun 2025 (30) and postdoc 2021-2022 (24) fully; the PhD 2016-2020 (60,
    // the internship inside it adds nothing) and the 2014 assistantship (12) half: 54 + 36.
    assertEquals(90, r.monthsOfExperience());
  }

  @Test
  void aJobAtTheUniversityOverTheDoctorateCountsAsTheDoctorate() throws Exception {
    Resume r =
        text(
            "Tobias Lindqvist",
            "Career",
            "University Assistant, Rhine Valley University, 10/2013 - 03/2018",
            "Education",
            "PhD in Mathematics, Rhine Valley University, 10/2013 - 03/2018");
    assertEquals(EntryKind.RESEARCH_ASSISTANT, r.experience().get(0).kind());
    assertEquals(Math.round(54 * 0.5), r.monthsOfExperience());
  }

  @Test
  void aLeaderTitleUnderTheOrganisationsDatedLineIsTheTitle() throws Exception {
    // Modelled on a real CV: the institute and its dates on one line, the post wrapped below.
    Resume r =
        text(
            "Tobias Lindqvist",
            "Career",
            "Rhine Valley Institute of Informatics since 03/2021",
            "Junior group leader, Department D4, Computer Vision and Machine",
            "Learning",
            "Previous positions",
            "Northbridge Institute of Science, Austria 02/2019 - 02/2021",
            "PostDoc in Prof. Example's group");
    ExperienceEntry lead = r.experience().get(0);
    assertEquals("Junior group leader", lead.title());
    assertEquals("Rhine Valley Institute of Informatics", lead.organisation());
    assertEquals(EntryKind.FACULTY, lead.kind());
  }

  @Test
  void aResearchAssistantAtACompanyIsAJob() throws Exception {
    Resume r =
        text(
            "Tobias Lindqvist",
            "Experience",
            "Research Assistant, Sangrove Biotech Inc., 2009 - 2011");
    assertEquals(EntryKind.EMPLOYMENT, only(r).kind());
    assertEquals(36, r.monthsOfExperience());
  }

  @Test
  void aPartTimeJobWhileStudyingIsAStudentJob() throws Exception {
    Resume r =
        text(
            "Grace Abernathy",
            "Education",
            "B.S. in Business Analytics, Hollis University, 2019 - 2023",
            "Experience",
            "Data Analyst, Pinecrest Retail Group, Jul 2023 - Dec 2024",
            "Circulation Assistant (part-time), Hollis Library, Sept. 2019 - May 2021");
    assertEquals(EntryKind.OTHER, r.experience().get(2).kind());
    assertEquals(18, r.monthsOfExperience());
  }

  @Test
  void statedYearsOfExperienceAreASignalBesideTheDates() throws Exception {
    Resume r =
        text(
            "Oskar Brandt",
            "Summary",
            "Platform engineer with 12+ years of experience running build systems.",
            "Experience",
            "Platform Engineer, Tidewater Freight, 2020 - 2024");
    assertEquals(12, r.statedYears().getAsInt());
    assertEquals(60, r.monthsOfExperience());
    assertFalse(
        text("Oskar Brandt", "Experience", "Engineer, Acme, 2020 - 2024")
            .statedYears()
            .isPresent());
  }
}
