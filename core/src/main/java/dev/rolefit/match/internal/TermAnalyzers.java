package dev.rolefit.match.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
import org.apache.lucene.analysis.TokenFilter;
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
  private final Map<String, Analyzer> fields;
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
    Analyzer text = chain(TEXT, null);
    this.fields = Map.of(TEXT, text, CASED, chain(CASED, null), STEM, chain(STEM, null));
    this.index = new PerFieldAnalyzerWrapper(text, fields);
    this.synonymQuery = synonyms == null ? text : chain(TEXT, synonyms);
  }

  /**
   * The per-field analyzer used to index resumes and to build exact queries.
   *
   * @return the analyzer (thread-safe)
   */
  public Analyzer index() {
    return index;
  }

  /** One field's chain whatever field name it is given (tests feed it Lucene's random text). */
  Analyzer field(String name) {
    return fields.get(name);
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
   * @return the streams, to be consumed in the order {@link #TEXT}, {@link #CASED}, {@link #STEM}
   *     and then closed (which closes the shared tokenizer)
   */
  public FieldStreams fieldStreams(String text) {
    Tokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(charFilter(new StringReader(text)));
    CachingTokenFilter shared = new CachingTokenFilter(words(tokenizer));
    return new FieldStreams(
        shared,
        fieldFilters(TEXT, new UnclosedFilter(shared)),
        fieldFilters(CASED, new UnclosedFilter(shared)),
        fieldFilters(STEM, new UnclosedFilter(shared)));
  }

  /**
   * The streams of {@link #fieldStreams}: each field's view may be closed by its consumer (a
   * MemoryIndex does), while the tokenizer they share is closed here, once.
   */
  public static final class FieldStreams implements Closeable {
    private final TokenStream shared;
    private final TokenStream text;
    private final TokenStream cased;
    private final TokenStream stem;

    private FieldStreams(
        TokenStream shared, TokenStream text, TokenStream cased, TokenStream stem) {
      this.shared = shared;
      this.text = text;
      this.cased = cased;
      this.stem = stem;
    }

    /**
     * The {@link #TEXT} tokens, consumed first.
     *
     * @return the stream
     */
    public TokenStream text() {
      return text;
    }

    /**
     * The {@link #CASED} tokens, consumed second.
     *
     * @return the stream
     */
    public TokenStream cased() {
      return cased;
    }

    /**
     * The {@link #STEM} tokens, consumed last.
     *
     * @return the stream
     */
    public TokenStream stem() {
      return stem;
    }

    /** Closes the shared tokenizer and char filter. */
    @Override
    public void close() throws IOException {
      shared.close();
    }
  }

  /** Lets each field close its own view while the shared cache lives on for the next field. */
  private static final class UnclosedFilter extends TokenFilter {
    UnclosedFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      return input.incrementToken();
    }

    @Override
    public void close() {
      // The shared cache is closed once, by FieldStreams.close.
    }
  }

  /**
   * The one analysis chain: char filter, tokenizer, segment breaks out, then the field's filters.
   */
  private Analyzer chain(String field, SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return charFilter(reader);
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = fieldFilters(field, words(source));
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

  /** Symbols of protected names spelled out, bullets and blank lines marked as segment breaks. */
  Reader charFilter(Reader reader) {
    return new MappingCharFilter(protectedTerms, reader);
  }

  /** The tokenizer's words without the segment-break marks, whose positions stay as gaps. */
  private static TokenStream words(Tokenizer tokenizer) {
    return new StopFilter(tokenizer, BREAKS);
  }

  /** What each field does to the words: nothing (cased), or lower case and a stemmer. */
  private static TokenStream fieldFilters(String field, TokenStream words) {
    if (CASED.equals(field)) {
      return words;
    }
    TokenStream lower = new LowerCaseFilter(new EnglishPossessiveFilter(words));
    return STEM.equals(field) ? new KStemFilter(lower) : new EnglishMinimalStemFilter(lower);
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
