package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.extract.internal.TextDamage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clean prose is never taken for damaged: random lines of ordinary words, with e-mail addresses,
 * links, handles, phone numbers, dates and punctuation mixed in, yield no damage issue.
 */
class CleanProsePropertyTest {
  // Ordinary resume words, some chosen because they look like damage to a careless rule: long
  // words, product names, "data on", "at", "phone", "home", short words.
  private static final List<String> WORDS =
      List.of(
          "a",
          "I",
          "so",
          "be",
          "on",
          "at",
          "in",
          "of",
          "to",
          "the",
          "and",
          "for",
          "with",
          "we",
          "data",
          "media",
          "area",
          "idea",
          "agenda",
          "formula",
          "extra",
          "camera",
          "add",
          "hands",
          "home",
          "link",
          "mobile",
          "phone",
          "email",
          "marker",
          "globe",
          "focus",
          "based",
          "work",
          "worked",
          "led",
          "built",
          "designed",
          "managed",
          "shipped",
          "reviewed",
          "improved",
          "team",
          "engineers",
          "analysts",
          "models",
          "pipelines",
          "services",
          "customers",
          "forecasting",
          "recommendation",
          "ranking",
          "search",
          "pricing",
          "logistics",
          "responsibilities",
          "internationalization",
          "telecommunications",
          "characterization",
          "infrastructure",
          "experimentation",
          "reproducibility",
          "interpretability",
          "Python",
          "PyTorch",
          "TensorFlow",
          "GitHub",
          "LinkedIn",
          "JavaScript",
          "Kubernetes",
          "SQL",
          "AWS",
          "NLP",
          "A/B",
          "CI/CD",
          "state-of-the-art",
          "end-to-end",
          "real-time",
          "Senior",
          "Engineer",
          "Scientist",
          "University",
          "Lisbon",
          "Porto",
          "Berlin",
          "first",
          "field",
          "office",
          "effective",
          "efficient",
          "certification",
          "workflow",
          "software",
          "after",
          "better",
          "attention",
          "pattern",
          "setting",
          "publications",
          "competitions",
          "education",
          "information",
          "activities",
          "statistics",
          "analytics",
          "specific",
          "classifier",
          "flexible",
          "influence",
          "financial",
          "figures",
          "filters",
          "2019",
          "2021",
          "12",
          "3",
          "10%",
          "-",
          "|",
          "\u2022",
          "&");

  private static final List<String> CONTACTS =
      List.of(
          "jane.roe@example.com",
          "https://github.com/janeroe/ranking-models",
          "www.example.org/portfolio",
          "linkedin.com/in/jane-roe",
          "github.com/janeroe",
          "+1 555 010 0199",
          "(555) 010-0199",
          "555-010-0199",
          "@janeroe",
          "2019 - 2021",
          "Jan 2020 \u2013 Present");

  // Picks from here up end a line: about one pick in fourteen.
  private static final int LINE_BREAK = WORDS.size() + CONTACTS.size();
  private static final int MAX_PICK = LINE_BREAK + 10;
  private static final String[] PUNCTUATION = {"", "", "", ",", ".", ";", ":"};

  /** Builds lines of at least four pieces from the chosen indices. */
  private static String prose(List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    List<String> line = new ArrayList<>();
    int n = 0;
    for (int p : picks) {
      n++;
      if (p >= LINE_BREAK) {
        if (line.size() >= 4) {
          text.append(String.join(" ", line)).append('\n');
          line.clear();
        }
        continue;
      }
      if (p < WORDS.size()) {
        line.add(WORDS.get(p) + PUNCTUATION[n % PUNCTUATION.length]);
      } else {
        line.add(CONTACTS.get(p - WORDS.size()));
      }
    }
    text.append(String.join(" ", line));
    return text.toString();
  }

  @Test
  void cleanProseIsNeverFlagged() {
    qt().withExamples(400)
        .withFixedSeed(20260110L)
        .forAll(lists().of(integers().between(0, MAX_PICK)).ofSizeBetween(0, 600))
        .checkAssert(
            picks -> {
              String text = prose(picks);
              TextAssembler a = new TextAssembler(MediaType.TEXT, 1_000_000);
              try {
                a.block(text, false);
              } catch (LimitExceededException e) {
                throw new AssertionError(e);
              }
              assertEquals(List.of(), TextDamage.issues(a.build()), text);
            });
  }
}
