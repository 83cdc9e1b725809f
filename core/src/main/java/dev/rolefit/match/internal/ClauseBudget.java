package dev.rolefit.match.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The most clauses one Lucene query may hold. Lucene refuses a query of more than {@link
 * IndexSearcher#getMaxClauseCount()} leaf queries (1,024 by default) with an unchecked {@code
 * TooManyClauses}, nested or not; a long list of alternatives is therefore split into several
 * disjunctions, each within the budget, whose matches together are those of the whole list.
 */
public final class ClauseBudget {
  /**
   * The most leaf queries of one query rolefit builds: under Lucene's default limit, with room for
   * a filter clause.
   */
  public static final int MAX_CLAUSES = 1000;

  private ClauseBudget() {}

  /**
   * The budget in force: {@link #MAX_CLAUSES}, or less when the application lowered Lucene's limit.
   * Splitting more finely changes no match, only how many queries run.
   *
   * @return the most leaf queries per query
   */
  public static int max() {
    return Math.max(1, Math.min(MAX_CLAUSES, IndexSearcher.getMaxClauseCount() - 1));
  }

  /**
   * The leaf queries of a query, counted as Lucene counts them against its limit.
   *
   * @param q a query
   * @return how many leaves it has
   */
  public static int leaves(Query q) {
    int[] n = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query query) {
            n[0]++;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            n[0]++;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
            n[0]++;
          }
        });
    return n[0];
  }

  /**
   * Alternatives as disjunctions of at most {@link #max()} leaves each, in order: one query when
   * they fit the budget (the alternative itself when it is alone), several when they do not.
   *
   * @param alternatives queries any of which may match
   * @return the disjunctions, empty when there are no alternatives
   */
  public static List<Query> disjunctions(List<Query> alternatives) {
    int budget = max();
    List<Query> out = new ArrayList<>();
    List<Query> chunk = new ArrayList<>();
    int used = 0;
    for (Query q : alternatives) {
      int n = leaves(q);
      if (!chunk.isEmpty() && used + n > budget) {
        out.add(anyOf(chunk));
        chunk.clear();
        used = 0;
      }
      chunk.add(q);
      used += n;
    }
    if (!chunk.isEmpty()) {
      out.add(anyOf(chunk));
    }
    return out;
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : queries) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }
}
