package dev.rolefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import org.junit.jupiter.api.Test;

/** The library names a target's specialization by the profile's one rule, as the CLI does. */
class TargetRuleTest {
  private static final String RESUME =
      "Sam Example\nEXPERIENCE\nData Scientist, Example Co, Jan 2020 - Present\n"
          + "- Trained transformer models for named entity recognition in PyTorch\n";

  @Test
  void anAliasInAnyCaseScoresAsTheId() throws Exception {
    RoleFit rf = TestSupport.roleFit();
    String byId = rf.analyzeText(RESUME, Target.of(Level.MID, "reinforcement-learning")).toString();
    for (String named : new String[] {"RL", "rl", " Reinforcement-Learning "}) {
      var r = rf.analyzeText(RESUME, Target.of(Level.MID, named));
      assertEquals("reinforcement-learning", r.target().specialization(), named);
      assertEquals(byId, r.toString(), named);
    }
  }

  @Test
  void anUnknownSpecializationListsTheValidOnesWithTheirAliases() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TestSupport.roleFit().analyzeText(RESUME, Target.of(Level.MID, "astrology")));
    assertTrue(
        e.getMessage().startsWith("unknown specialization 'astrology'; one of "), e.getMessage());
    assertTrue(e.getMessage().contains("reinforcement-learning (rl"), e.getMessage());
  }
}
