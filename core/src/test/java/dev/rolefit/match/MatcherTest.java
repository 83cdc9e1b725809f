package dev.rolefit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.SectionKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Matching that survives punctuation and ambiguity. */
class MatcherTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Wrote CUDA kernels in C++ for the ranking model|cpp",
        "Maintained C# services around the model|csharp",
        "Ported the scorer from .NET to Python|dotnet",
        "Built a Node.js gateway for the model API|nodejs",
        "Trained gradient boosting models with scikit-learn|scikit-learn",
        "Trained gradient boosting models with sklearn|scikit-learn",
        "Fitted mixed-effects models in R|r",
        "Wrote data pipelines in Go for model training|go",
        "Ran feature jobs on Spark over 2 TB of data|apache-spark",
        "Implemented solvers in Julia for parameter estimation|julia",
        "Deployed models on k8s with Helm|kubernetes",
      })
  void punctuatedAndAmbiguousNamesMatchInTechnicalContext(String bullet, String skill) {
    assertTrue(TestSupport.matchBullet(bullet).skills().containsKey(skill), skill);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Going forward, I will keep improving customer service",
        "Spotted red flags in vendor contracts",
        "Managed the platform team's budget and hiring",
        "Brought a spark of creativity to every campaign",
        "Go-to person for onboarding new staff",
        "Received the R&D award",
        "Julia and I ran the front desk together",
      })
  void everydayWordsMatchNothingTechnical(String bullet) {
    Map<String, List<Hit>> skills = TestSupport.matchBullet(bullet).skills();
    for (String id : List.of("go", "r", "c", "apache-spark", "julia", "rust", "kubernetes")) {
      assertFalse(skills.containsKey(id), id + " in: " + bullet);
    }
  }

  @Test
  void cPlusPlusIsNotC() {
    Map<String, List<Hit>> skills =
        TestSupport.matchBullet("Optimised C++ inference code for the detector").skills();
    assertTrue(skills.containsKey("cpp"));
    assertFalse(skills.containsKey("c"));
  }

  @Test
  void aSkillsSectionIsTechnicalContextEnough() {
    var m = TestSupport.match("Ada Example\nSKILLS\nR, Go\n");
    assertTrue(m.skills().containsKey("r"));
    assertTrue(m.skills().containsKey("go"));
    assertEquals(SectionKind.SKILLS, m.skills().get("go").get(0).section());
  }

  @Test
  void hitsCarryOffsetsIntoTheTextAndTheirMatchType() {
    String text = "Ada Example\nEXPERIENCE\n\u2022 Trained models with sklearn and PyTorch\n";
    var m = TestSupport.match(text);
    Hit sk = m.skills().get("scikit-learn").get(0);
    assertEquals("sklearn", text.substring(sk.start(), sk.end()));
    assertEquals(MatchType.ALIAS, sk.matchType());
    Hit pt = m.skills().get("pytorch").get(0);
    assertEquals("PyTorch", text.substring(pt.start(), pt.end()));
    assertEquals(MatchType.EXACT, pt.matchType());
    assertEquals(SectionKind.EXPERIENCE, pt.section());
  }

  @Test
  void aGappedAliasDoesNotJoinTwoBullets() {
    var m =
        TestSupport.match(
            "Ada Example\nEXPERIENCE\n\u2022 Deployed the billing service\n\u2022 Model risk review\n");
    assertFalse(m.skills().containsKey("model-deployment"), m.skills().toString());
  }

  /** Gapped aliases ("deployed ... model") allow a few words between; sense rules decide. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Deployed two gradient-boosted ranking models behind the search API|model-deployment|true",
        "Deployed the office printers and later reviewed the budget model|model-deployment|false",
        "Presented sparse pruning results at the workshop|conference-presentations|true",
        "Presented the quarterly plan to the sales team|conference-presentations|false",
        "Fitted regression models to insurance claims|regression|true",
        "Fixed software regressions in the billing service|regression|false",
        "Implemented communication protocols for network switches|communication|false",
        "Wrote bash scripts that schedule the nightly training jobs|bash|true",
      })
  void gappedAliasesAndSenseRules(String bullet, String skill, boolean expected) {
    assertEquals(expected, TestSupport.matchBullet(bullet).skills().containsKey(skill), bullet);
  }

  @Test
  void aSectionThatShowsASkillAddsItsFirstEntry() {
    var talks =
        TestSupport.match(
            "Ada Example\nTALKS\n\u2022 Sparse attention, Example University, 2023\n");
    List<Hit> hits = talks.skills().get("conference-presentations");
    assertTrue(
        hits != null && hits.get(0).section() == SectionKind.TALKS, talks.skills().toString());
    var none = TestSupport.match("Ada Example\nEXPERIENCE\n\u2022 Sparse attention for ranking\n");
    assertFalse(none.skills().containsKey("conference-presentations"));
  }

  @Test
  void aBannerUnderTheHeadingIsNotQuotedAsTheEntry() {
    var m =
        TestSupport.match(
            "Ada Example\nTALKS\nSELECTED, IN NUMBERS\n"
                + "\u2022 Sparse attention for long documents, Example University, 2023\n");
    Hit h = m.skills().get("conference-presentations").get(0);
    assertTrue(
        m.resume().segments().get(h.segment()).text().startsWith("Sparse attention"),
        m.resume().segments().get(h.segment()).text());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Previously mentored 20 undergraduate students|true",
        "AND IMPACT, IN NUMBERS|false",
        "FULL PUBLICATION LIST AVAILABLE here|false",
        "Reviewer|false",
        "Co-advised two PhD theses on bandits|true",
      })
  void whatReadsAsAnEntry(String text, boolean expected) {
    var seg =
        new dev.rolefit.resume.Segment(
            text, 0, text.length(), SectionKind.ADVISING, dev.rolefit.resume.Segment.Type.LINE);
    assertEquals(expected, seg.readsAsEntry(), text);
  }
}
