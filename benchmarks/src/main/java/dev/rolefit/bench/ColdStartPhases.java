package dev.rolefit.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.match.Matcher;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Target;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.report.ReportFormat;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.internal.ResumeParser;
import dev.rolefit.score.Scorer;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Where the time of a cold {@code rolefit analyze FILE} goes: runs the pipeline's stages one by one
 * in a fresh JVM and prints the wall time of each (tab-separated, milliseconds), then the same
 * analysis a second time to show what was one-time cost.
 *
 * <pre>
 * java -Dbench.t0=$(date +%s%3N) -cp benchmarks.jar dev.rolefit.bench.ColdStartPhases FILE
 * </pre>
 *
 * <p>{@code bench.t0} (epoch milliseconds taken just before {@code java} starts) gives the JVM's
 * own start-up time; without it the JVM's recorded start time is used.
 */
public final class ColdStartPhases {
  private final PrintStream out;
  private long last;

  private ColdStartPhases(PrintStream out, long t0) {
    this.out = out;
    this.last = t0;
  }

  /**
   * Runs the phases.
   *
   * @param args the resume file
   * @throws Exception when a stage fails
   */
  public static void main(String[] args) throws Exception {
    long now = System.currentTimeMillis();
    String t0 = System.getProperty("bench.t0");
    long start =
        t0 != null ? Long.parseLong(t0) : ManagementFactory.getRuntimeMXBean().getStartTime();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ColdStartPhases p = new ColdStartPhases(out, start);
    p.mark("JVM start to main()", now);
    p.run(Path.of(args[0]));
  }

  private void mark(String phase) {
    mark(phase, System.currentTimeMillis());
  }

  private void mark(String phase, long now) {
    out.printf(Locale.ROOT, "%s\t%d%n", phase, now - last);
    last = now;
  }

  private void run(Path file) throws Exception {
    String yamlName = ProfileLoader.BUNDLED_DIR + ProfileLoader.DEFAULT_ROLE + ".yaml";
    String yamlText;
    try (InputStream in = ColdStartPhases.class.getClassLoader().getResourceAsStream(yamlName)) {
      yamlText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    RoleProfile bound = yaml.readValue(yamlText, RoleProfile.class);
    mark("profile YAML read and bound (Jackson, SnakeYAML)");
    RoleProfile profile = new ProfileLoader().bundled(ProfileLoader.DEFAULT_ROLE);
    mark("profile validated (ProfileLoader, incl. a 2nd warm bind)");
    ProfileIndex index = new ProfileIndex(profile);
    mark("profile index built (Lucene analyzers, queries, index)");
    Matcher matcher = new Matcher(index);
    Scorer scorer = new Scorer(profile);
    mark("matcher and scorer");
    ResumeParser parser = new ResumeParser(Clock.systemUTC());
    mark("resume parser (OpenNLP models, headings)");
    DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());
    mark("document extractor (ServiceLoader)");
    for (int round = 1; round <= 2; round++) {
      String suffix = round == 1 ? " [first]" : " [second]";
      ExtractedDocument doc = extractor.extract(file);
      mark("extract " + doc.mediaType().name().toLowerCase(Locale.ROOT) + suffix);
      Resume resume = parser.parse(doc);
      mark("parse" + suffix);
      ResumeMatches m = matcher.match(resume);
      mark("match" + suffix);
      FitReport report =
          scorer.score(
              m,
              Target.auto(),
              new FitReport.DocumentInfo(
                  String.valueOf(file.getFileName()),
                  doc.mediaType().mime(),
                  doc.pages(),
                  doc.text().length(),
                  new FitReport.QualityInfo(doc.quality().status(), doc.quality().issues())),
              new FitReport.Tool("rolefit", RoleFit.version()));
      mark("score" + suffix);
      StringWriter w = new StringWriter();
      ReportFormat.TEXT.writer(false).write(report, w);
      mark("text report" + suffix);
      if (w.toString().isEmpty() || bound.skills().isEmpty()) {
        throw new IllegalStateException("empty report");
      }
    }
  }
}
