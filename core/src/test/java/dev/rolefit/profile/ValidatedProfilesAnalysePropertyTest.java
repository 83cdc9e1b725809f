package dev.rolefit.profile;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.TestSupport;
import dev.rolefit.extract.Quality;
import dev.rolefit.fixtures.ProfileTrees;
import dev.rolefit.match.Matcher;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import dev.rolefit.report.ReportFormat;
import dev.rolefit.resume.Resume;
import dev.rolefit.score.Scorer;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every profile that validates analyses a resume: profiles made by mutating the bundled one (its
 * first 60 skills, so that each variant loads fast; fields dropped, ids duplicated, huge alias
 * lists, empty strings, odd numbers, unicode, wrong types) either fail validation with {@link
 * InvalidProfileException} or score a small fictional resume, and render it in every format,
 * without an exception.
 */
class ValidatedProfilesAnalysePropertyTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ProfileLoader LOADER = new ProfileLoader();

  private static final String RESUME =
      "Avery Sample\nExperience\n\nMachine Learning Scientist, Fictional Labs, 2017 - 2024\n"
          + "\u2022 Designed and trained deep learning models in PyTorch and Python for ranking.\n"
          + "\u2022 Led a team of four scientists and published papers at NeurIPS.\n"
          + "\u2022 Deployed models to production on Kubernetes; wrote Go and R code.\n\n"
          + "Education\n\nPhD in Computer Science, Example University, 2016\n\n"
          + "Skills\n\nPython, SQL, Spark, TensorFlow, statistics, %s\n";

  private static final List<String> ODD_TEXT =
      List.of(
          "",
          " ",
          "C++ ... C#",
          "caf\u00e9 na\u0131\u0308ve",
          "\u65e5\u672c\u8a9e\u306e\u30e2\u30c7\u30eb",
          "\uD83E\uDD16 robots",
          "\u202Eright to left",
          "line\nbreak",
          "...",
          "a ... b ... c",
          "x".repeat(250),
          "R");

  private static final List<JsonNode> ODD_NUMBERS =
      List.of(
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(2.5),
          NODES.numberNode(1e308),
          NODES.numberNode(1e-300),
          NODES.numberNode(-0.0),
          NODES.numberNode(Integer.MAX_VALUE),
          NODES.numberNode(Double.NaN),
          NODES.numberNode(Double.POSITIVE_INFINITY),
          NODES.numberNode(1));

  @Test
  void everyProfileThatValidatesAnalysesAResume() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    qt().withExamples(50)
        .withFixedSeed(20_240_613L)
        .forAll(lists().of(lists().of(integers().between(0, 10_000)).ofSize(4)).ofSizeBetween(1, 2))
        .checkAssert(
            mutations -> {
              ObjectNode tree = ProfileTrees.smaller(60);
              List<String> extra = new ArrayList<>();
              for (List<Integer> m : mutations) {
                mutate(tree, m.get(0), m.get(1), m.get(2), m.get(3), extra);
              }
              RoleProfile p;
              try {
                p = LOADER.parse(ProfileTrees.yaml(tree), "mutant.yaml");
              } catch (InvalidProfileException e) {
                assertTrue(
                    e.lines().stream()
                        .allMatch(x -> x.matches("mutant\\.yaml:[1-9][0-9]*: [^\\n]+")),
                    e.lines().toString());
                invalid.incrementAndGet();
                return;
              }
              valid.incrementAndGet();
              analyse(p, String.join(", ", extra));
            });
    // Both outcomes occur, or the generator tests less than it claims.
    assertTrue(valid.get() >= 5 && invalid.get() >= 10, valid + " valid, " + invalid + " invalid");
  }

  private static void analyse(RoleProfile p, String extra) {
    Resume resume = TestSupport.resume(String.format(Locale.ROOT, RESUME, extra));
    ProfileIndex index = new ProfileIndex(p);
    Scorer scorer = new Scorer(p);
    var matches = new Matcher(index).match(resume);
    FitReport.DocumentInfo doc =
        new FitReport.DocumentInfo(
            "cv.txt",
            "text/plain",
            1,
            resume.text().length(),
            new FitReport.QualityInfo(Quality.Status.OK, List.of()));
    FitReport.Tool tool = new FitReport.Tool("rolefit", "test");
    List<Target> targets = new ArrayList<>(List.of(Target.auto()));
    targets.add(Target.of(Level.SENIOR, p.specializations().get(0).id()));
    for (Target t : targets) {
      FitReport r = scorer.score(matches, t, doc, tool);
      assertNotNull(r.score().band());
      for (ReportFormat f : ReportFormat.values()) {
        try {
          f.writer(false).write(r, new StringWriter());
        } catch (java.io.IOException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /** One mutation: {@code kind} picks what, the other numbers pick where and with what. */
  private static void mutate(ObjectNode tree, int kind, int a, int b, int c, List<String> extra) {
    switch (kind % 10) {
      case 0 -> drop(pick(tree, a), b);
      case 1 -> {
        // Two items of one list share an id.
        List<ObjectNode> items = items(tree, LISTS.get(a % LISTS.size()));
        if (items.size() > 1) {
          items.get(b % items.size()).set("id", items.get((b + 1) % items.size()).get("id"));
        }
      }
      case 2 -> {
        // A huge alias list: under the limit, over it, over Lucene's clause limit.
        int n = new int[] {60, 101, 1_100, 5_000}[b % 4];
        List<ObjectNode> skills = items(tree, "skills");
        if (!skills.isEmpty() && skills.get(a % skills.size()).path("aliases").isArray()) {
          ArrayNode aliases = (ArrayNode) skills.get(a % skills.size()).get("aliases");
          List<String> words = ProfileTrees.words(n, c);
          words.forEach(w -> aliases.add(w + " " + w));
          extra.add(words.get(n - 1) + " " + words.get(n - 1));
        }
      }
      case 3 -> {
        // A huge concept group.
        int n = new int[] {150, 201, 1_100}[b % 3];
        List<ObjectNode> resps = items(tree, "responsibilities");
        JsonNode group =
            resps.isEmpty() ? null : resps.get(a % resps.size()).path("concepts").path(0);
        if (group instanceof ArrayNode) {
          List<String> words = ProfileTrees.words(n, c);
          words.forEach(((ArrayNode) group)::add);
          extra.add(words.get(0));
        }
      }
      case 4 -> setLeaf(pick(tree, a), b, NODES.textNode(ODD_TEXT.get(c % ODD_TEXT.size())));
      case 5 -> setLeaf(pick(tree, a), b, ODD_NUMBERS.get(c % ODD_NUMBERS.size()));
      case 6 -> tree.putArray(LISTS.get(a % LISTS.size()));
      case 7 -> setLeaf(pick(tree, a), b, NODES.nullNode());
      case 8 -> setLeaf(pick(tree, a), b, NODES.arrayNode().add(ODD_TEXT.get(c % ODD_TEXT.size())));
      default -> {
        // A unicode alias or concept term, found in the resume.
        String word = ODD_TEXT.get(c % ODD_TEXT.size()) + " zorquin";
        List<ObjectNode> skills = items(tree, "skills");
        if (!skills.isEmpty() && skills.get(a % skills.size()).path("aliases").isArray()) {
          ((ArrayNode) skills.get(a % skills.size()).get("aliases")).add(word);
          extra.add(word);
        }
      }
    }
  }

  /** The root, the role, the scoring block or an item of one of the profile's lists. */
  private static ObjectNode pick(ObjectNode tree, int a) {
    List<List<ObjectNode>> kinds = new ArrayList<>();
    kinds.add(List.of(tree));
    for (String block : List.of("role", "scoring")) {
      if (tree.get(block) instanceof ObjectNode) {
        kinds.add(List.of((ObjectNode) tree.get(block)));
      }
    }
    for (String list : LISTS) {
      kinds.add(items(tree, list));
    }
    if (tree.get("scoring") instanceof ObjectNode) {
      kinds.add(items((ObjectNode) tree.get("scoring"), "bands"));
    }
    kinds.removeIf(List::isEmpty);
    // Each kind as often as the others: skills would crowd out the rest.
    List<ObjectNode> kind = kinds.get(a % kinds.size());
    return kind.get((a / kinds.size()) % kind.size());
  }

  private static final List<String> LISTS =
      List.of("levels", "specializations", "responsibilities", "skills");

  /** The mapping items of a list field, none when it is no longer a list. */
  private static List<ObjectNode> items(ObjectNode node, String list) {
    List<ObjectNode> out = new ArrayList<>();
    node.path(list)
        .forEach(
            n -> {
              if (n instanceof ObjectNode) {
                out.add((ObjectNode) n);
              }
            });
    return out;
  }

  private static void drop(ObjectNode node, int b) {
    List<String> names = fieldNames(node);
    if (!names.isEmpty()) {
      node.remove(names.get(b % names.size()));
    }
  }

  /** Sets a field of the node, or an element of one of its list fields. */
  private static void setLeaf(ObjectNode node, int b, JsonNode value) {
    List<String> names = fieldNames(node);
    if (names.isEmpty()) {
      return;
    }
    String name = names.get(b % names.size());
    JsonNode old = node.get(name);
    if (old.isArray() && !old.isEmpty() && (b / names.size()) % 2 == 0) {
      ((ArrayNode) old).set((b / 2) % old.size(), value);
    } else if (old.isObject() && !old.isEmpty()) {
      List<String> inner = fieldNames(old);
      ((ObjectNode) old).set(inner.get((b / 2) % inner.size()), value);
    } else {
      node.set(name, value);
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      out.add(it.next().getKey());
    }
    return out;
  }
}
