package dev.rolefit.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.match.internal.TermAnalyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The compiled profile's queries are ready to run on any resume. */
class ProfileIndexTest {

  /** Every query a compiled profile runs on a resume. */
  static List<Query> compiledQueries(ProfileIndex index) {
    List<Query> queries = new ArrayList<>();
    for (ProfileIndex.CompiledSkill cs : index.skills()) {
      queries.addAll(cs.text());
      queries.addAll(cs.stem());
      queries.addAll(cs.cased());
    }
    index.concepts().values().forEach(l -> l.forEach(p -> queries.addAll(p.queries())));
    index.levelTitles().values().forEach(p -> queries.addAll(p.queries()));
    index.levelSignals().values().forEach(p -> queries.addAll(p.queries()));
    return queries;
  }

  @Test
  void queriesAreRewrittenOnceForEveryResume() throws IOException {
    ProfileIndex index = TestSupport.index();
    List<Query> queries = compiledQueries(index);
    assertTrue(queries.size() > 100, "queries: " + queries.size());

    // Rewriting against a real resume's index changes nothing: the stored form is final.
    String text = Files.readString(Path.of("../examples/resumes/nlp-mid-scientist.txt"));
    MemoryIndex mi = new MemoryIndex(true, false);
    for (String f : List.of(TermAnalyzers.TEXT, TermAnalyzers.CASED, TermAnalyzers.STEM)) {
      mi.addField(f, text, index.analyzers().index());
    }
    IndexSearcher searcher = mi.createSearcher();
    for (Query q : queries) {
      assertEquals(q, searcher.rewrite(q), q.toString());
    }
  }
}
