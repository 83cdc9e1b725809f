package dev.rolefit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.profile.RoleProfile.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled Machine Learning Scientist profile: complete, faithful to its source, own words. */
class BundledProfileTest {
  private static final RoleProfile PROFILE = TestSupport.roleFit().profile();

  @Test
  void coversTheRoleAsTheIssueAsks() {
    assertTrue(count("core") >= 12, "core responsibilities: " + count("core"));
    for (String level : List.of("entry", "mid", "senior")) {
      assertTrue(count(level) >= 7, level + " responsibilities: " + count(level));
    }
    assertEquals(
        Set.of(
            "theoretical",
            "applied",
            "deep-learning",
            "reinforcement-learning",
            "ml-infrastructure",
            "nlp"),
        new HashSet<>(PROFILE.specializations().stream().map(s -> s.id()).toList()));
    assertTrue(PROFILE.skills().size() >= 150, "skills: " + PROFILE.skills().size());
    for (Skill s : PROFILE.skills()) {
      assertTrue(
          !s.aliases().isEmpty() || !s.examples().positive().isEmpty(),
          s.id() + " has neither alias nor example");
    }
  }

  @Test
  void everyPartOfTheSourceIsRepresented() {
    Set<String> sources = new TreeSet<>();
    sources.add(PROFILE.role().source());
    PROFILE.levels().forEach(l -> sources.add(l.source()));
    PROFILE.specializations().forEach(s -> sources.add(s.source()));
    PROFILE.responsibilities().forEach(r -> sources.add(r.source()));
    PROFILE.skills().forEach(s -> sources.add(s.source()));
    List<String> expected = new ArrayList<>();
    expected.add("seed:definition");
    for (int i = 1; i <= 12; i++) {
      expected.add("seed:responsibilities/core#" + i);
    }
    for (String level : List.of("entry", "mid", "senior")) {
      expected.add("seed:levels/" + level);
      for (int i = 1; i <= 7; i++) {
        expected.add("seed:responsibilities/" + level + "#" + i);
      }
    }
    for (String s :
        List.of(
            "theoretical",
            "applied",
            "deep-learning",
            "reinforcement-learning",
            "ml-infrastructure",
            "nlp")) {
      expected.add("seed:specializations/" + s);
    }
    for (String c : List.of("data-quality", "bias", "ethics", "interpretability")) {
      expected.add("seed:challenges/" + c);
    }
    List<String> missing = expected.stream().filter(e -> !sources.contains(e)).toList();
    assertTrue(missing.isEmpty(), "parts of the source without a profile item: " + missing);
  }

  @Test
  void copiesNoSentenceOfTheSource() throws Exception {
    Set<String> seed = new HashSet<>();
    try (InputStream in = getClass().getResourceAsStream("seed-8gram-hashes.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          seed.add(line.strip());
        }
      }
    }
    assertTrue(seed.size() > 1000, "hash list loaded");
    String yaml = bundledText().toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("[a-z0-9]+").matcher(yaml);
    while (m.find()) {
      words.add(m.group());
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    List<String> copied = new ArrayList<>();
    for (int i = 0; i + 8 <= words.size(); i++) {
      String gram = String.join(" ", words.subList(i, i + 8));
      byte[] h = sha.digest(gram.getBytes(StandardCharsets.UTF_8));
      if (seed.contains(HexFormat.of().formatHex(h).substring(0, 16))) {
        copied.add(gram);
      }
    }
    assertTrue(copied.isEmpty(), "runs of 8 words copied from the source: " + copied);
  }

  /** Every positive and negative example phrase of every skill, each a test. */
  @TestFactory
  Stream<DynamicTest> everySkillExamplePhrase() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Skill s : PROFILE.skills()) {
      for (String p : s.examples().positive()) {
        tests.add(
            DynamicTest.dynamicTest(
                s.id() + " + " + p,
                () ->
                    assertTrue(
                        TestSupport.matchBullet(p).skills().containsKey(s.id()),
                        s.id() + " must be found in: " + p)));
      }
      for (String p : s.examples().negative()) {
        tests.add(
            DynamicTest.dynamicTest(
                s.id() + " - " + p,
                () ->
                    assertFalse(
                        TestSupport.matchBullet(p).skills().containsKey(s.id()),
                        s.id() + " must not be found in: " + p)));
      }
    }
    assertTrue(tests.size() >= 300, "example phrases: " + tests.size());
    return tests.stream();
  }

  private static long count(String level) {
    return PROFILE.responsibilities().stream().filter(r -> r.level().equals(level)).count();
  }

  private static String bundledText() throws IOException {
    try (InputStream in =
        BundledProfileTest.class
            .getClassLoader()
            .getResourceAsStream(
                ProfileLoader.BUNDLED_DIR + ProfileLoader.DEFAULT_ROLE + ".yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
