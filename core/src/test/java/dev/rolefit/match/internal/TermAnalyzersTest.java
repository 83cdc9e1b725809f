package dev.rolefit.match.internal;

import dev.rolefit.match.internal.TermAnalyzers.FieldStreams;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.util.QueryBuilder;

/**
 * The analysis chains in Lucene's own test style: exact terms, offsets into the original text and
 * position increments for names with symbols and for bullet lists, the char filter alone, the
 * one-tokenization field streams against each field's analyzer, and Lucene's random-text checks.
 */
public class TermAnalyzersTest extends BaseTokenStreamTestCase {
  private static final List<String> FORMS =
      List.of("C++", "C#", ".NET", "F#", "Node.js", "Python", "machine learning", "ML");

  /** Pieces of resume text that exercise the char filter, mixed at random. */
  private static final List<String> PIECES =
      List.of(
          "C++",
          "c++",
          "C#",
          "c#",
          ".NET",
          ".net",
          "F#",
          "Node.js",
          "•",
          "\n\n",
          "\n",
          " ",
          " ",
          ", ",
          "/",
          "-",
          "Python's",
          "pipelines",
          "machine learning",
          "ML",
          "led");

  private TermAnalyzers analyzers;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzers = new TermAnalyzers(FORMS, synonyms("machine learning", "ml"));
  }

  public void testSymbolNamesAreSpelledOutWithTheirOriginalOffsets() throws IOException {
    // KStem reads the spelled-out "cplusplus" as a plural; queries are stemmed alike, so it
    // matches.
    Map<String, String[]> terms =
        Map.of(
            TermAnalyzers.TEXT, new String[] {"cplusplus", "csharp", "and", "dotnet"},
            TermAnalyzers.CASED, new String[] {"Cplusplus", "Csharp", "and", "dotNET"},
            TermAnalyzers.STEM, new String[] {"cplusplu", "csharp", "and", "dotnet"});
    for (Map.Entry<String, String[]> field : terms.entrySet()) {
      assertAnalyzesTo(
          analyzers.field(field.getKey()),
          "C++, C# and .NET",
          field.getValue(),
          new int[] {0, 5, 8, 12},
          new int[] {3, 7, 11, 16},
          null,
          new int[] {1, 1, 1, 1});
    }
  }

  public void testLowerAndUpperCaseSpellingsAreProtectedToo() throws IOException {
    assertAnalyzesTo(
        analyzers.field(TermAnalyzers.TEXT),
        "c++ C++ c# .net .NET",
        new String[] {"cplusplus", "cplusplus", "csharp", "dotnet", "dotnet"},
        new int[] {0, 4, 8, 11, 16},
        new int[] {3, 7, 10, 15, 20});
  }

  public void testDottedNameIsOneTokenThatThePluralFolderTrims() throws IOException {
    // "Node.js" stays one word; the text field's plural folding trims its final s, the same way
    // on the resume and on the profile's alias, so the two still meet.
    assertAnalyzesTo(
        analyzers.field(TermAnalyzers.TEXT),
        "Node.js APIs",
        new String[] {"node.j", "api"},
        new int[] {0, 8},
        new int[] {7, 12});
    assertAnalyzesTo(
        analyzers.field(TermAnalyzers.CASED),
        "Node.js APIs",
        new String[] {"Node.js", "APIs"},
        new int[] {0, 8},
        new int[] {7, 12});
  }

  public void testBulletsAndBlankLinesLeaveAPositionGapAndNoToken() throws IOException {
    String text = "• Built Python pipelines\n• Led data team\n\nPublished papers";
    assertAnalyzesTo(
        analyzers.field(TermAnalyzers.TEXT),
        text,
        new String[] {"built", "python", "pipeline", "led", "data", "team", "published", "paper"},
        new int[] {2, 8, 15, 27, 31, 36, 42, 52},
        new int[] {7, 14, 24, 30, 35, 40, 51, 58},
        null,
        new int[] {2, 1, 1, 2, 1, 1, 2, 1});
  }

  public void testTwoBulletsNeverFormAPhrase() throws IOException {
    String text = "• Built Python pipelines\n• Led data team";
    MemoryIndex index = new MemoryIndex(true, false);
    index.addField(TermAnalyzers.TEXT, text, analyzers.index());
    QueryBuilder qb = new QueryBuilder(analyzers.index());
    Query within = qb.createPhraseQuery(TermAnalyzers.TEXT, "python pipelines");
    Query across = qb.createPhraseQuery(TermAnalyzers.TEXT, "pipelines led");
    assertTrue(index.search(within) > 0);
    assertEquals(0f, index.search(across), 0f);
  }

  public void testCharFilterSpellsSymbolsAndMapsOffsetsBack() throws IOException {
    String text = "c++ C# .net Node.js F#";
    TokenStream ts = whitespaceMockTokenizer(analyzers.charFilter(new StringReader(text)));
    assertTokenStreamContents(
        ts,
        new String[] {"cplusplus", "Csharp", "dotnet", "Node.js", "Fsharp"},
        new int[] {0, 4, 7, 12, 20},
        new int[] {3, 6, 11, 19, 22},
        text.length());
  }

  public void testCharFilterMarksBulletsAndBlankLinesWithOriginalOffsets() throws IOException {
    String text = "a\n\nb •c";
    TokenStream ts = whitespaceMockTokenizer(analyzers.charFilter(new StringReader(text)));
    assertTokenStreamContents(
        ts,
        new String[] {"a", TermAnalyzers.SEGMENT_BREAK, "b", TermAnalyzers.SEGMENT_BREAK, "c"},
        // A break mark is zero-width, inside the blank line or at the bullet it stands for.
        new int[] {0, 2, 3, 5, 6},
        new int[] {1, 2, 4, 5, 7},
        text.length());
  }

  public void testSynonymQueryExpandsAliasesAsAGraph() throws IOException {
    assertGraphStrings(analyzers.synonymQuery(), "machine learning", "machine learning", "ml");
    assertGraphStrings(analyzers.synonymQuery(), "ML", "ml", "machine learning");
  }

  public void testFieldStreamsGiveEachFieldAnalyzersTokens() throws IOException {
    Random random = random();
    for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
      String text = resumeLikeText(random);
      Tokens text1 = Tokens.of(analyzers.index(), TermAnalyzers.TEXT, text);
      Tokens cased = Tokens.of(analyzers.index(), TermAnalyzers.CASED, text);
      Tokens stem = Tokens.of(analyzers.index(), TermAnalyzers.STEM, text);
      try (FieldStreams fields = analyzers.fieldStreams(text)) {
        text1.assertSame(fields.text());
        cased.assertSame(fields.cased());
        stem.assertSame(fields.stem());
      }
    }
  }

  public void testRandomTextThroughEveryChain() throws IOException {
    for (Analyzer a : chains()) {
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 5 * RANDOM_MULTIPLIER, 2048);
    }
  }

  public void testRandomResumeLikeTextThroughEveryChain() throws IOException {
    Random random = random();
    for (Analyzer a : chains()) {
      for (int i = 0; i < 50 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(random, a, random.nextBoolean(), resumeLikeText(random));
      }
    }
  }

  private List<Analyzer> chains() {
    return List.of(
        analyzers.field(TermAnalyzers.TEXT),
        analyzers.field(TermAnalyzers.CASED),
        analyzers.field(TermAnalyzers.STEM),
        analyzers.synonymQuery());
  }

  private static String resumeLikeText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(
          random.nextInt(4) == 0
              ? TestUtil.randomSimpleString(random, 1, 6)
              : PIECES.get(random.nextInt(PIECES.size())));
    }
    return sb.toString();
  }

  /** A two-way synonym pair, as the profile index builds them from a skill's forms. */
  private static SynonymMap synonyms(String a, String b) throws IOException {
    SynonymMap.Builder builder = new SynonymMap.Builder(true);
    CharsRef left = SynonymMap.Builder.join(a.split(" "), new CharsRefBuilder());
    CharsRef right = SynonymMap.Builder.join(b.split(" "), new CharsRefBuilder());
    builder.add(left, right, true);
    builder.add(right, left, true);
    return builder.build();
  }

  /** Every attribute a field's tokens are compared on. */
  private record Tokens(
      String[] terms, int[] starts, int[] ends, int[] incs, int[] lengths, int finalOffset) {

    static Tokens of(Analyzer analyzer, String field, String text) throws IOException {
      List<String> terms = new ArrayList<>();
      List<int[]> attrs = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms.add(term.toString());
          attrs.add(
              new int[] {
                offset.startOffset(),
                offset.endOffset(),
                inc.getPositionIncrement(),
                len.getPositionLength()
              });
        }
        ts.end();
        return new Tokens(
            terms.toArray(new String[0]),
            attrs.stream().mapToInt(x -> x[0]).toArray(),
            attrs.stream().mapToInt(x -> x[1]).toArray(),
            attrs.stream().mapToInt(x -> x[2]).toArray(),
            attrs.stream().mapToInt(x -> x[3]).toArray(),
            offset.endOffset());
      }
    }

    void assertSame(TokenStream ts) throws IOException {
      assertTokenStreamContents(ts, terms, starts, ends, null, incs, lengths, finalOffset);
    }
  }
}
