package dev.rolefit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading and validating profiles: every problem names file, line and key. */
class ProfileLoaderTest {
  private final ProfileLoader loader = new ProfileLoader();

  static String minimal() throws Exception {
    try (InputStream in = ProfileLoaderTest.class.getResourceAsStream("minimal-role.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void loadsAValidProfile() throws Exception {
    RoleProfile p = loader.parse(minimal(), "minimal.yaml");
    assertEquals("test-role", p.role().id());
    assertEquals(2, p.skills().size());
    assertEquals(0.8, p.skill("gizmos").orElseThrow().weightFor("alpha"));
    assertEquals(0.5, p.skill("gizmos").orElseThrow().weightFor(null));
  }

  @Test
  void unknownKeyNamesItsLine() throws Exception {
    String yaml = minimal().replace("    group: tools\n", "    group: tools\n    colour: red\n");
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "bad.yaml"));
    int line = lineOf(yaml, "colour: red");
    assertTrue(e.getMessage().startsWith("bad.yaml:" + line + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown key 'colour'"), e.getMessage());
  }

  @Test
  void duplicateIdNamesTheSecondOccurrence() throws Exception {
    String yaml = minimal().replace("  - id: gizmos", "  - id: widgetry");
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "dup.yaml"));
    int second = yaml.indexOf("  - id: widgetry", yaml.indexOf("  - id: widgetry") + 1);
    int line = (int) yaml.substring(0, second).chars().filter(c -> c == '\n').count() + 1;
    assertTrue(
        e.lines().stream()
            .anyMatch(
                p ->
                    p.startsWith("dup.yaml:" + line + ":")
                        && p.contains("duplicate id 'widgetry'")),
        e.lines().toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "aliases: [gizmo kit]|aliases: [widget craft]|already claimed by skill 'widgetry'",
        "aliases: [gizmo kit]|aliases: ['']|empty alias",
        "implies: [widgetry]|implies: [nothing-here]|unknown skill 'nothing-here'",
        "weight: 0.5|weight: 1.5|must be in [0, 1]",
        "responsibilities: [core-build]|responsibilities: [core-missing]|unknown responsibility",
        "specializations: {alpha: 0.8}|specializations: {beta: 0.8}|unknown specialization 'beta'",
        "category: tool|category: gadget|must be one of hard, soft, tool, domain, method",
        "aliases: [gizmo kit]|aliases: [gizmo ...]|needs words on both sides of '...'",
        "aliases: [gizmo kit]|aliases: [gizmo kit]\\n    includes: [nothing-here]|unknown skill 'nothing-here'",
        "aliases: [gizmo kit]|aliases: [gizmo kit]\\n    sections: [hallway]|unknown section kind 'hallway'",
        "aliases: [gizmo kit]|aliases: [gizmo kit]\\n    shownBy: [lobby]|unknown section kind 'lobby'",
        "aliases: [gizmo kit]|aliases: [gizmo kit]\\n    context: {requires: ['']}|empty word",
        "concepts: [[build, built], [widget]]|concepts: [[build, built], [widget]]\\n    actionImpliedIn: [attic]|unknown section kind 'attic'",
        "concepts: [[build, built], [widget]]|concepts: [[build, built], [widget]]\\n    shownBy: [cellar]|unknown section kind 'cellar'",
        "frequencyCap: 3|frequencyCap: -1|must be at least 1, was -1",
        "frequencyCap: 3|frequencyCap: 0|must be at least 1, was 0",
        "years: {min: 3, max: 7}|years: {min: 8, max: 7}|needs 0 <= min <= max, was min 8.0, max 7.0",
        "years: {min: 0, max: 3}|years: {min: -1, max: 3}|needs 0 <= min <= max",
        "stemCredit: 0.9|stemCredit: 0.9\\n  preferredSaturation: 0|must be in (0, 1]",
        "stemCredit: 0.9|stemCredit: 0.9\\n  requiredShare: 1.5|must be in [0, 1]",
        "stemCredit: 0.9|stemCredit: 0.9\\n  specializationBoost: -2|must be in [0, 10]",
        "stemCredit: 0.9|stemCredit: 0.9\\n  domainGroups: [nowhere]|no skill is in group 'nowhere'",
        "stemCredit: 0.9|stemCredit: 0.9\\n  foundationGroups: [attic]|foundationGroups: no skill is in group 'attic'",
        "stemCredit: 0.9|stemCredit: 0.9\\n  specializationFit: {typicality: 3}|must be in [0, 2], was 3.0",
        "stemCredit: 0.9|stemCredit: 0.9\\n  specializationFit: {secondaryWithin: 0}|must be in (0, 1], was 0.0",
        "stemCredit: 0.9|stemCredit: 0.9\\n  specializationFit: {minimum: 101}|must be in [0, 100], was 101.0",
        "{id: alpha, name: Alpha,|{id: alpha, name: Alpha, typicalShare: 0,|specializations.alpha.typicalShare: must be in (0, 1], was 0.0",
        "{name: poor, min: 0}|{name: '', min: 0}|each band needs a name and a min in [0, 100]",
        "{name: good, min: 50}|{name: good, min: 500}|each band needs a name and a min in [0, 100]",
        "{id: alpha, name: Alpha,|{id: alpha, name: '',|specializations.alpha.name: is empty",
        "responsibilities: [core-build], source: field}|responsibilities: [core-build], source: field, aliases: [a, '']}|an alias is empty",
        "responsibilities: [core-build], source: field}|responsibilities: [core-build], source: field}\\n  - {id: beta, name: Beta, aliases: [ALPHA], focus: Second., source: field}|alias 'ALPHA' also names specialization 'alpha'",
        "{id: senior, name: Senior,|{id: principal, name: Senior,|'principal' is not one of entry, mid, senior",
        "concepts: [[build, built], [widget]]|concepts: [[build, '  '], [widget]]|empty term",
      })
  void semanticProblemsAreReportedWithLineAndKey(String from, String to, String message)
      throws Exception {
    String yaml = minimal().replace(from, to.replace("\\n", "\n"));
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "p.yaml"));
    assertTrue(
        e.lines().stream()
            .anyMatch(p -> p.contains(message) && p.matches("p\\.yaml:[1-9][0-9]*: \\S+: .*")),
        e.lines().toString());
  }

  @Test
  void aSkillWithoutAGroupIsInvalidAtTheSkillsLine() throws Exception {
    // Scoring looks the group up for every skill: without one, analysis failed with an NPE.
    String yaml = minimal().replace("    group: tools\n", "");
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "g.yaml"));
    assertEquals(
        List.of(
            "g.yaml:"
                + lineOf(yaml, "- id: gizmos")
                + ": skills.gizmos.group: is missing (a"
                + " skill needs a group)"),
        e.lines());
  }

  @Test
  void aMissingListIsReportedNotAnInternalError() throws Exception {
    String yaml = minimal();
    String noSpecs =
        yaml.substring(0, yaml.indexOf("specializations:\n"))
            + yaml.substring(yaml.indexOf("responsibilities:\n"));
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(noSpecs, "s.yaml"));
    assertTrue(
        e.lines().stream().anyMatch(p -> p.contains("needs at least one specialization")),
        e.lines().toString());
  }

  @Test
  void malformedYamlIsAnInvalidProfile() {
    InvalidProfileException e =
        assertThrows(
            InvalidProfileException.class, () -> loader.parse("role: [unclosed\n", "m.yaml"));
    assertTrue(e.getMessage().startsWith("m.yaml:"), e.getMessage());
  }

  private static int lineOf(String text, String needle) {
    return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void theCompiledBundledProfileEqualsItsYaml() throws Exception {
    String name = ProfileLoader.BUNDLED_DIR + ProfileLoader.DEFAULT_ROLE;
    assertTrue(
        getClass().getClassLoader().getResource(name + ".json") != null,
        "the build compiles the bundled profile to JSON");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name + ".yaml")) {
      RoleProfile fromYaml =
          loader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled.yaml");
      assertEquals(fromYaml, loader.bundled(ProfileLoader.DEFAULT_ROLE));
    }
  }
}
