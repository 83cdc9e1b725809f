package dev.rolefit;

import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.Quality;
import dev.rolefit.extract.internal.QualityJudge;
import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.match.Matcher;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.RequirementStatus;
import dev.rolefit.model.Target;
import dev.rolefit.posting.JobPosting;
import dev.rolefit.posting.internal.PostingParser;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.internal.ResumeParser;
import dev.rolefit.score.PostingItems;
import dev.rolefit.score.RequirementJudge;
import dev.rolefit.score.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The rolefit facade: reads a resume, matches it against a role profile and scores it for a target,
 * with the evidence for every hit and the gaps.
 *
 * <p>Build one instance (it loads the profile and the OpenNLP models) and share it: it is immutable
 * and thread-safe, and each analysis allocates only per-resume state.
 *
 * <pre>{@code
 * RoleFit rolefit = RoleFit.create();
 * FitReport report = rolefit.analyze(Path.of("cv.pdf"), Target.of(Level.MID, "nlp"));
 * double overall = report.score().overall();
 * }</pre>
 */
public final class RoleFit {
  private static final String VERSION = readVersion();

  private final RoleProfile profile;
  private final ProfileIndex index;
  private final Matcher matcher;
  private final Scorer scorer;
  private final ResumeParser parser;
  private final DocumentExtractor extractor;
  private final RequirementJudge requirements;
  private final PostingParser postings = new PostingParser();

  private RoleFit(Builder b) throws InvalidProfileException {
    // The OpenNLP models and heading aliases load on another core while the profile compiles.
    java.util.concurrent.CompletableFuture<ResumeParser> parserFuture =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> new ResumeParser(b.clock));
    this.profile =
        b.profile != null ? b.profile : new ProfileLoader().bundled(ProfileLoader.DEFAULT_ROLE);
    this.index = new ProfileIndex(profile);
    this.matcher = new Matcher(index);
    this.scorer = new Scorer(profile);
    this.parser = parserFuture.join();
    this.extractor = new DocumentExtractor(b.limits);
    this.requirements = new RequirementJudge(index);
  }

  /**
   * A RoleFit over the bundled Machine Learning Scientist profile with default limits.
   *
   * @return the instance
   */
  public static RoleFit create() {
    try {
      return builder().build();
    } catch (InvalidProfileException e) {
      throw new IllegalStateException("the bundled profile is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * A builder for another profile, limits or clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The library version.
   *
   * @return for example 0.1.0
   */
  public static String version() {
    return VERSION;
  }

  /**
   * The profile in use.
   *
   * @return the profile
   */
  public RoleProfile profile() {
    return profile;
  }

  /**
   * Analyses a resume file.
   *
   * @param file a PDF, DOCX, DOC or text file (type found from content)
   * @param target the target; see {@link Target#auto()}
   * @return the report
   * @throws DocumentException when the document cannot be scored (typed by reason)
   * @throws IOException when the file cannot be read
   */
  public FitReport analyze(Path file, Target target) throws DocumentException, IOException {
    Objects.requireNonNull(file, "file");
    return report(extractor.extract(file), fileName(file), target);
  }

  /**
   * Analyses a resume file against a job posting (job-posting mode): the report also says, for each
   * requirement of the posting, whether the resume meets it, with the evidence.
   *
   * @param file a PDF, DOCX, DOC or text file
   * @param target the target
   * @param jobPosting the posting's text
   * @return the report with {@code requirements}
   * @throws DocumentException when the document cannot be scored
   * @throws IOException when the file cannot be read
   */
  public FitReport analyze(Path file, Target target, String jobPosting)
      throws DocumentException, IOException {
    Objects.requireNonNull(jobPosting, "jobPosting");
    Objects.requireNonNull(file, "file");
    Analysis a = analysis(extractor.extract(file), fileName(file), target);
    return withPosting(a.report(), jobPosting, a);
  }

  private FitReport withPosting(FitReport report, String posting, Analysis a)
      throws DocumentException {
    if (posting.isBlank()) {
      throw new IllegalArgumentException("the job posting is empty");
    }
    JobPosting parsed = parsePosting(posting);
    List<PostingItems.Item> items =
        PostingItems.of(
            parsed,
            text -> {
              try {
                return matcher.match(parser.parse(assemble(text)));
              } catch (DocumentException e) {
                // The items come from a posting already within the limits.
                throw new IllegalStateException(e);
              }
            });
    RequirementJudge.Judged judged = requirements.judge(parsed, items, a.matches(), report);
    int required = 0;
    int requiredMet = 0;
    for (var q : judged.requirements()) {
      if (q.required() && q.status().scored()) {
        required++;
        requiredMet += q.status() == RequirementStatus.MET ? 1 : 0;
      }
    }
    FitReport.PostingInfo info =
        new FitReport.PostingInfo(
            parsed.title(),
            parsed.company(),
            Double.isNaN(judged.match()) ? null : judged.match(),
            required,
            requiredMet);
    return report.withPosting(info, judged.requirements(), judged.gaps());
  }

  /**
   * Reads a job posting's text: title, company and requirement items with their kinds, as
   * job-posting mode judges them.
   *
   * @param posting the posting's text
   * @return the parsed posting
   * @throws DocumentException when the text is over the size limits
   */
  public JobPosting parsePosting(String posting) throws DocumentException {
    Objects.requireNonNull(posting, "posting");
    return postings.parse(assemble(posting).text());
  }

  /**
   * Analyses a resume held in memory.
   *
   * @param content the document's bytes
   * @param fileName the name to show in the report (no directories are kept)
   * @param target the target
   * @return the report
   * @throws DocumentException when the document cannot be scored
   */
  public FitReport analyze(byte[] content, String fileName, Target target)
      throws DocumentException {
    Objects.requireNonNull(content, "content");
    return report(extractor.extract(content), baseName(fileName), target);
  }

  /**
   * Analyses a resume held in memory against a job posting (job-posting mode), as {@link
   * #analyze(Path, Target, String)} does for a file.
   *
   * @param content the document's bytes
   * @param fileName the name to show in the report
   * @param target the target
   * @param jobPosting the posting's text
   * @return the report with {@code posting} and {@code requirements}
   * @throws DocumentException when the document cannot be scored
   */
  public FitReport analyze(byte[] content, String fileName, Target target, String jobPosting)
      throws DocumentException {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(jobPosting, "jobPosting");
    Analysis a = analysis(extractor.extract(content), baseName(fileName), target);
    return withPosting(a.report(), jobPosting, a);
  }

  /**
   * Analyses a resume read from a stream (not closed; bounded by the size limit).
   *
   * @param in the document's bytes
   * @param fileName the name to show in the report
   * @param target the target
   * @return the report
   * @throws DocumentException when the document cannot be scored
   * @throws IOException when reading fails
   */
  public FitReport analyze(InputStream in, String fileName, Target target)
      throws DocumentException, IOException {
    Objects.requireNonNull(in, "in");
    return report(extractor.extract(in), baseName(fileName), target);
  }

  /**
   * Analyses resume text.
   *
   * @param text the resume's text
   * @param target the target
   * @return the report
   * @throws DocumentException when the text is empty or over the limits
   */
  public FitReport analyzeText(String text, Target target) throws DocumentException {
    Objects.requireNonNull(text, "text");
    return report(textDocument(text), "-", target);
  }

  /**
   * Extracts a file's text, sections and diagnostics exactly as the scorer sees them, without
   * failing on documents that need OCR or are unreadable (their quality says so).
   *
   * @param file the document
   * @return the parsed resume
   * @throws DocumentException for unsupported, corrupt, encrypted or oversized documents
   * @throws IOException when the file cannot be read
   */
  public Resume extract(Path file) throws DocumentException, IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return extract(in);
    }
  }

  /**
   * Extracts a document read from a stream (not closed here) exactly as the scorer sees it, like
   * {@link #extract(Path)}. Reading stops as soon as the stream passes the size limit: a longer
   * stream is refused, never buffered whole.
   *
   * @param in the document's bytes
   * @return the parsed resume
   * @throws DocumentException for empty, unsupported, corrupt, encrypted or oversized documents
   * @throws IOException when reading fails
   */
  public Resume extract(InputStream in) throws DocumentException, IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = DocumentExtractor.readBounded(in, extractor.limits().maxBytes());
    return parser.parse(extractor.extractForDiagnosis(bytes)); // refuses 0 bytes too
  }

  /**
   * Parses an extracted document.
   *
   * @param doc the document
   * @return the resume
   */
  public Resume parse(ExtractedDocument doc) {
    return parser.parse(doc);
  }

  /** Text given as a string, as a document under the character limit (quality not judged). */
  private ExtractedDocument assemble(String text) throws DocumentException {
    TextAssembler a = new TextAssembler(MediaType.TEXT, extractor.limits().maxCharacters());
    a.block(text, false);
    return a.build();
  }

  private ExtractedDocument textDocument(String text) throws DocumentException {
    if (text.isBlank()) {
      throw new dev.rolefit.extract.ZeroByteFileException("the text is empty");
    }
    ExtractedDocument d = assemble(text);
    Quality q = QualityJudge.judge(d);
    if (q.status() == Quality.Status.NEEDS_OCR) {
      throw new dev.rolefit.extract.NoExtractableTextException("the text has too few words");
    }
    return d.withQuality(q);
  }

  /** A report with the parsed resume behind it. */
  private record Analysis(FitReport report, ResumeMatches matches) {}

  private FitReport report(ExtractedDocument doc, String name, Target target) {
    return analysis(doc, name, target).report();
  }

  private Analysis analysis(ExtractedDocument doc, String name, Target given) {
    Objects.requireNonNull(given, "target");
    // The profile's rule, as on the command line: an id, name or alias, resolved to the id.
    Target target =
        given
            .specialization()
            .map(s -> given.withSpecialization(profile.requireSpecialization(s).id()))
            .orElse(given);
    target
        .role()
        .ifPresent(
            r -> {
              if (!r.equals(profile.role().id())) {
                throw new IllegalArgumentException(
                    "this RoleFit scores role '" + profile.role().id() + "', not '" + r + "'");
              }
            });
    Resume resume = parser.parse(doc);
    ResumeMatches m = matcher.match(resume);
    FitReport.DocumentInfo info =
        new FitReport.DocumentInfo(
            name,
            doc.mediaType().mime(),
            doc.pages(),
            doc.text().length(),
            new FitReport.QualityInfo(doc.quality().status(), doc.quality().issues()));
    return new Analysis(scorer.score(m, target, info, new FitReport.Tool("rolefit", VERSION)), m);
  }

  private static String fileName(Path file) {
    Path n = file.getFileName();
    return n == null ? file.toString() : n.toString();
  }

  private static String baseName(String name) {
    if (name == null || name.isBlank()) {
      return "-";
    }
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  private static String readVersion() {
    try (InputStream in = RoleFit.class.getResourceAsStream("/dev/rolefit/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures a {@link RoleFit}. */
  public static final class Builder {
    private RoleProfile profile;
    private ExtractionLimits limits = ExtractionLimits.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Uses another role profile.
     *
     * @param p a validated profile (see {@link ProfileLoader})
     * @return this builder
     */
    public Builder profile(RoleProfile p) {
      this.profile = Objects.requireNonNull(p);
      return this;
    }

    /**
     * Loads another role profile from a YAML file.
     *
     * @param file the YAML file
     * @return this builder
     * @throws InvalidProfileException when the file is not a valid profile
     * @throws IOException when it cannot be read
     */
    public Builder profile(Path file) throws InvalidProfileException, IOException {
      this.profile = new ProfileLoader().load(file);
      return this;
    }

    /**
     * Sets the limits applied to every document.
     *
     * @param l the limits
     * @return this builder
     */
    public Builder limits(ExtractionLimits l) {
      this.limits = Objects.requireNonNull(l);
      return this;
    }

    /**
     * Sets the clock that dates "Present" in date ranges (fix it for reproducible reports).
     *
     * @param c the clock
     * @return this builder
     */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /**
     * Builds the instance (loads the profile and the models).
     *
     * @return the instance
     * @throws InvalidProfileException when the profile is invalid
     */
    public RoleFit build() throws InvalidProfileException {
      return new RoleFit(this);
    }
  }
}
