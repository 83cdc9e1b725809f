package dev.rolefit.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.DateAnchor;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import org.junit.jupiter.api.Test;

/** A postdoc is a title with a level, and the doctorate before it counts half. */
class PostdocLevelTest {
  @Test
  void aPostdocReadsAsMidLevel() throws Exception {
    FitReport r =
        TestSupport.roleFit()
            .analyzeText(
                "Dr. Ines Okafor\nLast updated: June 2025\nAppointments\nPostdoctoral Researcher,"
                    + " Harbor Institute, Jan 2023 - Present\nTrained graph neural networks for"
                    + " molecule property prediction in PyTorch.\nEducation\nPh.D. in Computer"
                    + " Science, Northbridge University, 2018 - 2022\nThesis on message passing"
                    + " networks.\n",
                Target.auto());
    assertTrue(
        r.level().signals().stream()
            .anyMatch(s -> s.startsWith("latest title") && s.endsWith("(mid)")),
        r.level().signals()::toString);
    // Postdoc Jan 2023 - Jun 2025 (30) plus half of the 2018-2022 doctorate (60 / 2).
    assertEquals(60, r.level().professionalMonths());
    assertEquals(EntryKind.POSTDOC, r.entries().get(0).kind());
    assertEquals(DateAnchor.Source.STATED, r.dateAnchor().source());
  }
}
