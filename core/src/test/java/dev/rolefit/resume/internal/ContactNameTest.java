package dev.rolefit.resume.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.rolefit.extract.Line;
import dev.rolefit.model.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The name in the contact block: found when plain, never guessed. */
class ContactNameTest {

  /** Lines of a contact block; the first {@code headingAt} is a heading of SUMMARY. */
  private static String find(int headingAt, String... lines) {
    List<Line> ls = new ArrayList<>();
    int at = 0;
    for (String s : lines) {
      ls.add(Line.plain(s, 1, at));
      at += s.length() + 1;
    }
    SectionKind[] kind = new SectionKind[lines.length];
    boolean[] heading = new boolean[lines.length];
    Arrays.fill(kind, SectionKind.CONTACT);
    for (int i = headingAt; i >= 0 && i < lines.length; i++) {
      kind[i] = SectionKind.SUMMARY;
      heading[i] = i == headingAt;
    }
    return ContactName.find(ls, kind, heading);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jane Doe",
        "Ada Quill-Marsh",
        "Liam O'Neil",
        "Jane Q. Doe",
        "Ana María de la Cruz",
        "Zoë Van Dyke",
        "Ingrid  Solberg"
      })
  void aPlainNameIsFound(String line) {
    assertEquals(line.replaceAll("\\s+", " "), ContactName.of(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Jane",
        "Jane Doe Smith Jones Brown",
        "Jane de la van Doe",
        "JANE DOE",
        "jane doe",
        "Jane Doe, PhD",
        "Dr. Jane Doe",
        "Jane Doe 2",
        "jane@example.com",
        "Senior Machine Learning Scientist",
        "Machine Learning",
        "Data Analyst",
        "Lead Teacher",
        "Curriculum Vitae",
        "Career Focus",
        "Professional Summary",
        "Acme Corp",
        "Lisbon, Portugal",
        "Q. Doe",
        "Jane de",
        "=Jane Doe",
        "Jane Doe | Lisbon"
      })
  void anythingLessPlainGivesNoName(String line) {
    assertEquals("", ContactName.of(line));
  }

  @Test
  void theNameIsOneOfTheFirstLinesBeforeAnyHeading() {
    assertEquals("Jane Doe", find(-1, "Jane Doe", "jane@example.com", "Summary"));
    assertEquals("Jane Doe", find(-1, "", "STAFF ACCOUNTANT", "Jane Doe"));
    // Past the first three lines, or after a heading, a name-like line is someone else's.
    assertEquals("", find(-1, "CV", "jane@example.com", "555-0100", "Jane Doe"));
    assertEquals("", find(0, "Summary", "Jane Doe"));
    assertEquals("", find(1, "jane@example.com", "Profile", "Jane Doe"));
    assertEquals("", find(-1));
  }

  @Test
  void aFoundNameIsAlwaysTheLineItselfAndNeverHoldsADigitOrAt() {
    qt().withExamples(3000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0, 3))
        .checkAssert(
            (s, k) -> {
              String line = k == 0 ? s : "Jane " + s + (k == 1 ? " Doe" : "");
              String name = ContactName.of(line);
              assertTrue(
                  name.isEmpty() || name.equals(line.strip().replaceAll("[ \t]+", " ")),
                  () -> line + " -> " + name);
              assertTrue(name.chars().noneMatch(c -> Character.isDigit(c) || c == '@'), name);
              int words = name.isEmpty() ? 0 : name.split(" ").length;
              assertTrue(words == 0 || (words >= 2 && words <= 6), name);
            });
  }
}
