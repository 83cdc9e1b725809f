package dev.rolefit.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.rolefit.model.FitReport;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.report.internal.Ansi;
import dev.rolefit.report.internal.ReportEscapers;
import dev.rolefit.report.internal.ReportView;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders a report through a Mustache template (JMustache) from a logic-less view model. Each
 * format has its own escaper, so every piece of resume text is inert: HTML entities in HTML,
 * entities plus backslash escapes in Markdown, and control characters removed on a terminal.
 *
 * <p>Templates are compiled once per format; instances are immutable and thread-safe.
 */
public final class TemplateReportWriter implements ReportWriter {
  private static final String DIR = "dev/rolefit/report/";

  private final Template template;
  private final Ansi ansi;
  private final @Nullable RoleProfile profile;

  private TemplateReportWriter(Template template, Ansi ansi, @Nullable RoleProfile profile) {
    this.template = template;
    this.ansi = ansi;
    this.profile = profile;
  }

  /**
   * This writer with the profile the reports were scored with: its bands' tones colour the score
   * and its names label the specializations and levels (without it, names come from ids).
   *
   * @param profile the profile
   * @return a writer of the same format
   */
  public TemplateReportWriter withProfile(RoleProfile profile) {
    return new TemplateReportWriter(template, ansi, Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The self-contained HTML report (inline CSS and SVG, no script, prints on A4 and Letter).
   *
   * @return the writer
   */
  public static TemplateReportWriter html() {
    return new TemplateReportWriter(Templates.HTML, Ansi.NONE, null);
  }

  /**
   * The Markdown report (CommonMark with GitHub tables).
   *
   * @return the writer
   */
  public static TemplateReportWriter markdown() {
    return new TemplateReportWriter(Templates.MARKDOWN, Ansi.NONE, null);
  }

  /**
   * The terminal report.
   *
   * @param color whether to use ANSI colours (the caller decides: a TTY and NO_COLOR unset)
   * @return the writer
   */
  public static TemplateReportWriter text(boolean color) {
    return new TemplateReportWriter(Templates.TEXT, color ? Ansi.COLOR : Ansi.NONE, null);
  }

  @Override
  public void write(FitReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    try {
      template.execute(ReportView.of(report, ansi, profile), out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The compiled templates, loaded on first use. */
  private static final class Templates {
    static final Template HTML = compile("report.html.mustache", ReportEscapers.HTML);
    static final Template MARKDOWN = compile("report.md.mustache", ReportEscapers.MARKDOWN);
    static final Template TEXT = compile("report.txt.mustache", ReportEscapers.TERMINAL);

    private static Template compile(String name, Mustache.Escaper escaper) {
      try (InputStream in = TemplateReportWriter.class.getResourceAsStream("/" + DIR + name);
          Reader r =
              new InputStreamReader(
                  Objects.requireNonNull(in, "missing template " + name), StandardCharsets.UTF_8)) {
        // No default value: a key missing from the view model is a bug, not an empty string.
        return Mustache.compiler().withEscaper(escaper).emptyStringIsFalse(true).compile(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read template " + name, e);
      }
    }
  }
}
