package dev.rolefit.bench;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.match.Matcher;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.internal.ResumeParser;
import dev.rolefit.score.Scorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * Each rolefit stage on its own, and the whole path from a PDF file to a {@link FitReport}.
 *
 * <p>Every invocation takes the next resume of the {@link Corpus} in turn, so a score is the mean
 * time per resume (per file for extraction; divide by pages per file for a per-page figure, as
 * {@link Report} does). The stages run from inputs prepared at setup: extraction from bytes in
 * memory, parsing from extracted text, matching from parsed resumes, scoring from matches. Single
 * thread, warm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RoleFitBenchmarks {
  private static final FitReport.Tool TOOL = new FitReport.Tool("rolefit", RoleFit.version());

  private Corpus corpus;
  private RoleFit rolefit;
  private DocumentExtractor extractor;
  private ResumeParser parser;
  private Matcher matcher;
  private Scorer scorer;
  private Target target;

  private List<Path> pdfFiles;
  private byte[][] pdfBytes;
  private byte[][] docxBytes;
  private String[] texts;
  private ExtractedDocument[] textDocs;
  private Resume[] resumes;
  private ResumeMatches[] matches;
  private FitReport.DocumentInfo[] infos;
  private int cursor;

  /** Creates the state; JMH calls {@link #setUp()}. */
  public RoleFitBenchmarks() {}

  /**
   * Loads the corpus, builds the pipeline once and prepares each stage's inputs.
   *
   * @throws IOException when the corpus cannot be read
   * @throws DocumentException when a sample cannot be extracted
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, DocumentException {
    corpus = Corpus.load();
    rolefit = RoleFit.create();
    extractor = new DocumentExtractor(ExtractionLimits.defaults());
    parser = new ResumeParser(Clock.systemUTC());
    matcher = new Matcher(new ProfileIndex(rolefit.profile()));
    scorer = new Scorer(rolefit.profile());
    target = Target.auto();

    pdfFiles = corpus.pdfs();
    pdfBytes = pdfFiles.stream().map(Corpus::bytes).toArray(byte[][]::new);
    docxBytes = corpus.docxs().stream().map(Corpus::bytes).toArray(byte[][]::new);
    texts = corpus.texts().toArray(String[]::new);
    int n = texts.length;
    textDocs = new ExtractedDocument[n];
    resumes = new Resume[n];
    matches = new ResumeMatches[n];
    infos = new FitReport.DocumentInfo[n];
    for (int i = 0; i < n; i++) {
      textDocs[i] = extractor.extract(texts[i].getBytes(StandardCharsets.UTF_8));
      resumes[i] = parser.parse(textDocs[i]);
      matches[i] = matcher.match(resumes[i]);
      ExtractedDocument d = textDocs[i];
      infos[i] =
          new FitReport.DocumentInfo(
              "sample-" + i + ".txt",
              d.mediaType().mime(),
              d.pages(),
              d.text().length(),
              new FitReport.QualityInfo(d.quality().status(), d.quality().issues()));
    }
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
   * PDF bytes to text, lines and quality (PDFBox). Per file; see {@link Report} for per page.
   *
   * @return the document
   * @throws DocumentException never for the corpus
   */
  @Benchmark
  public ExtractedDocument extractPdf() throws DocumentException {
    return extractor.extract(pdfBytes[next(pdfBytes.length)]);
  }

  /**
   * DOCX bytes to text, lines and quality (POI).
   *
   * @return the document
   * @throws DocumentException never for the corpus
   */
  @Benchmark
  public ExtractedDocument extractDocx() throws DocumentException {
    return extractor.extract(docxBytes[next(docxBytes.length)]);
  }

  /**
   * Extracted text to a resume: sections, sentences, bullets, dated entries (OpenNLP).
   *
   * @return the resume
   */
  @Benchmark
  public Resume parse() {
    return parser.parse(textDocs[next(textDocs.length)]);
  }

  /**
   * A parsed resume against the profile's compiled queries (Lucene MemoryIndex).
   *
   * @return the matches
   */
  @Benchmark
  public ResumeMatches match() {
    return matcher.match(resumes[next(resumes.length)]);
  }

  /**
   * Matches to a report for an automatic target (estimated level, best specialization).
   *
   * @return the report
   */
  @Benchmark
  public FitReport score() {
    int i = next(matches.length);
    return scorer.score(matches[i], target, infos[i], TOOL);
  }

  /**
   * The whole analysis from text: {@link RoleFit#analyzeText(String, Target)}.
   *
   * @return the report
   * @throws DocumentException never for the corpus
   */
  @Benchmark
  public FitReport analyzeText() throws DocumentException {
    return rolefit.analyzeText(texts[next(texts.length)], target);
  }

  /**
   * The whole path from a PDF file on disk to a report: {@link RoleFit#analyze(Path, Target)}.
   *
   * @return the report
   * @throws DocumentException never for the corpus
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  public FitReport analyzePdfFile() throws DocumentException, IOException {
    return rolefit.analyze(pdfFiles.get(next(pdfFiles.size())), target);
  }
}
