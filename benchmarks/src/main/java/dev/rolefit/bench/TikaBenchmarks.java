package dev.rolefit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xml.sax.SAXException;

/**
 * The reference a user would otherwise reach for: Apache Tika's {@link AutoDetectParser} with its
 * defaults, extracting text only (a {@link BodyContentHandler} without limit, no embedded
 * documents) from the same files as {@link RoleFitBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TikaBenchmarks {
  private Corpus corpus;
  private AutoDetectParser parser;
  private List<Path> pdfs;
  private List<Path> docxs;
  private int cursor;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public TikaBenchmarks() {}

  /**
   * Loads the corpus and Tika's parsers.
   *
   * @throws IOException when the corpus cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    corpus = Corpus.load();
    parser = new AutoDetectParser();
    pdfs = corpus.pdfs();
    docxs = corpus.docxs();
  }

  /**
   * Deletes the generated files.
   *
   * @throws IOException when they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    corpus.close();
  }

  private int next(int n) {
    int i = cursor;
    cursor = i + 1 == n ? 0 : i + 1;
    return i;
  }

  /**
   * Extracts one file's text with the given parser.
   *
   * @param parser Tika's parser
   * @param file the file
   * @return the text
   * @throws IOException when reading fails
   * @throws TikaException when Tika fails
   * @throws SAXException when the handler fails
   */
  static String extract(AutoDetectParser parser, Path file)
      throws IOException, TikaException, SAXException {
    BodyContentHandler handler = new BodyContentHandler(-1);
    Metadata metadata = new Metadata();
    try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
      parser.parse(in, handler, metadata, new ParseContext());
    }
    return handler.toString();
  }

  /**
   * A PDF file's text.
   *
   * @return the text
   * @throws Exception when Tika fails
   */
  @Benchmark
  public String tikaPdfFile() throws Exception {
    return extract(parser, pdfs.get(next(pdfs.size())));
  }

  /**
   * A DOCX file's text.
   *
   * @return the text
   * @throws Exception when Tika fails
   */
  @Benchmark
  public String tikaDocxFile() throws Exception {
    return extract(parser, docxs.get(next(docxs.size())));
  }
}
