package dev.rolefit.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.RoleFit;
import dev.rolefit.TestSupport;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.model.Target;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to the team's fixtures (PDF, DOCX, DOC, text) through the whole pipeline:
 * every mutant ends in a report or a typed {@link DocumentException}. The default run makes 500
 * mutants; {@code -Drolefit.mutations=10000} runs the full campaign. The outcome counts go to
 * {@code target/mutation-campaign.txt} for the record.
 */
class MutationCampaignTest {
  private static final String[] SEEDS = {
    "latex-two-column.pdf", "pandoc.docx", "word97.doc", "resume.txt"
  };

  @Test
  void everyMutantGivesAReportOrATypedError() throws IOException {
    int n = Integer.getInteger("rolefit.mutations", 500);
    RoleFit rolefit = TestSupport.roleFit();
    List<byte[]> seeds = new ArrayList<>();
    for (String s : SEEDS) {
      try (InputStream in =
          AnalyzeFuzzTest.class.getResourceAsStream("AnalyzeFuzzTestInputs/" + s)) {
        seeds.add(in.readAllBytes());
      }
    }
    Random r = new Random(20261201L);
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> internal = new ArrayList<>();
    long t0 = System.nanoTime();
    long slowest = 0;
    for (int i = 0; i < n; i++) {
      int which = i % seeds.size();
      long seed = r.nextLong();
      int edits = 1 + r.nextInt(40);
      byte[] mutant = Fixtures.mutate(seeds.get(which), seed, edits);
      long s0 = System.nanoTime();
      String outcome;
      try {
        rolefit.analyze(mutant, "mutant", Target.auto());
        outcome = "report";
      } catch (DocumentException e) {
        outcome = e.getClass().getSimpleName();
      } catch (RuntimeException | Error e) {
        outcome = "internal " + e.getClass().getSimpleName();
        internal.add(SEEDS[which] + " seed " + seed + " edits " + edits + ": " + e);
      }
      slowest = Math.max(slowest, System.nanoTime() - s0);
      outcomes.merge(outcome, 1, Integer::sum);
    }
    String summary =
        String.format(
            Locale.ROOT,
            "mutants %d, %.1f s, slowest %.2f s, outcomes %s%n",
            n,
            (System.nanoTime() - t0) / 1e9,
            slowest / 1e9,
            outcomes);
    Path out = Path.of("target", "mutation-campaign.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, summary + String.join("\n", internal), StandardCharsets.UTF_8);
    assertTrue(internal.isEmpty(), summary + internal);
  }
}
