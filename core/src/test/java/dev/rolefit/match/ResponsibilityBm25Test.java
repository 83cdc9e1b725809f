package dev.rolefit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.match.internal.ClauseBudget;
import dev.rolefit.match.internal.ResponsibilityBm25;
import dev.rolefit.match.internal.TermAnalyzers;
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
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The score table answers exactly as the Lucene search it replaces. */
class ResponsibilityBm25Test {

  @Test
  void sameHitsAndScoresAsLuceneForEverySegmentOfTheSamples() throws IOException {
    ProfileIndex index = TestSupport.index();
    ResponsibilityBm25 table = index.responsibilityTable();
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

  @Test
  void moreTermsThanLuceneAllowsAnswerLikeLuceneOnTheHeaviest() throws IOException {
    List<String> words = dev.rolefit.fixtures.ProfileTrees.words(1_500, 5);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
      for (int d = 0; d < 3; d++) {
        Document doc = new Document();
        // Each document holds a different share of the words, some of them twice.
        doc.add(
            new TextField(
                TermAnalyzers.STEM,
                String.join(" ", words.subList(d * 300, 1_500))
                    + " "
                    + String.join(" ", words.subList(0, d * 100)),
                Field.Store.NO));
        w.addDocument(doc);
      }
    }
    IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
    ResponsibilityBm25 table = new ResponsibilityBm25(searcher, TermAnalyzers.STEM);
    List<String> query = new ArrayList<>(words);
    query.add("absent");
    assertEquals(ClauseBudget.MAX_CLAUSES, table.queryTerms(query).size());
    ScoreDoc[] top = table.top(query, 5);
    assertEquals(3, top.length);
    assertSame(table.luceneTop(query, 5), top, "1,501 terms");
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
