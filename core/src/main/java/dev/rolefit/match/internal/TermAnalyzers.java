package dev.rolefit.match.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analysis chains shared by the resume index and the profile's queries, so both sides see the
 * same tokens. Fields: {@code text} (lower case, plurals folded), {@code cased} (case kept, for
 * ambiguous names such as R or Go), {@code stem} (lower case, KStem).
 *
 * <p>Names with symbols that tokenizers drop (C++, C#, .NET, F#) are protected by a char filter
 * that spells the symbols out before tokenizing ("c++" becomes "cplusplus"), offsets preserved.
 */
public final class TermAnalyzers {
  /** Lower-cased, plural-folded words. */
  public static final String TEXT = "text";

  /** Words with their case kept. */
  public static final String CASED = "cased";

  /** Lower-cased, KStemmed words. */
  public static final String STEM = "stem";

  /**
   * A token the char filter puts at every bullet and blank line, then removed with its position
   * kept: phrases never run from one bullet into the next.
   */
  static final String SEGMENT_BREAK = "qqsegbreakqq";

  private final NormalizeCharMap protectedTerms;
  private final Analyzer index;
  private final Analyzer synonymQuery;

  /**
   * Builds the analyzers.
   *
   * @param surfaceForms every skill name and alias (those with symbols get protected)
   * @param synonyms the synonym map for query-time expansion of the {@code text} field
   */
  public TermAnalyzers(Collection<String> surfaceForms, SynonymMap synonyms) {
    this.protectedTerms = protectedTerms(surfaceForms);
    Map<String, Analyzer> fields =
        Map.of(TEXT, chain(TEXT, null), CASED, chain(CASED, null), STEM, chain(STEM, null));
    this.index = new PerFieldAnalyzerWrapper(chain(TEXT, null), fields);
    this.synonymQuery = synonyms == null ? chain(TEXT, null) : chain(TEXT, synonyms);
  }

  /**
   * The per-field analyzer used to index resumes and to build exact queries.
   *
   * @return the analyzer (thread-safe)
   */
  public Analyzer index() {
    return index;
  }

  /**
   * The {@code text} analyzer with skill synonyms, for query building.
   *
   * @return the analyzer (thread-safe)
   */
  public Analyzer synonymQuery() {
    return synonymQuery;
  }

  /**
   * The three fields of one text from a single tokenization: the char filter and tokenizer run
   * once, and each field's filters run over a replay of the cached tokens. Gives exactly the tokens
   * of {@link #index()} for each field.
   *
   * @param text the text
   * @return streams for {@link #TEXT}, {@link #CASED} and {@link #STEM}, in that order, to be
   *     consumed in that order
   */
  public TokenStream[] fieldStreams(String text) {
    Tokenizer source = new StandardTokenizer();
    source.setReader(new MappingCharFilter(protectedTerms, new java.io.StringReader(text)));
    CachingTokenFilter shared = new CachingTokenFilter(new StopFilter(source, BREAKS));
    TokenStream cased = new UnclosedFilter(shared);
    TokenStream lower =
        new LowerCaseFilter(new EnglishPossessiveFilter(new UnclosedFilter(shared)));
    TokenStream textField = new EnglishMinimalStemFilter(lower);
    TokenStream stem =
        new KStemFilter(
            new LowerCaseFilter(new EnglishPossessiveFilter(new UnclosedFilter(shared))));
    return new TokenStream[] {textField, cased, stem};
  }

  /** Lets each field close its own view while the shared cache lives on for the next field. */
  private static final class UnclosedFilter extends org.apache.lucene.analysis.TokenFilter {
    UnclosedFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
      return input.incrementToken();
    }

    @Override
    public void close() {
      // The shared cache is closed with the last field, by the caller.
    }
  }

  private Analyzer chain(String field, SynonymMap synonyms) {
    NormalizeCharMap map = protectedTerms;
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(map, reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new StopFilter(source, BREAKS);
        if (!CASED.equals(field)) {
          ts = new EnglishPossessiveFilter(ts);
          ts = new LowerCaseFilter(ts);
          ts = STEM.equals(field) ? new KStemFilter(ts) : new EnglishMinimalStemFilter(ts);
        }
        if (synonyms != null) {
          ts = new SynonymGraphFilter(ts, synonyms, true);
        }
        return new TokenStreamComponents(source, ts);
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return 100;
      }

      @Override
      public int getOffsetGap(String fieldName) {
        return 1;
      }
    };
  }

  private static final CharArraySet BREAKS = new CharArraySet(List.of(SEGMENT_BREAK), false);

  /** Spells out the symbols of names that a tokenizer would drop; marks segment breaks. */
  private static NormalizeCharMap protectedTerms(Collection<String> forms) {
    Set<String> keys = new LinkedHashSet<>();
    for (String f : forms) {
      if (needsProtection(f)) {
        keys.add(f);
        keys.add(f.toLowerCase(Locale.ROOT));
        keys.add(f.toUpperCase(Locale.ROOT));
      }
    }
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    b.add("\u2022", " " + SEGMENT_BREAK + " ");
    b.add("\n\n", "\n " + SEGMENT_BREAK + " \n");
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(null);
    for (String k : sorted) {
      b.add(k, spell(k));
    }
    return b.build();
  }

  static boolean needsProtection(String form) {
    return form.contains("+") || form.contains("#") || form.startsWith(".");
  }

  /**
   * Spells out symbols: "C++" becomes "Cplusplus", ".NET" becomes "dotNET".
   *
   * @param form a surface form
   * @return the form as the tokenizer sees it
   */
  public static String spell(String form) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (c == '+') {
        sb.append("plus");
      } else if (c == '#') {
        sb.append("sharp");
      } else if (c == '.' && i == 0) {
        sb.append("dot");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
