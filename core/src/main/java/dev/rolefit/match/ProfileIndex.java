package dev.rolefit.match;

import dev.rolefit.match.internal.ClauseBudget;
import dev.rolefit.match.internal.ResponsibilityBm25;
import dev.rolefit.match.internal.TermAnalyzers;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.LevelSpec;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.Skill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A role profile compiled for matching: analyzers with the profile's aliases as synonyms, one
 * Lucene query per skill, concept and level signal, and a Lucene index of the profile's
 * responsibilities (BM25 over their text and concepts). Built once per {@code RoleFit}; immutable
 * and thread-safe.
 */
public final class ProfileIndex {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProfileIndex.class);

  /** Field of the responsibilities' index holding their ids. */
  private static final String ID = "id";

  private final RoleProfile profile;
  private final TermAnalyzers analyzers;
  private final List<CompiledSkill> skills;
  private final Map<String, List<CompiledPhrase>> concepts;
  private final Map<String, CompiledPhrase> levelTitles;
  private final Map<String, CompiledPhrase> levelSignals;
  private final Set<String> contextStems;
  private final Map<String, Sense> senses;
  private final List<CompiledSkill> shownBySection;
  private final Map<String, BitSet> skillsByTextToken;
  private final Map<String, BitSet> skillsByStemToken;
  private final Map<String, BitSet> skillsByCasedToken;
  private final ResponsibilityScores responsibilities;

  /**
   * Compiles a profile.
   *
   * @param profile a validated profile
   */
  public ProfileIndex(RoleProfile profile) {
    long start = System.nanoTime();
    this.profile = profile;
    List<String> forms = surfaceForms(profile);
    TermAnalyzers plain = new TermAnalyzers(forms, null);
    // The BM25 side needs no synonyms: build it on another core meanwhile.
    CompletableFuture<ResponsibilityScores> bm25 =
        CompletableFuture.supplyAsync(() -> ResponsibilityScores.of(profile, plain.index()));
    this.analyzers = new TermAnalyzers(forms, synonyms(profile, plain.index()));
    QueryBuilder exact = new QueryBuilder(analyzers.index());
    this.skills = compileSkills(profile, exact, new QueryBuilder(analyzers.synonymQuery()));
    this.concepts = compileConcepts(profile, exact);
    this.levelTitles = compileLevels(profile, LevelSpec::titles, exact);
    // Plurals fold but stems do not: "productionized" must not read as "production".
    this.levelSignals = compileLevels(profile, LevelSpec::signals, exact);
    this.contextStems = contextStems(profile);
    this.senses = senses(profile);
    this.shownBySection = skills.stream().filter(k -> !k.skill().shownBy().isEmpty()).toList();
    this.skillsByTextToken = firstTokens(skills, CompiledSkill::textAnchors);
    this.skillsByStemToken = firstTokens(skills, CompiledSkill::stemAnchors);
    this.skillsByCasedToken = firstTokens(skills, CompiledSkill::casedAnchors);
    this.responsibilities = bm25.join();
    LOG.debug("profile index built in {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  private static List<String> surfaceForms(RoleProfile profile) {
    List<String> forms = new ArrayList<>();
    for (Skill s : profile.skills()) {
      forms.addAll(s.surfaceForms());
    }
    return forms;
  }

  private List<CompiledSkill> compileSkills(
      RoleProfile profile, QueryBuilder exact, QueryBuilder expanded) {
    List<CompiledSkill> compiled = new ArrayList<>();
    for (Skill s : profile.skills()) {
      compiled.add(CompiledSkill.of(s, exact, expanded, analyzers.index()));
    }
    return Collections.unmodifiableList(compiled);
  }

  private Map<String, List<CompiledPhrase>> compileConcepts(
      RoleProfile profile, QueryBuilder exact) {
    Map<String, List<CompiledPhrase>> c = new LinkedHashMap<>();
    Map<List<String>, CompiledPhrase> canonical = new HashMap<>();
    for (Responsibility r : profile.responsibilities()) {
      List<CompiledPhrase> groups = new ArrayList<>();
      for (List<String> group : r.concepts()) {
        // Identical groups share one instance so a resume runs each distinct query once.
        groups.add(
            canonical.computeIfAbsent(
                // Exact words, not stems: "collaborative filtering" is no "collaborated".
                group, g -> CompiledPhrase.of(g, TermAnalyzers.TEXT, exact, analyzers.index())));
      }
      c.put(r.id(), Collections.unmodifiableList(groups));
    }
    return Collections.unmodifiableMap(c);
  }

  /** One phrase list of each level (its titles or its signals), on plural-folded words. */
  private Map<String, CompiledPhrase> compileLevels(
      RoleProfile profile, Function<LevelSpec, List<String>> phrases, QueryBuilder exact) {
    Map<String, CompiledPhrase> out = new LinkedHashMap<>();
    for (LevelSpec l : profile.levels()) {
      out.put(
          l.id(),
          CompiledPhrase.of(phrases.apply(l), TermAnalyzers.TEXT, exact, analyzers.index()));
    }
    return Collections.unmodifiableMap(out);
  }

  private Set<String> contextStems(RoleProfile profile) {
    Set<String> cues = new HashSet<>();
    for (String cue : profile.technicalContext()) {
      cues.addAll(stemTokens(cue));
    }
    return Set.copyOf(cues);
  }

  private Map<String, Sense> senses(RoleProfile profile) {
    Map<String, Sense> sense = new LinkedHashMap<>();
    for (Skill s : profile.skills()) {
      if (s.context().any()) {
        sense.put(
            s.id(),
            new Sense(stemPhrases(s.context().requires()), stemPhrases(s.context().excludes())));
      }
    }
    return Collections.unmodifiableMap(sense);
  }

  /** Per first token of any form, the skills (by index) that a resume holding it might match. */
  private static Map<String, BitSet> firstTokens(
      List<CompiledSkill> skills, Function<CompiledSkill, List<List<String>>> anchors) {
    Map<String, BitSet> out = new HashMap<>();
    for (int i = 0; i < skills.size(); i++) {
      for (List<String> form : anchors.apply(skills.get(i))) {
        out.computeIfAbsent(form.get(0), k -> new BitSet()).set(i);
      }
    }
    return out;
  }

  /**
   * The responsibilities most similar (BM25 on {@code stem}) to a bag of stems: what a Lucene
   * search of the responsibilities' index for the stems as SHOULD clauses returns, with the same
   * scores, from a table built once.
   *
   * @param stems distinct tokens of the {@code stem} chain
   * @param n how many at most
   * @return the hits, best first
   */
  ScoreDoc[] topResponsibilities(Collection<String> stems, int n) {
    return responsibilities.table().top(stems, n);
  }

  /**
   * The id of a responsibility's document.
   *
   * @param doc the document number
   * @return the responsibility id
   */
  String idOf(int doc) {
    return responsibilities.ids()[doc];
  }

  /** The BM25 table of the responsibilities, for tests that compare it with a Lucene search. */
  ResponsibilityBm25 responsibilityTable() {
    return responsibilities.table();
  }

  /**
   * The skills (by index in {@link #skills()}) whose forms start with one of the given tokens.
   *
   * @param field {@code text}, {@code stem} or {@code cased}
   * @param tokens the resume's distinct tokens in that field
   * @return the candidate skills
   */
  BitSet candidates(String field, Set<String> tokens) {
    Map<String, BitSet> map =
        TermAnalyzers.TEXT.equals(field)
            ? skillsByTextToken
            : TermAnalyzers.STEM.equals(field) ? skillsByStemToken : skillsByCasedToken;
    BitSet out = new BitSet();
    for (String t : tokens) {
      BitSet b = map.get(t);
      if (b != null) {
        out.or(b);
      }
    }
    return out;
  }

  /**
   * The sense rules of the skills that have one, by skill id.
   *
   * @return skill id to its rule
   */
  Map<String, Sense> senses() {
    return senses;
  }

  /**
   * The skills that a section of the resume shows by itself ({@code shownBy}).
   *
   * @return those skills
   */
  List<CompiledSkill> shownBySection() {
    return shownBySection;
  }

  private List<List<String>> stemPhrases(List<String> phrases) {
    List<List<String>> out = new ArrayList<>();
    for (String p : phrases) {
      List<String> toks = stemTokens(p);
      if (!toks.isEmpty()) {
        out.add(List.copyOf(toks));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A skill's sense rule compiled to stems: a phrase is present in a bullet when its stems stand
   * there in order, side by side.
   *
   * @param requires phrases one of which a bullet must hold (empty: no requirement)
   * @param excludes phrases none of which a bullet may hold
   */
  record Sense(List<List<String>> requires, List<List<String>> excludes) {
    /**
     * Whether a bullet with these stems uses the skill in its sense.
     *
     * @param stems the bullet's stems in order
     * @param list whether the bullet is a skills list (exempt from {@code requires})
     * @return true when the mention counts
     */
    public boolean accepts(List<String> stems, boolean list) {
      for (List<String> p : excludes) {
        if (Collections.indexOfSubList(stems, p) >= 0) {
          return false;
        }
      }
      if (list || requires.isEmpty()) {
        return true;
      }
      for (List<String> p : requires) {
        if (Collections.indexOfSubList(stems, p) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Stems of the profile's technical-context words.
   *
   * @return the stems
   */
  Set<String> contextStems() {
    return contextStems;
  }

  /**
   * The BM25 score of a responsibility queried with its own text: the ceiling that normalises a
   * resume segment's similarity to 0..1.
   *
   * @param responsibilityId the id
   * @return a positive score
   */
  double selfScore(String responsibilityId) {
    return responsibilities.selfScores().getOrDefault(responsibilityId, 1.0);
  }

  /**
   * The profile compiled.
   *
   * @return the profile
   */
  public RoleProfile profile() {
    return profile;
  }

  /**
   * The analyzers shared by resume and queries.
   *
   * @return the analyzers
   */
  TermAnalyzers analyzers() {
    return analyzers;
  }

  /**
   * The compiled skills, in profile order.
   *
   * @return the skills
   */
  List<CompiledSkill> skills() {
    return skills;
  }

  /**
   * The compiled concept groups per responsibility id.
   *
   * @return the concepts
   */
  Map<String, List<CompiledPhrase>> concepts() {
    return concepts;
  }

  /**
   * The compiled title words per level id.
   *
   * @return the titles
   */
  Map<String, CompiledPhrase> levelTitles() {
    return levelTitles;
  }

  /**
   * The compiled scope phrases per level id.
   *
   * @return the signals
   */
  Map<String, CompiledPhrase> levelSignals() {
    return levelSignals;
  }

  /**
   * Analyzes text with the profile's {@code stem} chain.
   *
   * @param text the text
   * @return its tokens
   */
  public List<String> stemTokens(String text) {
    return tokens(analyzers.index(), TermAnalyzers.STEM, text);
  }

  /**
   * Tokens of text through an analyzer's field chain.
   *
   * @param analyzer the analyzer
   * @param field the field whose chain to use
   * @param text the text
   * @return the tokens in order
   */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static SynonymMap synonyms(RoleProfile profile, Analyzer plain) {
    try {
      SynonymMap.Builder b = new SynonymMap.Builder(true);
      for (Skill s : profile.skills()) {
        if (!synonymous(s)) {
          continue;
        }
        List<CharsRef> refs = new ArrayList<>();
        for (String f : s.surfaceForms()) {
          if (s.ambiguous().contains(f)) {
            continue;
          }
          List<String> toks = tokens(plain, TermAnalyzers.TEXT, f);
          if (!toks.isEmpty()) {
            refs.add(SynonymMap.Builder.join(toks.toArray(new String[0]), new CharsRefBuilder()));
          }
        }
        for (CharsRef in : refs) {
          for (CharsRef out : refs) {
            if (!in.equals(out)) {
              b.add(in, out, true);
            }
          }
        }
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The profile's responsibilities as a Lucene index (their text and concepts on {@code stem}),
   * tabulated for BM25: the table, the id of each document, and each responsibility's score for its
   * own text.
   */
  private record ResponsibilityScores(
      ResponsibilityBm25 table, String[] ids, Map<String, Double> selfScores) {

    static ResponsibilityScores of(RoleProfile profile, Analyzer analyzer) {
      IndexSearcher searcher = index(profile, analyzer);
      ResponsibilityBm25 table = new ResponsibilityBm25(searcher, TermAnalyzers.STEM);
      String[] ids = storedIds(searcher);
      return new ResponsibilityScores(table, ids, selfScores(profile, table, ids, analyzer));
    }

    private static IndexSearcher index(RoleProfile profile, Analyzer analyzer) {
      try {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
          for (Responsibility r : profile.responsibilities()) {
            Document d = new Document();
            d.add(new StringField(ID, r.id(), Field.Store.YES));
            StringBuilder body = new StringBuilder(r.text());
            r.concepts().forEach(g -> body.append(' ').append(String.join(" ", g)));
            d.add(new TextField(TermAnalyzers.STEM, body.toString(), Field.Store.NO));
            w.addDocument(d);
          }
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
        searcher.setSimilarity(new BM25Similarity());
        return searcher;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String[] storedIds(IndexSearcher searcher) {
      try {
        String[] ids = new String[searcher.getIndexReader().maxDoc()];
        var stored = searcher.storedFields();
        for (int d = 0; d < ids.length; d++) {
          ids[d] = stored.document(d).get(ID);
        }
        return ids;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Each responsibility's score for its own stems: the ceiling of a resume segment's. */
    private static Map<String, Double> selfScores(
        RoleProfile profile, ResponsibilityBm25 table, String[] ids, Analyzer analyzer) {
      Map<String, Double> out = new LinkedHashMap<>();
      for (Responsibility r : profile.responsibilities()) {
        Set<String> stems = new LinkedHashSet<>(tokens(analyzer, TermAnalyzers.STEM, r.text()));
        double self = 1.0;
        // The table answers as a Lucene search of the stems would, within the clause budget.
        for (ScoreDoc sd : table.top(stems, Integer.MAX_VALUE)) {
          if (r.id().equals(ids[sd.doc])) {
            self = Math.max(1e-6, sd.score);
          }
        }
        out.put(r.id(), self);
      }
      return Collections.unmodifiableMap(out);
    }
  }

  /**
   * A query in the primitive form Lucene scores (what {@link IndexSearcher#rewrite} returns), so
   * that matching a resume need not rewrite every query again. Rewriting phrase, boolean, synonym
   * and term queries depends on the query alone, never on the index it runs on, so an empty index
   * gives the same result as each resume's (ProfileIndexTest checks this).
   */
  static @Nullable Query rewritten(Query q) {
    if (q == null) {
      return null;
    }
    try {
      return EMPTY.rewrite(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final IndexSearcher EMPTY = new MemoryIndex().createSearcher();

  /** Alternatives as rewritten disjunctions within the clause budget; empty when none. */
  private static List<Query> compiled(List<Query> alternatives) {
    return ClauseBudget.disjunctions(alternatives).stream().map(ProfileIndex::rewritten).toList();
  }

  /**
   * A skill's forms expanded through the synonym graph from its first form, or null when the graph
   * has no path or more paths than one query may hold (a profile built in code, never validated).
   */
  private static @Nullable Query expandedForms(Skill s, QueryBuilder expanded, String first) {
    if (!synonymous(s)) {
      return null;
    }
    try {
      Query q = expanded.createPhraseQuery(TermAnalyzers.TEXT, first);
      return q == null || ClauseBudget.leaves(q) > ClauseBudget.max() ? null : q;
    } catch (IndexSearcher.TooManyClauses e) {
      return null;
    }
  }

  /**
   * Whether a skill's forms become synonyms of each other: the synonym map holds every ordered pair
   * of forms, so a skill with thousands of forms would fill the memory; such a skill matches each
   * form as written instead.
   */
  private static boolean synonymous(Skill s) {
    return s.surfaceForms().size() <= MAX_SYNONYM_FORMS;
  }

  /** The most forms of one skill that become synonyms (a validated profile has fewer). */
  private static final int MAX_SYNONYM_FORMS = 256;

  /**
   * A skill compiled to queries. Each list holds disjunctions within Lucene's clause limit, already
   * rewritten; a skill's matches are those of all of them.
   *
   * @param skill the skill
   * @param text queries on the {@code text} field (name and aliases, synonyms expanded), or empty
   * @param stem queries on the {@code stem} field, or empty
   * @param cased queries on the {@code cased} field for ambiguous names, or empty
   * @param textAnchors per non-ambiguous form, its tokens in {@code text}
   * @param stemAnchors per non-ambiguous form, its tokens in {@code stem}
   * @param casedAnchors per ambiguous form, its tokens in {@code cased}
   * @param nameKey the skill name normalised (to tell exact matches from alias ones)
   */
  record CompiledSkill(
      Skill skill,
      List<Query> text,
      List<Query> stem,
      List<Query> cased,
      List<List<String>> textAnchors,
      List<List<String>> stemAnchors,
      List<List<String>> casedAnchors,
      String nameKey) {

    static CompiledSkill of(Skill s, QueryBuilder exact, QueryBuilder expanded, Analyzer a) {
      List<String> plainForms = new ArrayList<>();
      List<String> ambiguousForms = new ArrayList<>();
      for (String f : s.surfaceForms()) {
        (s.ambiguous().contains(f) ? ambiguousForms : plainForms).add(f);
      }
      List<Query> text = new ArrayList<>();
      List<Query> stem = new ArrayList<>();
      List<List<String>> textAnchors = new ArrayList<>();
      List<List<String>> stemAnchors = new ArrayList<>();
      if (!plainForms.isEmpty()) {
        // The first plain form carries the synonyms of all the others through the graph.
        Query expandedQuery = expandedForms(s, expanded, plainForms.get(0));
        if (expandedQuery != null) {
          text.add(expandedQuery);
        }
        for (String f : plainForms) {
          // Forms the synonym graph cannot reach (all-symbol names) still match on their own.
          Query q = exact.createPhraseQuery(TermAnalyzers.TEXT, f);
          if (q != null && expandedQuery == null) {
            text.add(q);
          }
          List<String> stt = tokens(a, TermAnalyzers.STEM, f);
          // Stemming one word conflates too much ("scaled" is not "scalability"): phrases only.
          Query st = stt.size() > 1 ? exact.createPhraseQuery(TermAnalyzers.STEM, f) : null;
          if (st != null) {
            stem.add(st);
            stemAnchors.add(stt);
          }
          List<String> tt = tokens(a, TermAnalyzers.TEXT, f);
          if (!tt.isEmpty()) {
            textAnchors.add(tt);
          }
        }
        for (String g : s.gappedForms()) {
          // "deployed ... model": the words in a sloppy phrase on stems, a few words apart.
          String words = g.replace(RoleProfile.GAP, " ");
          int gaps = (g.length() - words.length()) / (RoleProfile.GAP.length() - 1);
          List<String> stt = tokens(a, TermAnalyzers.STEM, words);
          Query st =
              stt.size() > 1
                  ? exact.createPhraseQuery(TermAnalyzers.STEM, words, gaps * RoleProfile.GAP_WORDS)
                  : null;
          if (st != null) {
            stem.add(st);
            stemAnchors.add(stt);
          }
        }
      }
      List<Query> cased = new ArrayList<>();
      List<List<String>> casedAnchors = new ArrayList<>();
      for (String f : ambiguousForms) {
        Query q = exact.createPhraseQuery(TermAnalyzers.CASED, f);
        if (q != null) {
          cased.add(q);
          casedAnchors.add(tokens(a, TermAnalyzers.CASED, f));
        }
      }
      String nameKey = String.join(" ", tokens(a, TermAnalyzers.TEXT, s.name()));
      return new CompiledSkill(
          s,
          compiled(text),
          compiled(stem),
          compiled(cased),
          List.copyOf(textAnchors),
          List.copyOf(stemAnchors),
          List.copyOf(casedAnchors),
          nameKey);
    }
  }

  /**
   * A list of alternative phrases compiled to queries on one field.
   *
   * @param phrases the phrases as written
   * @param field the field queried
   * @param queries disjunctions of all the phrases within Lucene's clause limit, already rewritten
   *     (empty when no phrase yields tokens)
   * @param anchors per phrase that yields tokens, its tokens in the field
   * @param clauses per phrase that yields tokens, its query, already rewritten
   */
  record CompiledPhrase(
      List<String> phrases,
      String field,
      List<Query> queries,
      List<List<String>> anchors,
      List<Query> clauses) {

    static CompiledPhrase of(List<String> phrases, String field, QueryBuilder qb, Analyzer a) {
      List<List<String>> anchors = new ArrayList<>();
      List<Query> clauses = new ArrayList<>();
      for (String p : phrases) {
        Query q = qb.createPhraseQuery(field, p);
        if (q != null) {
          anchors.add(tokens(a, field, p));
          clauses.add(rewritten(q));
        }
      }
      return new CompiledPhrase(
          List.copyOf(phrases),
          field,
          compiled(clauses),
          List.copyOf(anchors),
          List.copyOf(clauses));
    }

    /**
     * The queries narrowed to the phrases whose words all occur in a resume: the same matches at a
     * fraction of the cost, since a long list of alternatives is mostly absent.
     *
     * @param present the resume's terms in this phrase's field
     * @return disjunctions within Lucene's clause limit, empty when no phrase can match
     */
    public List<Query> presentQueries(Set<String> present) {
      List<Query> kept = new ArrayList<>();
      for (int i = 0; i < clauses.size(); i++) {
        if (present.containsAll(anchors.get(i))) {
          kept.add(clauses.get(i));
        }
      }
      return ClauseBudget.disjunctions(kept);
    }
  }
}
