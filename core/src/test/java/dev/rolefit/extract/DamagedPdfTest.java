package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.internal.PdfLayout;
import dev.rolefit.extract.internal.PdfLayout.PageLine;
import dev.rolefit.fixtures.DamagedPdfs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * PDFs with the damage of real files, generated here: the extractor keeps what it can repair (page
 * numbers at the page edges, soft hyphens) and reports what it cannot as low confidence.
 */
class DamagedPdfTest {
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  private static final List<String> BODY =
      List.of(
          "Nora Vell-Attley",
          "nora.vell@example.org | 555-010-4477 | Porto",
          "EXPERIENCE",
          "Senior Data Scientist, Harbourline Freight, Porto, 2019 - Present",
          "Built demand forecasting models for two hundred depots across the region",
          "Led a team of five analysts and set up weekly model reviews with operations",
          "Data Analyst, Meridian Grocers, 2015 - 2019",
          "Wrote the pricing dashboards used by every store manager in the chain",
          "EDUCATION",
          "M.Sc. Statistics, University of Coimbra, 2015",
          "SKILLS",
          "Python, SQL, Spark, time series, experiment design, stakeholder communication");

  private static List<String> lines(ExtractedDocument d) {
    return d.lines().stream().map(Line::text).collect(Collectors.toList());
  }

  private static List<String> with(List<String> base, String... more) {
    List<String> out = new ArrayList<>(base);
    out.addAll(Arrays.asList(more));
    return out;
  }

  @Test
  void lostLigatureGlyphsLeaveGapsThatAreReported() throws Exception {
    byte[] pdf =
        DamagedPdfs.lostLigatures(
            with(
                BODY,
                "Research Publica|ons",
                "Compe||ons and Awards",
                "Holds a cloud certi|cation and an e|ective work|ow"));
    ExtractedDocument d = extractor.extract(pdf);
    assertTrue(lines(d).contains("Research Publica ons"), lines(d)::toString);
    assertEquals(Quality.Status.LOW_CONFIDENCE, d.quality().status());
    assertEquals(1, d.quality().issues().size(), d.quality().issues()::toString);
    assertTrue(d.quality().issues().get(0).startsWith("words split where a ligature glyph"));
  }

  @Test
  void wordsSetWithoutSpacesAreReported() throws Exception {
    byte[] pdf =
        DamagedPdfs.gluedWords(
            List.of(
                "Managed a team of engineers building routing services",
                "designed the freight pricing engine and rolled it out",
                "wrote evaluation tooling for forecast accuracy",
                "Machine Learning Engineer"),
            BODY);
    ExtractedDocument d = extractor.extract(pdf);
    assertTrue(lines(d).contains("MachineLearningEngineer"), lines(d)::toString);
    assertEquals(Quality.Status.LOW_CONFIDENCE, d.quality().status());
    assertTrue(d.quality().issues().get(0).startsWith("words run together"));
  }

  @Test
  void cleanPdfOfTheSameLinesIsOk() throws Exception {
    ExtractedDocument d = extractor.extract(DamagedPdfs.lines(BODY));
    assertEquals(Quality.Status.OK, d.quality().status(), d.quality().issues()::toString);
  }

  @Test
  void pageNumbersAtPageEdgesAreDroppedEvenWhenTheyDoNotRecur() throws Exception {
    List<String> first = BODY.subList(0, 7);
    List<String> second = BODY.subList(7, BODY.size());
    String[][] forms = {
      {null, "2"},
      {"Page 1 of 2", null},
      {null, "- 2 -"},
      {null, "2 / 2"},
      {"1", "Page 2"},
    };
    for (String[] f : forms) {
      List<String> top = Arrays.asList(f[0], null);
      List<String> bottom = Arrays.asList(null, f[1]);
      byte[] pdf =
          DamagedPdfs.furniture(List.of(first, second), top, bottom, Arrays.asList(null, null));
      ExtractedDocument d = extractor.extract(pdf);
      List<String> l = lines(d);
      assertEquals(BODY.size(), l.size(), Arrays.toString(f) + " " + l);
      assertEquals(Quality.Status.OK, d.quality().status(), d.quality().issues()::toString);
    }
  }

  @Test
  void aLonePageLosesItsPageNumberButKeepsAYearAtItsEdge() throws Exception {
    byte[] pdf =
        DamagedPdfs.furniture(
            List.of(BODY),
            Arrays.asList("Page 1 of 1"),
            Arrays.asList("2024"),
            Arrays.asList((String) null));
    List<String> l = lines(extractor.extract(pdf));
    assertFalse(l.contains("Page 1 of 1"), l::toString);
    assertEquals("2024", l.get(l.size() - 1));
  }

  @Test
  void furnitureInTheMiddleOfAPageIsReported() throws Exception {
    List<String> first = BODY.subList(0, 7);
    List<String> second = BODY.subList(7, BODY.size());
    byte[] pdf =
        DamagedPdfs.furniture(
            List.of(first, second),
            Arrays.asList(null, null),
            Arrays.asList("Page 1 of 2", "Page 2 of 2"),
            Arrays.asList(null, "Nora Vell-Attley \u2013 Curriculum Vitae \u2013 2"));
    ExtractedDocument d = extractor.extract(pdf);
    assertFalse(lines(d).contains("Page 2 of 2"), lines(d)::toString);
    assertEquals(Quality.Status.LOW_CONFIDENCE, d.quality().status());
    assertEquals(
        List.of(
            "page numbers or running headers inside the text: 0 page-number line(s), 1 running"
                + " line(s)"),
        d.quality().issues());
  }

  @Test
  void softHyphensDrawnInAPdfBecomeHyphens() throws Exception {
    byte[] pdf =
        DamagedPdfs.lines(with(BODY, "Ran cloud\u00ADnative services at Portline, 2012\u00AD2015"));
    List<String> l = lines(extractor.extract(pdf));
    assertTrue(l.contains("Ran cloud-native services at Portline, 2012-2015"), l::toString);
  }

  @Test
  void dropRunningDropsEdgePageNumbersAndReportsThem() {
    List<PageLine> page =
        List.of(
            line("Nora Vell-Attley", 60),
            line("Experience", 80),
            line("3", 300),
            line("Data Analyst", 320),
            line("- 1 -", 760));
    List<String> dropped = new ArrayList<>();
    List<List<PageLine>> out = PdfLayout.dropRunning(List.of(page), dropped);
    List<String> kept = out.get(0).stream().map(PageLine::text).collect(Collectors.toList());
    assertEquals(List.of("Nora Vell-Attley", "Experience", "3", "Data Analyst"), kept);
    assertEquals(List.of("- 1 -"), dropped);
  }

  private static PageLine line(String text, float y) {
    return new PageLine(text, y, 54f, 10f, false, false, false);
  }
}
