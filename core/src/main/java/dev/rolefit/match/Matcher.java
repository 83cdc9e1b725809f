package dev.rolefit.match;

import dev.rolefit.match.ProfileIndex.CompiledPhrase;
import dev.rolefit.match.ProfileIndex.CompiledSkill;
import dev.rolefit.match.internal.TermAnalyzers;
import dev.rolefit.match.internal.TermAnalyzers.FieldStreams;
import dev.rolefit.model.MatchType;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Matches a compiled profile against one resume: the resume goes into a Lucene {@link MemoryIndex}
 * (with offsets) and every profile query reports its matches through Lucene's Matches API.
 * Stateless and thread-safe; each call allocates only per-resume state.
 */
public final class Matcher {
  private static final int MAX_BM25_SEGMENTS = 120;
  private static final int BM25_TOP = 5;
  private static final List<String> TECH_SUFFIXES =
      List.of("based", "powered", "backed", "native", "compatible", "enabled", "driven");

  private static final java.util.Comparator<int[]> BY_POSITION =
      java.util.Comparator.<int[]>comparingInt(span -> span[0]).thenComparingInt(span -> span[1]);

  private final ProfileIndex index;

  /**
   * One reusable MemoryIndex per thread and Matcher (reset per resume): its buffers, bounded by the
   * character limit, are allocated once instead of for every resume.
   */
  private final ThreadLocal<MemoryIndex> indexes =
      ThreadLocal.withInitial(() -> new MemoryIndex(true, false));

  /**
   * Creates a matcher.
   *
   * @param index the compiled profile
   */
  public Matcher(ProfileIndex index) {
    this.index = index;
  }

  /**
   * Matches a resume.
   *
   * @param resume the parsed resume
   * @return the hits of skills, concepts and level signals
   */
  public ResumeMatches match(Resume resume) {
    Indexed in = indexed(resume.text());
    SegmentStems stems = new SegmentStems(resume);
    Map<String, List<Hit>> skills = skillHits(resume, in, stems);
    keepSenses(skills, stems);
    addShownBySection(resume, skills);
    Map<String, List<int[]>> concepts = conceptSpans(in);
    Map<String, List<Hit>> titles = longestOnly(levelHits(resume, in, index.levelTitles(), true));
    Map<String, List<Hit>> signals = levelHits(resume, in, index.levelSignals(), false);
    Map<String, Double> bm25 = new LinkedHashMap<>();
    Map<String, Integer> bm25Segment = new LinkedHashMap<>();
    bm25(resume, stems, bm25, bm25Segment);
    return new ResumeMatches(resume, skills, concepts, bm25, bm25Segment, titles, signals);
  }

  /**
   * A resume in this thread's MemoryIndex: its searcher, its one segment, and its distinct terms
   * per field.
   */
  private record Indexed(
      IndexSearcher searcher,
      LeafReaderContext leaf,
      Set<String> textTerms,
      Set<String> casedTerms,
      Set<String> stemTerms) {}

  private Indexed indexed(String text) {
    MemoryIndex mi = indexes.get();
    mi.reset();
    // One tokenization feeds the three fields (the tokenizer is the costly part of analysis).
    try (FieldStreams fields = index.analyzers().fieldStreams(text)) {
      mi.addField(TermAnalyzers.TEXT, fields.text());
      mi.addField(TermAnalyzers.CASED, fields.cased());
      mi.addField(TermAnalyzers.STEM, fields.stem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IndexSearcher searcher = mi.createSearcher();
    searcher.setQueryCache(null);
    LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
    return new Indexed(
        searcher,
        leaf,
        terms(leaf.reader(), TermAnalyzers.TEXT),
        terms(leaf.reader(), TermAnalyzers.CASED),
        terms(leaf.reader(), TermAnalyzers.STEM));
  }

  /** Hits of every skill: names and aliases, stemmed phrases, then ambiguous names in context. */
  private Map<String, List<Hit>> skillHits(Resume resume, Indexed in, SegmentStems stems) {
    String text = resume.text();
    Map<String, List<Hit>> skills = new LinkedHashMap<>();
    List<CompiledSkill> ambiguous = new ArrayList<>();
    BitSet textCand = index.candidates(TermAnalyzers.TEXT, in.textTerms());
    BitSet stemCand = index.candidates(TermAnalyzers.STEM, in.stemTerms());
    BitSet casedCand = index.candidates(TermAnalyzers.CASED, in.casedTerms());
    BitSet any = (BitSet) textCand.clone();
    any.or(stemCand);
    any.or(casedCand);
    for (int si = any.nextSetBit(0); si >= 0; si = any.nextSetBit(si + 1)) {
      CompiledSkill cs = index.skills().get(si);
      List<Hit> hits = new ArrayList<>();
      if (!cs.text().isEmpty()
          && textCand.get(si)
          && anyPresent(cs.textAnchors(), in.textTerms())) {
        for (int[] span : spans(in, cs.text(), TermAnalyzers.TEXT)) {
          hits.add(hit(resume, span, exactOrAlias(cs, text, span)));
        }
      }
      if (hits.isEmpty()
          && !cs.stem().isEmpty()
          && stemCand.get(si)
          && anyPresent(cs.stemAnchors(), in.stemTerms())) {
        for (int[] span : spans(in, cs.stem(), TermAnalyzers.STEM)) {
          // A gapped alias ("deployed ... model") must not join the words of two bullets.
          if (resume.segmentAt(span[0]) == resume.segmentAt(span[1] - 1)) {
            hits.add(hit(resume, span, MatchType.STEM));
          }
        }
      }
      if (!hits.isEmpty()) {
        skills.put(cs.skill().id(), hits);
      }
      if (!cs.cased().isEmpty()
          && casedCand.get(si)
          && anyPresent(cs.casedAnchors(), in.casedTerms())) {
        ambiguous.add(cs);
      }
    }
    addAmbiguous(resume, in, stems, ambiguous, skills);
    return skills;
  }

  /**
   * Ambiguous names (R, Go, Spark) count only beside other technical skills or in a skills list.
   */
  private void addAmbiguous(
      Resume resume,
      Indexed in,
      SegmentStems stems,
      List<CompiledSkill> ambiguous,
      Map<String, List<Hit>> skills) {
    Map<Integer, Integer> technicalPerSegment = technicalHitsPerSegment(skills);
    for (CompiledSkill cs : ambiguous) {
      List<Hit> hits = new ArrayList<>(skills.getOrDefault(cs.skill().id(), List.of()));
      for (int[] span : spans(in, cs.cased(), TermAnalyzers.CASED)) {
        Hit h = hit(resume, span, MatchType.EXACT);
        if (inTechnicalContext(h, resume, technicalPerSegment, stems)) {
          hits.add(
              new Hit(
                  h.start(),
                  h.end(),
                  h.segment(),
                  h.section(),
                  exactOrAlias(cs, resume.text(), span)));
        }
      }
      if (!hits.isEmpty()) {
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        skills.put(cs.skill().id(), hits);
      }
    }
  }

  /**
   * Word senses: "communication" beside "network" is no soft skill, "regressions" in a test suite
   * no regression model.
   */
  private void keepSenses(Map<String, List<Hit>> skills, SegmentStems stems) {
    for (var e : index.senses().entrySet()) {
      List<Hit> hits = skills.get(e.getKey());
      if (hits == null) {
        continue;
      }
      List<Hit> kept = new ArrayList<>(hits.size());
      for (Hit h : hits) {
        if (h.segment() < 0
            || e.getValue().accepts(stems.of(h.segment()), h.section() == SectionKind.SKILLS)) {
          kept.add(h);
        }
      }
      if (kept.isEmpty()) {
        skills.remove(e.getKey());
      } else if (kept.size() < hits.size()) {
        skills.put(e.getKey(), kept);
      }
    }
  }

  /** A section that shows a skill by itself (a Talks section) needs no word in its sense. */
  private void addShownBySection(Resume resume, Map<String, List<Hit>> skills) {
    for (CompiledSkill cs : index.shownBySection()) {
      Hit first = firstEntryOf(resume, cs.skill().shownBy());
      if (first != null) {
        List<Hit> hits = new ArrayList<>(skills.getOrDefault(cs.skill().id(), List.of()));
        hits.add(first);
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        skills.put(cs.skill().id(), hits);
      }
    }
  }

  /** Per responsibility, where each of its concept groups matches; shared groups run once. */
  private Map<String, List<int[]>> conceptSpans(Indexed in) {
    Map<String, List<int[]>> concepts = new LinkedHashMap<>();
    Map<CompiledPhrase, int[]> cache = new IdentityHashMap<>();
    for (var e : index.concepts().entrySet()) {
      List<int[]> groups = new ArrayList<>();
      for (CompiledPhrase p : e.getValue()) {
        groups.add(cache.computeIfAbsent(p, k -> spansOf(in, p)));
      }
      concepts.put(e.getKey(), groups);
    }
    return concepts;
  }

  /** Per level, the hits of its phrases (titles: on title lines only). */
  private static Map<String, List<Hit>> levelHits(
      Resume resume, Indexed in, Map<String, CompiledPhrase> phrases, boolean titleLinesOnly) {
    Map<String, List<Hit>> out = new LinkedHashMap<>();
    for (var e : phrases.entrySet()) {
      out.put(e.getKey(), phraseHits(resume, in, e.getValue(), titleLinesOnly));
    }
    return out;
  }

  /**
   * The hits less those inside a longer hit of any key: a title is read by its longest phrase
   * ("junior group leader" is no "junior", "senior data analyst" no "senior").
   */
  private static Map<String, List<Hit>> longestOnly(Map<String, List<Hit>> hits) {
    List<Hit> all = hits.values().stream().flatMap(List::stream).toList();
    Map<String, List<Hit>> out = new LinkedHashMap<>();
    for (var e : hits.entrySet()) {
      out.put(e.getKey(), e.getValue().stream().filter(h -> !covered(h, all)).toList());
    }
    return out;
  }

  private static boolean covered(Hit h, List<Hit> all) {
    for (Hit o : all) {
      if (o.start() <= h.start()
          && o.end() >= h.end()
          && o.end() - o.start() > h.end() - h.start()) {
        return true;
      }
    }
    return false;
  }

  private static Hit hit(Resume r, int[] span, MatchType type) {
    return new Hit(span[0], span[1], r.segmentAt(span[0]), r.sectionAt(span[0]), type);
  }

  private MatchType exactOrAlias(CompiledSkill cs, String text, int[] span) {
    String matched = text.substring(span[0], span[1]);
    List<String> toks = ProfileIndex.tokens(index.analyzers().index(), TermAnalyzers.TEXT, matched);
    return String.join(" ", toks).equals(cs.nameKey()) ? MatchType.EXACT : MatchType.ALIAS;
  }

  private static Map<Integer, Integer> technicalHitsPerSegment(Map<String, List<Hit>> skills) {
    Map<Integer, Integer> out = new HashMap<>();
    for (List<Hit> hits : skills.values()) {
      for (Hit h : hits) {
        out.merge(h.segment(), 1, Integer::sum);
      }
    }
    return out;
  }

  private boolean inTechnicalContext(
      Hit h, Resume r, Map<Integer, Integer> perSegment, SegmentStems stems) {
    String text = r.text();
    char before = h.start() > 0 ? text.charAt(h.start() - 1) : ' ';
    char after = h.end() < text.length() ? text.charAt(h.end()) : ' ';
    // "Go-to", "R&D", "R.", "Spark's": part of a word or an initial, not a technology.
    if ((after == '-' && !techSuffix(text, h.end() + 1))
        || after == '&'
        || after == '\''
        || before == '&'
        || before == '-'
        || (after == '.' && h.end() - h.start() == 1)
        || (before == '/' && h.end() - h.start() == 1)) {
      return false;
    }
    if (h.section() == SectionKind.SKILLS) {
      return true;
    }
    if (perSegment.getOrDefault(h.segment(), 0) > 0) {
      return true;
    }
    if (h.segment() < 0) {
      return false;
    }
    for (String t : stems.of(h.segment())) {
      if (index.contextStems().contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The first segment under a heading of one of the kinds, as a hit on the whole segment. */
  private static Hit firstEntryOf(Resume r, List<String> kinds) {
    Hit first = null;
    for (int i = 0; i < r.segments().size(); i++) {
      Segment s = r.segments().get(i);
      if (kinds.contains(s.section().id()) && !isHeading(r, s)) {
        Hit h = new Hit(s.start(), s.end(), i, s.section(), MatchType.ALIAS);
        // The first real entry, not a banner line under the heading.
        if (s.readsAsEntry()) {
          return h;
        }
        first = first == null ? h : first;
      }
    }
    return first;
  }

  private static boolean isHeading(Resume r, Segment s) {
    for (var sec : r.sections()) {
      if (sec.start() == s.start() && !sec.heading().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** "ROS-based", "Spark-powered": a hyphen that still names the technology. */
  private static boolean techSuffix(String text, int from) {
    for (String s : TECH_SUFFIXES) {
      if (text.regionMatches(true, from, s, 0, s.length())) {
        return true;
      }
    }
    return false;
  }

  /** Where a concept group's words are, as {start0, end0, start1, end1, ...} in text order. */
  private static int[] spansOf(Indexed in, CompiledPhrase p) {
    List<int[]> spans = spans(in, p.presentQueries(in.textTerms()), p.field());
    spans.sort(BY_POSITION);
    int[] out = new int[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      out[2 * i] = spans.get(i)[0];
      out[2 * i + 1] = spans.get(i)[1];
    }
    return out;
  }

  private static List<Hit> phraseHits(
      Resume r, Indexed in, CompiledPhrase p, boolean titleLinesOnly) {
    List<Hit> out = new ArrayList<>();
    for (int[] span : spans(in, p.presentQueries(in.textTerms()), p.field())) {
      Hit h = hit(r, span, MatchType.STEM);
      if (titleLinesOnly && !isTitleLine(r, h)) {
        continue;
      }
      out.add(h);
    }
    return out;
  }

  /** A title sits on an entry's heading line (or the line above its dates). */
  private static boolean isTitleLine(Resume r, Hit h) {
    if (h.section() == SectionKind.EDUCATION || h.segment() < 0) {
      return false;
    }
    for (var e : r.experience()) {
      if (h.start() >= e.start() && h.start() < e.headingEnd()) {
        // The title's own line and those below it: an organisation line above names no level.
        int titleLine = r.text().lastIndexOf('\n', e.titleStart() - 1) + 1;
        return e.section() != SectionKind.EDUCATION && h.start() >= titleLine;
      }
    }
    Segment seg = r.segments().get(h.segment());
    return seg.type() == Segment.Type.LINE && seg.section().isWork();
  }

  private void bm25(
      Resume r, SegmentStems stems, Map<String, Double> best, Map<String, Integer> bestSeg) {
    int n = 0;
    for (int i = 0; i < r.segments().size() && n < MAX_BM25_SEGMENTS; i++) {
      Segment seg = r.segments().get(i);
      if (seg.type() == Segment.Type.LINE || !seg.section().describesDuties()) {
        continue;
      }
      n++;
      Collection<String> toks = new LinkedHashSet<>(stems.of(i));
      if (toks.size() < 3) {
        continue;
      }
      for (ScoreDoc sd : index.topResponsibilities(toks, BM25_TOP)) {
        String id = index.idOf(sd.doc);
        double norm = Math.min(1.0, sd.score / index.selfScore(id));
        if (norm > best.getOrDefault(id, 0.0)) {
          best.put(id, norm);
          bestSeg.put(id, i);
        }
      }
    }
  }

  /** The {@code stem} tokens of a resume's segments, analysed at most once per segment. */
  private final class SegmentStems {
    private final Resume resume;
    private final List<List<String>> bySegment;

    SegmentStems(Resume resume) {
      this.resume = resume;
      this.bySegment =
          new ArrayList<>(java.util.Collections.nCopies(resume.segments().size(), null));
    }

    List<String> of(int segment) {
      List<String> toks = bySegment.get(segment);
      if (toks == null) {
        toks = index.stemTokens(resume.segments().get(segment).text());
        bySegment.set(segment, toks);
      }
      return toks;
    }
  }

  private static boolean anyPresent(List<List<String>> anchors, Set<String> present) {
    for (List<String> toks : anchors) {
      if (present.containsAll(toks)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> terms(LeafReader reader, String field) {
    Set<String> out = new HashSet<>();
    try {
      Terms terms = reader.terms(field);
      if (terms == null) {
        return out;
      }
      TermsEnum te = terms.iterator();
      BytesRef b;
      while ((b = te.next()) != null) {
        out.add(b.utf8ToString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Where any of the queries matches, in text order when there are several (each query is one part
   * of a list of alternatives too long for one Lucene query).
   */
  private static List<int[]> spans(Indexed in, List<Query> queries, String field) {
    if (queries.size() == 1) {
      return spans(in.searcher(), in.leaf(), queries.get(0), field);
    }
    List<int[]> out = new ArrayList<>();
    for (Query q : queries) {
      out.addAll(spans(in.searcher(), in.leaf(), q, field));
    }
    out.sort(BY_POSITION);
    return out;
  }

  private static List<int[]> spans(IndexSearcher s, LeafReaderContext leaf, Query q, String field) {
    List<int[]> out = new ArrayList<>();
    try {
      // The profile's queries come rewritten (ProfileIndex.rewritten): no rewrite per resume.
      Weight w = s.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
      Matches m = w.matches(leaf, 0);
      if (m == null) {
        return out;
      }
      MatchesIterator it = m.getMatches(field);
      if (it == null) {
        return out;
      }
      while (it.next()) {
        if (it.startOffset() >= 0) {
          out.add(new int[] {it.startOffset(), it.endOffset()});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
