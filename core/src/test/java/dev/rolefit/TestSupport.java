package dev.rolefit;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.match.Matcher;
import dev.rolefit.match.ProfileIndex;
import dev.rolefit.match.ResumeMatches;
import dev.rolefit.model.Target;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.internal.ResumeParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared, lazily built fixtures: one RoleFit for the whole test run (it is thread-safe). */
public final class TestSupport {
  /** The fixed clock of every test: "Present" is November 2026. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-15T00:00:00Z"), ZoneOffset.UTC);

  private TestSupport() {}

  private static final class Holder {
    static final RoleFit ROLEFIT = build();
    static final ResumeParser PARSER = new ResumeParser(CLOCK);
    static final ProfileIndex INDEX = new ProfileIndex(ROLEFIT.profile());
    static final Matcher MATCHER = new Matcher(INDEX);

    private static RoleFit build() {
      try {
        return RoleFit.builder().clock(CLOCK).build();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The shared RoleFit over the bundled profile, with the fixed clock.
   *
   * @return the instance
   */
  public static RoleFit roleFit() {
    return Holder.ROLEFIT;
  }

  /**
   * The compiled bundled profile, shared by the tests of matching (the facade keeps its own
   * private).
   *
   * @return the index
   */
  public static ProfileIndex index() {
    return Holder.INDEX;
  }

  /**
   * Analyses resume text with the shared RoleFit; a document error fails the test.
   *
   * @param text the resume text
   * @param target the target
   * @return the report
   */
  public static dev.rolefit.model.FitReport analyzeText(String text, Target target) {
    try {
      return Holder.ROLEFIT.analyzeText(text, target);
    } catch (dev.rolefit.extract.DocumentException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Parses text as a resume without the quality gate (for short phrases).
   *
   * @param text the text
   * @return the resume
   */
  public static Resume resume(String text) {
    try {
      TextAssembler a = new TextAssembler(MediaType.TEXT, 1_000_000);
      a.block(text, false);
      ExtractedDocument d = a.build();
      return Holder.PARSER.parse(d);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Matches text placed as one experience bullet.
   *
   * @param phrase the phrase
   * @return the matches
   */
  public static ResumeMatches matchBullet(String phrase) {
    return Holder.MATCHER.match(resume("EXPERIENCE\n\u2022 " + phrase + "\n"));
  }

  /**
   * Matches whole resume text.
   *
   * @param text the text
   * @return the matches
   */
  public static ResumeMatches match(String text) {
    return Holder.MATCHER.match(resume(text));
  }
}
