package dev.rolefit.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scoring block's numbers: each has a documented range, a value outside it is a {@link Problem}
 * at the line of its key, and any block of values inside the ranges loads with exactly those
 * values. The ranges below are the documentation's (corpus/README.md), written again here so that
 * the validator is checked against them, not against itself.
 */
class ScoringBlockValidationTest {
  private final ProfileLoader loader = new ProfileLoader();

  /** A number of the block: its path under {@code scoring} and its range. */
  record Field(String path, double lo, boolean openLo, double hi, boolean whole) {}

  static final List<Field> FIELDS =
      List.of(
          new Field("requiredShare", 0, false, 1, false),
          new Field("preferredSaturation", 0, true, 1, false),
          new Field("specializationBoost", 0, false, 10, false),
          new Field("unanchoredCredit", 0, false, 1, false),
          new Field("listedCredit", 0, false, 1, false),
          new Field("levelFitPenalty", 0, false, 1, false),
          new Field("mentionBonus", 0, false, 1, false),
          new Field("quoteContext", 0, false, 1000, true),
          new Field("responsibilityCoverage.found", 0, true, 1, false),
          new Field("responsibilityCoverage.weak", 0, false, 1, false),
          new Field("responsibilityCoverage.perBullet", 1, false, 100, true),
          new Field("responsibilityCoverage.objectAfter", 0, false, 100, true),
          new Field("responsibilityCoverage.objectBefore", 0, false, 100, true),
          new Field("responsibilityCoverage.shownBySection", 0, false, 1, false),
          new Field("responsibilityCoverage.bm25Credit", 0, false, 1, false),
          new Field("responsibilityCoverage.bm25Threshold", 0, false, 1, false),
          new Field("responsibilityCoverage.bm25Cap", 0, false, 1, false),
          new Field("specializationFit.scale", 0, true, 10, false),
          new Field("specializationFit.domainSkillsForFull", 1, false, 1000, false),
          new Field("levelEstimate.yearsWeight", 0, false, 10, false),
          new Field("levelEstimate.yearsDecay", 0, true, 50, false),
          new Field("levelEstimate.titleWeight", 0, false, 10, false),
          new Field("levelEstimate.latestTitle", 0, false, 1, false),
          new Field("levelEstimate.olderTitle", 0, false, 1, false),
          new Field("levelEstimate.plainTitle", 0, false, 1, false),
          new Field("levelEstimate.signalWeight", 0, false, 10, false),
          new Field("levelEstimate.signalStep", 0, false, 1, false),
          new Field("levelEstimate.stageWeight", 0, false, 10, false),
          new Field("levelEstimate.unrelatedWork", 0, false, 1, false),
          new Field("postingMatch.requiredWeight", 0, true, 10, false),
          new Field("postingMatch.preferredWeight", 0, false, 10, false),
          new Field("postingMatch.partlyCredit", 0, false, 1, false),
          new Field("postingMatch.wordsMet", 0, true, 1, false),
          new Field("postingMatch.wordsPartly", 0, false, 1, false),
          new Field("postingMatch.yearsPartly", 0, false, 1, false),
          new Field("postingMatch.certificationMet", 0, true, 1, false),
          new Field("postingMatch.equivalentYears", 0, false, 50, false),
          new Field("gaps.max", 1, false, 1000, true),
          new Field("chartTones.good", 0, false, 100, false),
          new Field("chartTones.fair", 0, false, 100, false));

  /** Lower thresholds that may not pass the upper one of their pair. */
  private static final List<List<String>> PAIRS =
      List.of(
          List.of("responsibilityCoverage.weak", "responsibilityCoverage.found"),
          List.of("postingMatch.wordsPartly", "postingMatch.wordsMet"),
          List.of("chartTones.fair", "chartTones.good"));

  private static final int STEPS = 1_000_000;

  /** A value in a field's range, {@code k} of {@link #STEPS} of the way up (never an open end). */
  private static String inRange(Field f, int k) {
    double v = f.lo() + (f.hi() - f.lo()) * k / STEPS;
    if (f.openLo() && v <= f.lo()) {
      v = f.hi() / STEPS;
    }
    return f.whole() ? Long.toString(Math.round(Math.max(f.lo(), Math.floor(v)))) : num(v);
  }

  /** A value outside a field's range: below, above, the open end itself, or not a number. */
  private static String outOfRange(Field f, int how, int k) {
    double by = 1 + k % 1000;
    return switch (how % 4) {
      case 0 -> f.whole() ? Long.toString((long) (f.lo() - by)) : num(f.lo() - by / 1000);
      case 1 -> f.whole() ? Long.toString((long) (f.hi() + by)) : num(f.hi() + by / 1000);
      case 2 -> f.openLo() ? num(f.lo()) : f.whole() ? Long.toString((long) f.hi() + 1) : ".nan";
      default -> f.whole() ? Long.toString((long) f.lo() - 1) : ".inf";
    };
  }

  private static String num(double v) {
    return Double.toString(v);
  }

  /** The minimal profile with the given scoring numbers added, nested blocks in block style. */
  private static String withScoring(List<String> values) throws Exception {
    StringBuilder b = new StringBuilder();
    String block = "";
    for (int i = 0; i < FIELDS.size(); i++) {
      String path = FIELDS.get(i).path();
      int dot = path.indexOf('.');
      if (dot < 0) {
        b.append("  ").append(path).append(": ").append(values.get(i)).append('\n');
        block = "";
        continue;
      }
      String head = path.substring(0, dot);
      if (!head.equals(block)) {
        b.append("  ").append(head).append(":\n");
        block = head;
      }
      b.append("    ").append(path.substring(dot + 1)).append(": ");
      b.append(values.get(i)).append('\n');
    }
    String yaml = ProfileLoaderTest.minimal();
    return yaml.replace("  bands:\n", b + "  bands:\n");
  }

  private static List<String> validValues(List<Integer> ks) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      values.add(inRange(FIELDS.get(i), ks.get(i)));
    }
    // A pair's lower threshold is at most its upper one.
    for (List<String> pair : PAIRS) {
      int lo = index(pair.get(0));
      int hi = index(pair.get(1));
      if (Double.parseDouble(values.get(lo)) > Double.parseDouble(values.get(hi))) {
        String t = values.get(lo);
        values.set(lo, values.get(hi));
        values.set(hi, t);
      }
    }
    return values;
  }

  private static int index(String path) {
    for (int i = 0; i < FIELDS.size(); i++) {
      if (FIELDS.get(i).path().equals(path)) {
        return i;
      }
    }
    throw new IllegalArgumentException(path);
  }

  /** The value a loaded profile holds at a path, through the records' accessors. */
  private static double read(RoleProfile p, String path) throws Exception {
    Object o = p.scoring();
    for (String step : path.split("\\.")) {
      Method m = o.getClass().getMethod(step);
      o = m.invoke(o);
    }
    return ((Number) o).doubleValue();
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    assertTrue(at >= 0, needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The line of a field's key in a text made by {@link #withScoring}. */
  private static int keyLine(String yaml, String path) {
    int dot = path.indexOf('.');
    if (dot < 0) {
      return lineOf(yaml, "\n  " + path + ": ") + 1;
    }
    int block = yaml.indexOf("\n  " + path.substring(0, dot) + ":\n");
    int at = yaml.indexOf("\n    " + path.substring(dot + 1) + ": ", block);
    return (int) yaml.substring(0, at + 1).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void randomBlocksInsideTheRangesLoadWithTheirValues() {
    qt().withExamples(40)
        .forAll(lists().of(integers().between(0, STEPS)).ofSize(FIELDS.size()))
        .checkAssert(
            ks -> {
              List<String> values = validValues(ks);
              try {
                RoleProfile p = loader.parse(withScoring(values), "valid.yaml");
                for (int i = 0; i < FIELDS.size(); i++) {
                  assertEquals(
                      Double.parseDouble(values.get(i)),
                      read(p, FIELDS.get(i).path()),
                      FIELDS.get(i).path());
                }
              } catch (InvalidProfileException e) {
                throw new AssertionError(values + " rejected: " + e.lines(), e);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void aRandomValueOutsideItsRangeIsAProblemAtItsKeysLine() {
    qt().withExamples(60)
        .forAll(
            integers().between(0, FIELDS.size() - 1),
            integers().between(0, 3),
            integers().between(0, STEPS),
            lists().of(integers().between(0, STEPS)).ofSize(FIELDS.size()))
        .checkAssert(
            (field, how, k, ks) -> {
              Field f = FIELDS.get(field);
              List<String> values = validValues(ks);
              values.set(field, outOfRange(f, how, k));
              try {
                String yaml = withScoring(values);
                InvalidProfileException e =
                    assertThrows(
                        InvalidProfileException.class,
                        () -> loader.parse(yaml, "bad.yaml"),
                        f.path() + " = " + values.get(field));
                int line = keyLine(yaml, f.path());
                assertTrue(
                    e.problems().stream()
                        .anyMatch(
                            p ->
                                p.file().equals("bad.yaml")
                                    && p.line() == line
                                    && p.key().equals("scoring." + f.path())),
                    f.path() + " at line " + line + ": " + e.lines());
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "responsibilityCoverage|{found: 1.5}|scoring.responsibilityCoverage.found|must be in (0, 1],"
            + " was 1.5",
        "responsibilityCoverage|{found: 0.5, weak: 0.6}|scoring.responsibilityCoverage.weak|must be at"
            + " most found (0.5), was 0.6",
        "levelEstimate|{yearsDecay: 0}|scoring.levelEstimate.yearsDecay|must be in (0, 50], was 0.0",
        "postingMatch|{requiredWeight: -2}|scoring.postingMatch.requiredWeight|must be in (0, 10],"
            + " was -2.0",
        "gaps|{max: 0}|scoring.gaps.max|must be a whole number in [1, 1000], was 0",
        "quoteContext|-1|scoring.quoteContext|must be a whole number in [0, 1000], was -1",
        "mentionBonus|2|scoring.mentionBonus|must be in [0, 1], was 2.0",
      })
  void anOutOfRangeNumberIsOneProblemWithFileLineAndKey(
      String key, String value, String problemKey, String message) throws Exception {
    String yaml =
        ProfileLoaderTest.minimal()
            .replace("  bands:\n", "  " + key + ": " + value + "\n  bands:\n");
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "s.yaml"));
    assertEquals(
        List.of(new Problem("s.yaml", lineOf(yaml, "  " + key + ": "), problemKey, message)),
        e.problems());
    assertEquals(
        String.format(
            Locale.ROOT, "s.yaml:%d: %s: %s", lineOf(yaml, "  " + key + ": "), problemKey, message),
        e.getMessage());
  }

  @Test
  void aBandsToneIsOneOfTheThree() throws Exception {
    String yaml =
        ProfileLoaderTest.minimal()
            .replace("{name: good, min: 50}", "{name: good, min: 50, tone: green}");
    InvalidProfileException e =
        assertThrows(InvalidProfileException.class, () -> loader.parse(yaml, "t.yaml"));
    assertEquals(
        List.of(
            new Problem(
                "t.yaml",
                lineOf(yaml, "tone: green"),
                "scoring.bands.tone",
                "must be one of good, fair, low, was 'green'")),
        e.problems());
  }

  @Test
  void withoutTonesTheBetterHalfOfTheBandsIsGoodAndTheWorseHalfLow() throws Exception {
    String yaml =
        ProfileLoaderTest.minimal()
            .replace(
                "    - {name: good, min: 50}\n    - {name: poor, min: 0}\n",
                "    - {name: a, min: 80}\n    - {name: b, min: 60}\n    - {name: c, min: 40}\n"
                    + "    - {name: d, min: 20, tone: good}\n    - {name: e, min: 0}\n");
    RoleProfile.Scoring s = loader.parse(yaml, "b.yaml").scoring();
    assertEquals(
        List.of("good", "good", "fair", "good", "low"),
        List.of("a", "b", "c", "d", "e").stream().map(b -> s.tone(b).orElseThrow()).toList());
    assertTrue(s.tone("unknown").isEmpty());
  }
}
