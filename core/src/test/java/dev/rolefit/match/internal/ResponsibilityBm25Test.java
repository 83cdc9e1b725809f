package dev.rolefit.match.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The score table answers exactly as the Lucene search it replaces. */
class ResponsibilityBm25Test {

  @Test
  void sameHitsAndScoresAsLuceneForEverySegmentOfTheSamples() throws IOException {
    ProfileIndex index = TestSupport.roleFit().profileIndex();
    ResponsibilityBm25 table =
        new ResponsibilityBm25(
            index.profileSearcher(),
            TermAnalyzers.STEM,
            new TermQuery(new Term(ProfileIndex.TYPE, "responsibility")));
    List<Path> samples = new ArrayList<>();
    for (String dir : List.of("../corpus/eval", "../examples/resumes")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("README.md"))
            .sorted()
            .forEach(samples::add);
      }
    }
    int compared = 0;
    for (Path p : samples) {
      Resume r = TestSupport.resume(Files.readString(p));
      for (Segment seg : r.segments()) {
        Set<String> stems = new LinkedHashSet<>(index.stemTokens(seg.text()));
        for (int n : new int[] {5, 1000}) {
          assertSame(table.luceneTop(stems, n), table.top(stems, n), p + ": " + seg.text());
        }
        compared++;
      }
    }
    assertTrue(compared > 200, "segments compared: " + compared);
  }

  private static void assertSame(ScoreDoc[] expected, ScoreDoc[] actual, String where) {
    assertEquals(expected.length, actual.length, where);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i].doc, actual[i].doc, where);
      assertEquals(
          Float.floatToIntBits(expected[i].score), Float.floatToIntBits(actual[i].score), where);
    }
  }
}
