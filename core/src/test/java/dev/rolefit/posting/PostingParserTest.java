package dev.rolefit.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rolefit.model.RequirementKind;
import dev.rolefit.posting.internal.PostingParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Posting parsing: title, company, sections, items, kinds, required or preferred. */
class PostingParserTest {
  private static final PostingParser PARSER = new PostingParser();
  // Regenerate with -Drolefit.golden.update=true after a deliberate change, and review the diff.
  private static final boolean UPDATE = Boolean.getBoolean("rolefit.golden.update");

  static String resource(String name) throws IOException {
    try (InputStream in = PostingParserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static JobPosting.Requirement find(JobPosting p, String start) {
    return p.requirements().stream()
        .filter(q -> q.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item starting with " + start + " in " + p));
  }

  /** One line per item: kind, required or preferred, years, the text. */
  static String render(JobPosting p) {
    StringBuilder b = new StringBuilder();
    b.append("title: ").append(p.title()).append('\n');
    b.append("company: ").append(p.company()).append('\n');
    for (JobPosting.Requirement q : p.requirements()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-18s %-9s %-12s %2d  %s%n",
              q.kind().id(),
              q.required() ? "required" : "preferred",
              q.section(),
              q.years(),
              q.text()));
    }
    return b.toString();
  }

  @Test
  void mixedLayoutMatchesItsGolden() throws IOException {
    String got = render(PARSER.parse(resource("mixed-layout-posting.txt")));
    Path golden = Path.of("src/test/resources/dev/rolefit/posting/mixed-layout-posting.golden.txt");
    if (UPDATE) {
      Files.writeString(golden, got, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), got);
  }

  @Test
  void readsTitleAndCompanyFromTheFirstLine() throws IOException {
    JobPosting p = PARSER.parse(resource("mixed-layout-posting.txt"));
    assertEquals("Applied Scientist, Forecasting", p.title());
    assertEquals("Fernbrook Grocers", p.company());
    assertTrue(
        p.requirements().stream().noneMatch(q -> q.text().contains("Applied Scientist")),
        "the title line is not a requirement");
  }

  @Test
  void labelledTitleAndCompanyLines() {
    JobPosting p =
        PARSER.parse("Job title: ML Engineer\nCompany: Acme Fictional\nRequirements\n- Python\n");
    assertEquals("ML Engineer", p.title());
    assertEquals("Acme Fictional", p.company());
    assertEquals(List.of("Python"), texts(p));
  }

  @Test
  void kindsAndNeeds() throws IOException {
    JobPosting p = PARSER.parse(resource("mixed-layout-posting.txt"));
    assertEquals(RequirementKind.EXPERIENCE, find(p, "3+ years").kind());
    assertEquals(3, find(p, "3+ years").years());
    assertEquals(RequirementKind.DEGREE, find(p, "MSc or PhD").kind());
    assertEquals(RequirementKind.SOFT_SKILL, find(p, "Excellent written").kind());
    assertEquals(RequirementKind.SKILL, find(p, "Strong SQL").kind());
    assertEquals(RequirementKind.RESPONSIBILITY, find(p, "You will design").kind());
    assertEquals(RequirementKind.CERTIFICATION, find(p, "AWS Certified").kind());
    assertEquals(RequirementKind.PUBLICATIONS, find(p, "Publications at NeurIPS").kind());
    assertEquals(RequirementKind.LOCATION, find(p, "Location: Leeds").kind());
    assertEquals(RequirementKind.WORK_AUTHORIZATION, find(p, "You must have the right").kind());
    assertTrue(find(p, "Strong SQL").required());
    assertFalse(find(p, "Familiarity with Spark").required(), "under a nice-to-have heading");
    assertFalse(find(p, "experience with dbt").required(), "an inline nice-to-have list");
  }

  @Test
  void payBenefitsAndLegalTextAreNoRequirements() throws IOException {
    String all = String.join("\n", texts(PARSER.parse(resource("mixed-layout-posting.txt"))));
    assertFalse(all.contains("Salary"), all);
    assertFalse(all.contains("paid leave"), all);
    assertFalse(all.contains("equal opportunity"), all);
    assertFalse(all.contains("140 fictional stores"), "the pitch is no requirement");
  }

  @Test
  void orderBulletsBeforeTheFirstHeadingAreTheDuties() {
    JobPosting p =
        PARSER.parse(
            String.join(
                "\n",
                "Ranking Engineer - Fictional Maps",
                "- Singapore",
                "- Full-time",
                "- Design and implement ranking models for place search.",
                "- Utilize click logs to improve relevance: Improve recall for rare queries.",
                "Qualifications:",
                "- Python"));
    assertEquals(RequirementKind.RESPONSIBILITY, find(p, "Design and implement").kind());
    assertEquals(RequirementKind.RESPONSIBILITY, find(p, "Utilize click logs").kind());
    assertTrue(p.requirements().stream().noneMatch(q -> q.text().equals("Full-time")), "no duty");
    assertEquals(RequirementKind.LOCATION, find(p, "Singapore").kind(), "a country is a place");
    assertEquals(
        RequirementKind.LOCATION,
        PARSER.parse("Requirements\n- Berlin, Germany\n").requirements().get(0).kind());
  }

  @Test
  void requiredAndPreferredHalvesOfOneLineAreTwoItems() {
    JobPosting p =
        PARSER.parse("Qualifications\n- Master's degree required; PhD preferred\n- Python\n");
    assertTrue(find(p, "Master's degree required").required());
    assertFalse(find(p, "PhD preferred").required());
  }

  @Test
  void aWrappedBulletIsOneItem() {
    JobPosting p =
        PARSER.parse(
            "Requirements\n\u2022 Experience building recommendation systems\n  with PyTorch and"
                + " Spark\n\u2022 SQL\n");
    assertEquals(
        List.of("Experience building recommendation systems with PyTorch and Spark", "SQL"),
        texts(p));
  }

  @Test
  void aRequirementThatLooksShortIsNotAHeading() {
    JobPosting p = PARSER.parse("Requirements\nPython experience\nExperience with Kubernetes\n");
    assertEquals(List.of("Python experience", "Experience with Kubernetes"), texts(p));
  }

  @Test
  void withoutHeadingsEveryBulletIsARequirement() {
    JobPosting p = PARSER.parse("\u2022 Python\n\u2022 Kubernetes\n");
    assertEquals(List.of("Python", "Kubernetes"), texts(p));
    assertTrue(p.requirements().stream().allMatch(JobPosting.Requirement::required));
  }

  @Test
  void emptyAndHeadingOnlyPostingsHaveNoItems() {
    assertTrue(PARSER.parse("").requirements().isEmpty());
    assertTrue(PARSER.parse("\n\n  \n").requirements().isEmpty());
    assertTrue(PARSER.parse("Requirements\nNice to have\nBenefits\n").requirements().isEmpty());
  }

  @Test
  void aHugePostingIsBounded() {
    String bullets =
        java.util.stream.IntStream.range(0, 5_000)
            .mapToObj(i -> "- Experience with tool number " + i + " " + "x".repeat(i % 700))
            .collect(Collectors.joining("\n"));
    JobPosting p = PARSER.parse("Requirements\n" + bullets);
    assertEquals(PostingParser.MAX_REQUIREMENTS, p.requirements().size());
    assertTrue(
        p.requirements().stream()
            .allMatch(q -> q.text().length() <= PostingParser.MAX_ITEM_CHARS + 1));
  }

  @Test
  void anyTextParsesWithinBoundsAndItemsComeFromTheText() {
    List<String> vocabulary =
        List.of(
            "Requirements",
            "Nice to have:",
            "- ",
            "\u2022 ",
            "1. ",
            "Python",
            "3+ years of",
            "PhD in Statistics",
            "Benefits",
            "we offer",
            "$120,000",
            "remote",
            "visa",
            "\n",
            "\n\n",
            "; ",
            ". ",
            "You will ",
            "lead a team",
            "\u202e",
            "\u0000",
            "ABOUT US",
            "communication");
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, vocabulary.size() - 1)).ofSizeBetween(0, 60))
        .checkAssert(
            picks -> {
              String text = picks.stream().map(vocabulary::get).collect(Collectors.joining());
              JobPosting p = PARSER.parse(text);
              assertTrue(p.requirements().size() <= PostingParser.MAX_REQUIREMENTS);
              String flat = text.replaceAll("\\s+", " ");
              for (JobPosting.Requirement q : p.requirements()) {
                assertFalse(q.text().isBlank());
                String head = q.text().substring(0, Math.min(4, q.text().length()));
                assertTrue(flat.contains(head), q.text() + " from " + text);
              }
              assertEquals(render(p), render(PARSER.parse(text)), "deterministic");
            });
    qt().withExamples(200)
        .forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(s -> assertTrue(PARSER.parse(s).requirements().size() <= 80));
  }

  private static List<String> texts(JobPosting p) {
    return p.requirements().stream().map(JobPosting.Requirement::text).toList();
  }
}
