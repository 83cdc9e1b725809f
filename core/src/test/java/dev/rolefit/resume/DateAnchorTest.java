package dev.rolefit.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.ParsedText;
import dev.rolefit.fixtures.PositionedPdf;
import dev.rolefit.model.DateAnchor;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * "Present" ends at the resume's own date: the date it states ("Last updated"), else the document's
 * metadata date, else today. A CV last updated two years ago must not gain two years.
 */
class DateAnchorTest {
  private final ParsedText parsed = ParsedText.at("2026-11-15T00:00:00Z");

  private Resume text(String... lines) throws Exception {
    return parsed.text(lines);
  }

  @Test
  void aStatedUpdateDateEndsOpenRanges() throws Exception {
    Resume r =
        text(
            "Lena Park",
            "Last updated: March 2024",
            "Experience",
            "Data Scientist, Corvid Labs, Jan 2022 - Present");
    assertEquals(new DateAnchor(YearMonth.of(2024, 3), DateAnchor.Source.STATED), r.anchor());
    assertEquals(YearMonth.of(2024, 3), r.experience().get(0).dates().to());
    assertEquals(27, r.monthsOfExperience());
  }

  @Test
  void statedDatesInTheirUsualForms() throws Exception {
    String[][] forms = {
      {"Updated April 25, 2024", "2024-04"},
      {"Last Updated on 22nd May 2025", "2025-05"},
      {"CV as of 03/2024", "2024-03"},
      {"Revised: 2023-11", "2023-11"},
      {"Lena Park \u00B7 Curriculum Vitae \u00B7 October 2025", "2025-10"},
    };
    for (String[] f : forms) {
      Resume r = text("Lena Park", f[0], "Experience", "Analyst, Corvid Labs, 2021 - Present");
      assertEquals(YearMonth.parse(f[1]), r.anchor().month(), f[0]);
      assertEquals(DateAnchor.Source.STATED, r.anchor().source(), f[0]);
      assertEquals(1, r.experience().size(), f[0] + ": the dated line is no entry");
    }
  }

  /** Templates often print the date in a running footer, which is left out of the text. */
  @Test
  void aDateInARunningFooterIsStatedToo() throws Exception {
    byte[] pdf =
        PositionedPdf.builder()
            .text(54, 60, 14, true, "Lena Park")
            .text(54, 100, 12, true, "EXPERIENCE")
            .text(54, 118, "Data Scientist, Corvid Labs, Jan 2022 - Present")
            .text(54, 131, "Built forecasting models for retail demand.")
            .text(54, 770, "Lena Park - Updated 2024-11")
            .nextPage()
            .text(54, 60, 12, true, "EDUCATION")
            .text(54, 78, "M.S. in Statistics, Northbridge University, 2019 - 2021")
            .text(54, 770, "Lena Park - Updated 2024-11")
            .modified(PositionedPdf.date(2026, 2))
            .bytes();
    Resume r = parsed.bytes(pdf);
    assertEquals(new DateAnchor(YearMonth.of(2024, 11), DateAnchor.Source.STATED), r.anchor());
    assertTrue(!r.text().contains("Updated 2024-11"), "the footer stays out of the text");
  }

  @Test
  void withoutAStatedDateTheMetadataDateEndsOpenRanges() throws Exception {
    byte[] pdf =
        PositionedPdf.builder()
            .text(54, 60, 14, true, "Lena Park")
            .text(54, 100, 12, true, "EXPERIENCE")
            .text(54, 118, "Data Scientist, Corvid Labs, Jan 2022 - Present")
            .text(54, 131, "Built forecasting models for retail demand.")
            .modified(PositionedPdf.date(2023, 6))
            .bytes();
    Resume r = parsed.bytes(pdf);
    assertEquals(new DateAnchor(YearMonth.of(2023, 6), DateAnchor.Source.METADATA), r.anchor());
    assertEquals(18, r.monthsOfExperience());
  }

  @Test
  void withNeitherTheClockEndsOpenRanges() throws Exception {
    Resume r = text("Lena Park", "Experience", "Data Scientist, Corvid Labs, Jan 2022 - Present");
    assertEquals(new DateAnchor(YearMonth.of(2026, 11), DateAnchor.Source.CLOCK), r.anchor());
  }

  @Test
  void theAnchorIsNeverAfterTheClockNorBeforeTheLatestStart() throws Exception {
    Resume future =
        text(
            "Lena Park", "Updated: May 2031", "Experience", "Analyst, Corvid Labs, 2021 - Present");
    assertEquals(YearMonth.of(2026, 11), future.anchor().month());
    Resume stale =
        text(
            "Lena Park",
            "Last updated: June 2019",
            "Experience",
            "Scientist, Corvid Labs, March 2022 - Present",
            "Analyst, Meridian Foods, 2016 - 2019");
    assertEquals(YearMonth.of(2022, 3), stale.anchor().month());
    assertTrue(stale.monthsOfExperience() >= 48);
  }

  @Test
  void rangesThatEndAfterTheAnchorAreCutToIt() throws Exception {
    Resume r =
        text(
            "Lena Park",
            "Last updated: January 2025",
            "Education",
            "Ph.D. in Statistics, Northbridge University, 2021 - 2026 (expected)");
    assertEquals(YearMonth.of(2025, 1), r.experience().get(0).dates().to());
    assertEquals(Math.round(49 * 0.5f), r.monthsOfExperience());
  }
}
