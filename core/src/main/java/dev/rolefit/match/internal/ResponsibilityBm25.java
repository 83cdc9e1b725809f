package dev.rolefit.match.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 similarity of a bag of terms to the documents of a small, fixed Lucene index, answered from
 * a table of per-term scores instead of a Lucene search.
 *
 * <p>A resume is compared with the profile's responsibilities once per segment, and running a
 * Lucene query each time (weights, term lookups, scorers, collector) cost more than the rest of the
 * matching. The index never changes, so the BM25 score of every (term, document) pair is taken from
 * Lucene once, at build time. A query's score is then the sum of its terms' scores. Lucene adds
 * clause scores (floats) in a {@code double} and rounds the total to {@code float}; such a sum of a
 * few hundred positive floats of similar magnitude is exact in a double, so it does not depend on
 * the order Lucene visits clauses in, and this table gives the same float, hence the same ranking,
 * as {@link #luceneTop}. Immutable and thread-safe.
 */
public final class ResponsibilityBm25 {
  private final IndexSearcher searcher;
  private final String field;
  private final Map<String, Postings> postings;
  private final int maxDoc;

  /**
   * The documents holding a term, ascending, with the term's BM25 score in each, and the highest of
   * those scores (the term's weight when a query must drop terms).
   */
  private record Postings(int[] docs, float[] scores, float best) {}

  /**
   * Tabulates the scores of every term of a field.
   *
   * @param searcher the index, with the similarity to reproduce
   * @param field the field queried
   */
  public ResponsibilityBm25(IndexSearcher searcher, String field) {
    this.searcher = searcher;
    this.field = field;
    this.maxDoc = searcher.getIndexReader().maxDoc();
    try {
      Map<String, Postings> table = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          String t = b.utf8ToString();
          if (!table.containsKey(t)) {
            table.put(t, postings(new Term(field, t)));
          }
        }
      }
      this.postings = Map.copyOf(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Postings postings(Term term) throws IOException {
    // A one-term query scores each document exactly as that term's clause in a larger query.
    ScoreDoc[] hits = searcher.search(new TermQuery(term), Math.max(1, maxDoc)).scoreDocs;
    ScoreDoc[] kept =
        Arrays.stream(hits)
            .sorted((a, b) -> Integer.compare(a.doc, b.doc))
            .toArray(ScoreDoc[]::new);
    int[] docs = new int[kept.length];
    float[] scores = new float[kept.length];
    float best = 0;
    for (int i = 0; i < kept.length; i++) {
      docs[i] = kept[i].doc;
      scores[i] = kept[i].score;
      best = Math.max(best, kept[i].score);
    }
    return new Postings(docs, scores, best);
  }

  /**
   * The terms a query is made of: those of the index (the others score nothing), and of those, when
   * there are more than {@link ClauseBudget#MAX_CLAUSES}, the heaviest (ties by term), so that a
   * paragraph of a thousand distinct words stays within Lucene's clause limit. In the given order.
   *
   * @param terms distinct terms of the field
   * @return the terms queried
   */
  public List<String> queryTerms(Collection<String> terms) {
    List<String> known = new ArrayList<>();
    for (String t : terms) {
      if (postings.containsKey(t)) {
        known.add(t);
      }
    }
    if (known.size() <= ClauseBudget.MAX_CLAUSES) {
      return known;
    }
    List<String> heaviest = new ArrayList<>(known);
    heaviest.sort(
        Comparator.comparingDouble((String t) -> -postings.get(t).best())
            .thenComparing(Comparator.naturalOrder()));
    Set<String> kept = new HashSet<>(heaviest.subList(0, ClauseBudget.MAX_CLAUSES));
    known.removeIf(t -> !kept.contains(t));
    return known;
  }

  /**
   * The best documents for distinct terms: the same hits, scores and order as {@link #luceneTop}.
   *
   * @param terms distinct terms of the field
   * @param n how many documents at most
   * @return the hits, best first, ties by document number
   */
  public ScoreDoc[] top(Collection<String> terms, int n) {
    double[] sums = new double[maxDoc];
    boolean[] hit = new boolean[maxDoc];
    List<Integer> touched = new ArrayList<>();
    for (String t : queryTerms(terms)) {
      Postings p = postings.get(t);
      for (int i = 0; i < p.docs.length; i++) {
        int d = p.docs[i];
        if (!hit[d]) {
          hit[d] = true;
          touched.add(d);
        }
        sums[d] += p.scores[i];
      }
    }
    ScoreDoc[] all = new ScoreDoc[touched.size()];
    for (int i = 0; i < all.length; i++) {
      int d = touched.get(i);
      all[i] = new ScoreDoc(d, (float) sums[d]);
    }
    // Lucene's collector keeps the highest scores, the lower document number on ties.
    Arrays.sort(
        all,
        (a, b) ->
            a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return all.length <= n ? all : Arrays.copyOf(all, n);
  }

  /**
   * The reference: a Lucene search for the {@link #queryTerms} as SHOULD clauses.
   *
   * @param terms distinct terms of the field
   * @param n how many documents at most
   * @return the hits, best first
   */
  public ScoreDoc[] luceneTop(Collection<String> terms, int n) {
    BooleanQuery.Builder should = new BooleanQuery.Builder();
    for (String t : queryTerms(terms)) {
      should.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
    }
    try {
      TopDocs top = searcher.search(should.build(), n);
      return top.scoreDocs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
