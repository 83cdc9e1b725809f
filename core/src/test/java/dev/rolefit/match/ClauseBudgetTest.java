package dev.rolefit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.TestSupport;
import dev.rolefit.fixtures.ProfileTrees;
import dev.rolefit.match.internal.ClauseBudget;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lucene refuses a query of more than 1,024 clauses with an unchecked exception: neither a long
 * resume paragraph nor a profile with long lists of alternatives may reach that limit.
 */
class ClauseBudgetTest {
  static final int OVER_LIMIT = 1_100;
  static final List<String> WORDS = ProfileTrees.words(OVER_LIMIT, 13);
  static ProfileIndex index;

  /** The bundled profile plus a skill of 1,100 aliases and a concept group of 1,100 terms. */
  @BeforeAll
  static void compile() {
    ObjectNode tree = ProfileTrees.bundled();
    ObjectNode skill = ((ArrayNode) tree.get("skills")).addObject();
    skill.put("id", "gen-skill").put("name", "Gadgetcraft").put("category", "tool");
    skill.put("group", "gen").put("weight", 0.5).put("source", "field");
    ArrayNode aliases = skill.putArray("aliases");
    WORDS.forEach(w -> aliases.add(w + "craft"));
    ObjectNode resp = ((ArrayNode) tree.get("responsibilities")).addObject();
    resp.put("id", "gen-resp").put("level", "core").put("weight", 0.5);
    resp.put("text", "Assemble gadgets").put("source", "field");
    ArrayNode concepts = resp.putArray("concepts");
    ArrayNode actions = concepts.addArray();
    WORDS.forEach(actions::add);
    concepts.addArray().add("gadget");
    index = new ProfileIndex(ProfileTrees.unvalidated(tree));
  }

  @Test
  void aParagraphOfElevenHundredDistinctWordsAnalyses() {
    String text =
        "Experience\n\nData Scientist, Acme Analytics, 2019 - 2023\n\n"
            + "Trained ranking models in PyTorch with "
            + String.join(" ", WORDS)
            + " for the search team.\n";
    FitReport r = TestSupport.analyzeText(text, Target.auto());
    FitReport.SkillResult pytorch =
        r.skills().stream().filter(s -> s.id().equals("pytorch")).findFirst().orElseThrow();
    assertNotEquals(EvidenceStatus.MISSING, pytorch.status(), "the paragraph is still matched");
  }

  @Test
  void aSkillWithMoreAliasesThanTheLimitMatchesItsLastAlias() {
    String last = WORDS.get(OVER_LIMIT - 1) + "craft";
    ResumeMatches m =
        new Matcher(index).match(TestSupport.resume("EXPERIENCE\n\u2022 Practised " + last + "\n"));
    assertTrue(m.skills().containsKey("gen-skill"), m.skills().keySet().toString());
  }

  @Test
  void aConceptGroupLongerThanTheLimitMatchesItsLastTerm() {
    String last = WORDS.get(OVER_LIMIT - 1);
    ResumeMatches m =
        new Matcher(index)
            .match(TestSupport.resume("EXPERIENCE\n\u2022 Did " + last + " on a gadget\n"));
    int[] action = m.concepts().get("gen-resp").get(0);
    assertEquals(2, action.length, "one span of the action group");
    assertEquals(
        last,
        m.resume().text().substring(action[0], action[1]),
        "the span is the group's last term");
  }

  @Test
  void everyCompiledQueryFitsTheBudgetAndNeedsNoRewrite() throws IOException {
    List<Query> queries = ProfileIndexTest.compiledQueries(index);
    assertTrue(queries.size() > 100, "queries: " + queries.size());
    IndexSearcher searcher = new MemoryIndex().createSearcher();
    for (Query q : queries) {
      assertTrue(ClauseBudget.leaves(q) <= ClauseBudget.max(), q.getClass().getSimpleName());
      assertEquals(q, searcher.rewrite(q));
    }
  }
}
