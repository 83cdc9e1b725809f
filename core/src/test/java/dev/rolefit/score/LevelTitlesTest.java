package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import dev.rolefit.profile.RoleProfile;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every title the bundled profile lists for a level, written as the only post of a resume, reads as
 * that level: a title that holds another level's word ("senior data analyst" under mid,
 * "postdoctoral research associate" under mid, "junior group leader" under senior) is read whole.
 */
class LevelTitlesTest {
  static Stream<Arguments> titles() {
    RoleProfile p = TestSupport.roleFit().profile();
    return p.levels().stream().flatMap(l -> l.titles().stream().map(t -> Arguments.of(l.id(), t)));
  }

  @ParameterizedTest(name = "{1} reads {0}")
  @MethodSource("titles")
  void eachListedTitleReadsAsItsLevel(String level, String title) {
    String text =
        "Robin Placeholder\nLast updated: May 2025\nEXPERIENCE\n"
            + capitalised(title)
            + ", Example Labs | Jan 2022 - Present\n"
            + "\u2022 Trained gradient boosting models in Python and evaluated them offline\n";
    FitReport r = TestSupport.analyzeText(text, Target.auto());
    List<String> signals = r.level().signals();
    assertTrue(
        signals.stream()
            .anyMatch(s -> s.startsWith("latest title:") && s.endsWith("(" + level + ")")),
        signals.toString());
  }

  private static String capitalised(String title) {
    StringBuilder b = new StringBuilder();
    for (String w : title.split(" ")) {
      b.append(b.length() == 0 ? "" : " ")
          .append(w.substring(0, 1).toUpperCase(Locale.ROOT))
          .append(w.substring(1));
    }
    return b.toString();
  }
}
