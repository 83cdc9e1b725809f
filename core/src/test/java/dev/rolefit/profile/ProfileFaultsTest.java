package dev.rolefit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.ProfileTrees;
import dev.rolefit.profile.internal.ProfileValidator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Faults a fuzzing campaign found: each is an invalid profile (exit 5 in the CLI) reported in one
 * line, "file:line: key: message", at the line of the fault, never an internal error.
 */
class ProfileFaultsTest {
  private static final Pattern ONE_PROBLEM = Pattern.compile("f\\.yaml:[1-9][0-9]*: [^:\\n]+: .+");

  private final ProfileLoader loader = new ProfileLoader();

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private List<String> problems(String yaml) {
    return assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "f.yaml")).lines();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A key twice in a skill: the second one used to win silently.
        "    weight: 0.9\\n|    weight: 0.9\\n    weight: 0.1\\n|    weight: 0.1|duplicate key 'weight'",
        "schemaVersion: 1\\n|schemaVersion: 1\\nschemaVersion: 1\\n|schemaVersion: 1\\nrole|duplicate key"
            + " 'schemaVersion'",
        "  frequencyCap: 3\\n|  frequencyCap: 3\\n  frequencyCap: 4\\n|  frequencyCap: 4|duplicate key"
            + " 'frequencyCap'",
      })
  void duplicateKeysAreErrorsAtTheSecondKey(String from, String to, String at, String message)
      throws Exception {
    String yaml =
        ProfileLoaderTest.minimal().replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    List<String> p = problems(yaml);
    assertEquals(1, p.size(), p.toString());
    assertTrue(
        p.get(0).startsWith("f.yaml:" + lineOf(yaml, at.replace("\\n", "\n")) + ":"), p.get(0));
    assertTrue(p.get(0).endsWith(message), p.get(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Tab indentation: six lines of parser output, and the line before the tab.
        "\\n  keywordsWeight|\\n\\tkeywordsWeight|\\tkeywordsWeight|found character",
        "\\n  - id: core-build|\\n  - id: core-build: x|- id: core-build: x|mapping values are"
            + " not allowed here",
        "[widget]]|[widget]|concepts: [[build|expected ',' or ']'",
        "\\n  id: test-role|\\n  id: 'test-role|id: 'test-role|found unexpected end of stream",
      })
  void malformedYamlIsOneLineAtTheFaultsLine(String from, String to, String at, String message)
      throws Exception {
    String yaml =
        ProfileLoaderTest.minimal()
            .replace(from.replace("\\n", "\n"), to.replace("\\n", "\n").replace("\\t", "\t"));
    List<String> p = problems(yaml);
    assertEquals(1, p.size(), p.toString());
    String line = "f.yaml:" + lineOf(yaml, at.replace("\\t", "\t")) + ": malformed YAML: ";
    assertTrue(p.get(0).startsWith(line), p.get(0));
    assertTrue(p.get(0).contains(message), p.get(0));
    assertTrue(ONE_PROBLEM.matcher(p.get(0)).matches(), p.get(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "- just a list",
        "plain text",
        "schemaVersion: 1",
        "schemaVersion: one",
        "schemaVersion: 1\\nrole: ~",
        "schemaVersion: 1\\nskills: [~]",
        "schemaVersion: 1\\nskills: 5",
        "schemaVersion: 1\\nscoring: {frequencyCap: 99999999999}",
        "schemaVersion: 1\\nlevels: [{id: entry, titles: [junior, ~]}]",
        "schemaVersion: 1\\nresponsibilities: [{id: r, concepts: [~]}]",
        "schemaVersion: 1\\nrole: {id: 'a\\u2028b'}",
        "\\uFEFFschemaVersion: 2",
        "a: &x [1]\\nb: *y",
        "{{{{",
      })
  void everyProblemIsOneLineWithItsLine(String text) {
    String yaml =
        text.replace("\\n", "\n").replace("\\u2028", "\u2028").replace("\\uFEFF", "\uFEFF");
    for (String p : problems(yaml)) {
      assertTrue(ONE_PROBLEM.matcher(p).matches(), "one line, from line 1: " + p);
    }
  }

  @Test
  void nullEntriesAreReportedWhereTheyAre() throws Exception {
    String yaml =
        ProfileLoaderTest.minimal().replace("aliases: [gizmo kit]", "aliases: [gizmo kit, ~]");
    assertEquals(
        List.of(
            "f.yaml:"
                + lineOf(yaml, "aliases: [gizmo kit, ~]")
                + ": skills[1].aliases[1]: empty value (null): give a value or remove the entry"),
        problems(yaml));
  }

  @Test
  void aProfileNeedsItsVersion() throws Exception {
    String yaml = ProfileLoaderTest.minimal().replace("  version: \"0.0.1\"\n", "");
    assertEquals(List.of("f.yaml:2: role: needs id, name and version"), problems(yaml));
  }

  @Test
  void aSkillOverTheAliasLimitNamesTheLimit() throws Exception {
    List<String> words = ProfileTrees.words(ProfileValidator.MAX_ALIASES_PER_SKILL + 1, 3);
    String yaml =
        ProfileLoaderTest.minimal()
            .replace("aliases: [gizmo kit]", "aliases: [" + String.join(", ", words) + "]");
    assertEquals(
        List.of(
            "f.yaml:"
                + lineOf(yaml, "aliases: [" + words.get(0))
                + ": skills.gizmos.aliases: has 101 aliases (ambiguous ones included); the limit"
                + " is 100 per skill"),
        problems(yaml));
  }

  @Test
  void aConceptGroupOverTheTermLimitNamesTheLimit() throws Exception {
    List<String> words = ProfileTrees.words(ProfileValidator.MAX_TERMS_PER_CONCEPT + 1, 4);
    String yaml =
        ProfileLoaderTest.minimal()
            .replace(
                "[[build, built], [widget]]",
                "[[build, built], [" + String.join(", ", words) + "]]");
    assertEquals(
        List.of(
            "f.yaml:"
                + lineOf(yaml, "concepts: [[build")
                + ": responsibilities.core-build.concepts: has 201 terms in one group; the limit is"
                + " 200"),
        problems(yaml));
  }

  @Test
  void allSkillsTogetherOverTheAliasLimitNameTheLimit() throws Exception {
    int perSkill = ProfileValidator.MAX_ALIASES_PER_SKILL;
    int skills = ProfileValidator.MAX_ALIASES / perSkill + 1;
    List<String> words = ProfileTrees.words(skills * perSkill, 5);
    StringBuilder yaml = new StringBuilder(ProfileLoaderTest.minimal());
    for (int i = 0; i < skills; i++) {
      yaml.append("  - {id: made-up-")
          .append(i)
          .append(", name: Made up ")
          .append(i)
          .append(", category: tool, group: tools, weight: 0.1, source: field, aliases: [")
          .append(String.join(", ", words.subList(i * perSkill, (i + 1) * perSkill)))
          .append("]}\n");
    }
    List<String> p = problems(yaml.toString());
    assertEquals(1, p.size(), p.toString());
    assertTrue(
        p.get(0)
            .matches("f\\.yaml:\\d+: skills: have 1010\\d aliases in all; the limit is 10000 .*"),
        p.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "ISO-8859-1"})
  void aProfileThatIsNotUtf8IsAnInvalidProfileNamingTheFile(String charset, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("role.yaml");
    String text = ProfileLoaderTest.minimal().replace("only for tests", "only for tests, café");
    Files.write(file, text.getBytes(Charset.forName(charset)));
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.load(file));
    assertEquals(1, e.lines().size());
    assertTrue(
        e.getMessage().startsWith(file + ":") && e.getMessage().contains("not UTF-8 text"),
        e.getMessage());
  }

  @Test
  void aUtf8ProfileWithAByteOrderMarkLoads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bom.yaml");
    Files.write(file, ("\uFEFF" + ProfileLoaderTest.minimal()).getBytes(StandardCharsets.UTF_8));
    assertEquals("test-role", loader.load(file).role().id());
  }
}
