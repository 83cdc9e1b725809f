package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.internal.QualityJudge;
import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.extract.internal.TextDamage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Damage found in plain text, kind by kind, and what must not be taken for damage. All text is made
 * up; nothing is quoted from a resume.
 */
class TextDamageTest {
  // A clean body so that only the damage under test can lower the verdict.
  private static final String BODY =
      String.join(
          "\n",
          "Nora Vell-Attley",
          "nora.vell@example.org | 555-010-4477 | Porto",
          "",
          "EXPERIENCE",
          "Senior Data Scientist, Harbourline Freight, Porto",
          "2019 - Present",
          "• Built demand forecasting models for two hundred depots across the region",
          "• Led a team of five analysts and set up weekly model reviews with operations",
          "Data Analyst, Meridian Grocers",
          "2015 - 2019",
          "• Wrote the pricing dashboards used by every store manager in the chain",
          "",
          "EDUCATION",
          "M.Sc. Statistics, University of Coimbra, 2015",
          "",
          "SKILLS",
          "Python, SQL, Spark, time series, experiment design, stakeholder communication");

  private static ExtractedDocument text(String text) throws DocumentException {
    TextAssembler a = new TextAssembler(MediaType.TEXT, 10_000_000);
    a.block(text, false);
    return a.build();
  }

  private static List<String> issues(String text) throws DocumentException {
    return TextDamage.issues(text(text));
  }

  private static Quality judge(String text) throws DocumentException {
    return QualityJudge.judge(text(text));
  }

  private static Optional<String> issueStarting(List<String> issues, String start) {
    return issues.stream().filter(i -> i.startsWith(start)).findFirst();
  }

  @Test
  void cleanBodyIsOk() throws Exception {
    Quality q = judge(BODY);
    assertEquals(Quality.Status.OK, q.status(), q.issues().toString());
  }

  // ---- glued words

  @Test
  void gluedLinesAreReported() throws Exception {
    String glued =
        BODY
            + "\nPROJECTS\n"
            + "managedteamofengineersbuildingroutingservices\n"
            + "Designedthefreightpricingengineandrolleditout\n"
            + "MachineLearningEngineer\n"
            + "wroteevaluationtoolingforforecastaccuracy\n";
    Quality q = judge(glued);
    assertEquals(Quality.Status.LOW_CONFIDENCE, q.status());
    String issue = issueStarting(q.issues(), "words run together").orElseThrow();
    assertTrue(issue.contains("4 of"), issue);
    assertTrue(issue.contains("(e.g. \"managedteamofengineersbu\u2026\")"), issue);
  }

  @Test
  void oneLongWordNeverFlags() throws Exception {
    assertEquals(List.of(), issues(BODY + "\nmanagedteamofengineersbuildingroutingservices\n"));
    assertEquals(List.of(), issues("Pneumonoultramicroscopicsilicovolcanoconiosis"));
  }

  @Test
  void linksAddressesAndIdentifiersAreNotGlued() throws Exception {
    String text =
        BODY
            + "\nhttps://www.example.org/portfolio/demandforecastingforfreightdepots\n"
            + "nora.vell.freightforecasting@example.org\n"
            + "#demandforecastingforfreight\n"
            + "freight_demand_forecasting_pipeline_config.yaml\n"
            + "org.harbourline.forecasting.depotdemandestimator\n"
            + "demandforecastingv2experimentresults\n";
    assertEquals(List.of(), issues(text));
  }

  @Test
  void germanCompoundsInProseAreNotGlued() throws Exception {
    String text =
        String.join(
            "\n",
            "Berufserfahrung",
            "Leitung der Softwareentwicklungsprojekte im Bereich Qualitätssicherung",
            "Einführung der Datenverarbeitungssysteme für die Personalverwaltungsabteilung",
            "Verantwortlich für Versicherungsvertragsverwaltung und Mitarbeiterschulungen",
            "Betreuung der Kundenzufriedenheitsbefragungen mit naturwissenschaftlichen Methoden",
            "Weiterbildungsmaßnahmen",
            "Projektmanagementerfahrung in Arbeitsgemeinschaften");
    assertEquals(List.of(), issues(text));
  }

  @Test
  void productNamesAndScriptsWithoutCaseAreNotGlued() throws Exception {
    String text =
        BODY
            + "\nTensorFlow PyTorch GitHub LinkedIn PricewaterhouseCoopers JavaScript\n"
            + "GetRealPrice DeepSpeed HuggingFace\n"
            + "\u6570\u636e\u79d1\u5b66\u5bb6\u8d1f\u8d23\u9700\u6c42\u9884\u6d4b\u6a21\u578b"
            + "\u7684\u5f00\u53d1\u4e0e\u90e8\u7f72\u5de5\u4f5c\u5e76\u5e26\u9886\u56e2\u961f\n";
    assertEquals(List.of(), issues(text));
  }

  // ---- lost ligatures

  @Test
  void lostLigaturesAreReported() throws Exception {
    String text =
        BODY
            + "\nResearch Publica ons\n"
            + "Compe ons and Awards\n"
            + "Holds the AWS certi cation for e ective cloud work ow design\n";
    Quality q = judge(text);
    assertEquals(Quality.Status.LOW_CONFIDENCE, q.status());
    String issue = issueStarting(q.issues(), "words split where a ligature").orElseThrow();
    assertTrue(issue.contains(": 5 (e.g. \"Publica ons\")"), issue);
  }

  @Test
  void twoClearFormsAreEnoughButOneIsNot() throws Exception {
    assertEquals(List.of(), issues(BODY + "\nResearch Publica ons\n"));
    assertEquals(1, issues(BODY + "\nResearch Publica ons\nsta s cs and analy cs\n").size());
  }

  @Test
  void ordinaryPhrasesAreNotLostLigatures() throws Exception {
    String text =
        BODY
            + "\nReported data on depot media on request and area on call\n"
            + "Processed all add ons, hands on with Kafka on Kubernetes\n"
            + "Built Mona on top of an engine; Elysium Planitia on Mars\n"
            + "Proficient in python and c, using c for firmware; we ve shipped it\n"
            + "Reduced the operating and mainte-\n"
            + "nance costs; I ve worked on it; the first field\n";
    assertEquals(List.of(), issues(text));
  }

  // ---- icon glyph names

  @Test
  void iconNamesBeforeContactsAreReported() throws Exception {
    String text =
        "Nora Vell-Attley\n"
            + "envelope nora.vell@example.org phone 555-010-4477 map-marker Porto\n"
            + "github github.com/noravell linkedin linkedin.com/in/noravell\n"
            + BODY.substring(BODY.indexOf("EXPERIENCE"));
    Quality q = judge(text);
    assertEquals(Quality.Status.LOW_CONFIDENCE, q.status());
    String issue = issueStarting(q.issues(), "icon names").orElseThrow();
    assertTrue(issue.contains(": 4 (e.g. \"envelope\")"), issue);
  }

  @Test
  void labelsAndProseBeforeContactsAreNotIconNames() throws Exception {
    String text =
        BODY
            + "\nEmail: nora.vell@example.org | Phone: 555-010-4477\n"
            + "Email nora.vell@example.org | Mobile +351 555 010 447\n"
            + "GitHub github.com/noravell LinkedIn linkedin.com/in/noravell\n"
            + "Code for the thesis is available at https://github.com/noravell/thesis\n"
            + "at https://github.com/noravell/demand and the slides\n"
            + "at https://example.org/talks/forecasting\n"
            + "phone +351 555 010 447\n"
            + "envelope makers in 2015-2019\n";
    assertEquals(List.of(), issues(text));
  }

  @Test
  void oneIconNameIsNotEnough() throws Exception {
    assertEquals(List.of(), issues("envelope nora.vell@example.org\n" + BODY));
  }

  // ---- page furniture

  @Test
  void pageNumbersBetweenContentLinesAreReported() throws Exception {
    String[] forms = {"Page 2 of 3", "2 / 3", "- 2 -", "Page 2", "PAGE 2 OF 3"};
    for (String form : forms) {
      String text = BODY.replace("Data Analyst, Meridian", form + "\nData Analyst, Meridian");
      List<String> issues = issues(text);
      assertEquals(1, issues.size(), form);
      assertTrue(
          issues.get(0).contains("1 page-number line(s), 0 running line(s)"), issues::toString);
    }
  }

  @Test
  void runningLinesBetweenContentLinesAreReported() throws Exception {
    for (String running :
        List.of(
            "Nora Vell-Attley \u2013 Curriculum Vitae \u2013 2",
            "Nora Vell-Attley | Resume | Page 2 of 3",
            "CV \u2014 Nora Vell-Attley \u2014 2",
            "Nora Vell-Attley | Page 2",
            "May 2024 Nora Vell-Attley \u00B7 Curriculum Vitae 2")) {
      String text = BODY.replace("EDUCATION", running + "\nEDUCATION");
      List<String> issues = issues(text);
      assertEquals(1, issues.size(), running);
      assertTrue(
          issues.get(0).contains("0 page-number line(s), 1 running line(s)"), issues::toString);
    }
  }

  @Test
  void numbersThatAreContentAreNotFurniture() throws Exception {
    String text =
        BODY
            + "\nscaled to O(N log N) instead of O(N\n"
            + "2\n"
            + ") in the worst case\n"
            + "Languages\n"
            + "3\n"
            + "Curriculum vitae available on request\n"
            + "Resume writing workshop, 2019\n"
            + "Published in the Journal of Freight, page 12, with two co-authors from the lab\n"
            + "Page 2 of 3";
    assertEquals(List.of(), issues(text));
  }

  // ---- verdicts and edge cases

  @Test
  void damageNeverMakesTheVerdictWorseThanLowConfidence() throws Exception {
    String text =
        BODY
            + "\nResearch Publica ons\nCompe ons\n"
            + "envelope nora.vell@example.org phone 555-010-4477\n"
            + "Page 2 of 3\n"
            + "managedteamofengineersbuildingroutingservices\n"
            + "designedthefreightpricingengineandrolleditout\n"
            + "wroteevaluationtoolingforforecastaccuracy\n"
            + "The end.";
    Quality q = judge(text);
    assertEquals(Quality.Status.LOW_CONFIDENCE, q.status());
    assertEquals(4, q.issues().size(), q.issues()::toString);
    // Stable order: glued words, ligatures, icon names, furniture.
    assertTrue(q.issues().get(0).startsWith("words run together"));
    assertTrue(q.issues().get(1).startsWith("words split"));
    assertTrue(q.issues().get(2).startsWith("icon names"));
    assertTrue(q.issues().get(3).startsWith("page numbers"));
  }

  @Test
  void emptyOneWordAndBlankTextsHaveNoDamage() throws Exception {
    assertEquals(List.of(), issues(""));
    assertEquals(List.of(), issues("   \n\n  "));
    assertEquals(List.of(), issues("Engineer"));
    assertEquals(List.of(), issues("2"));
    assertEquals(
        List.of(),
        TextDamage.issues(new ExtractedDocument(MediaType.TEXT, "", 1, List.of(), Quality.ok())));
    // A document made from bare text, without lines, is read from its text.
    ExtractedDocument bare =
        new ExtractedDocument(
            MediaType.TEXT, BODY + "\nPublica ons\nCompe ons\n", 1, List.of(), Quality.ok());
    assertEquals(1, TextDamage.issues(bare).size());
  }

  @Test
  void hugeTextsStayFast() {
    String clean = repeat(BODY + "\n", 200_000);
    String glued = repeat("managedteamofengineersbuildingroutingservices", 200_000);
    String letters = repeat("a", 200_000);
    String digits = repeat("5", 200_000);
    String spaced = repeat("a ", 100_000);
    String oneLine = repeat("envelope nora.vell@example.org phone 555-010-4477 ", 200_000 / 50);
    String numbers = repeat("1 ", 100_000);
    String dots = repeat("a.", 100_000) + "@" + repeat("b.", 50_000);
    String pages = repeat("Page 2 of 3\n", 200_000 / 12);
    for (String huge :
        List.of(clean, glued, letters, digits, spaced, oneLine, numbers, dots, pages)) {
      assertTimeoutPreemptively(Duration.ofSeconds(3), () -> judge(huge));
    }
  }

  private static String repeat(String s, int length) {
    StringBuilder sb = new StringBuilder(length + s.length());
    while (sb.length() < length) {
      sb.append(s);
    }
    return sb.substring(0, length);
  }
}
