package dev.rolefit.report;

import java.util.Locale;

/** The report formats, each with its writer. */
public enum ReportFormat {
  /** Plain text for a terminal (ANSI colour only when the caller allows it). */
  TEXT,
  /** The JSON contract of docs/json-report.md. */
  JSON,
  /** Markdown (CommonMark with GitHub tables), for issues, wikis and notes. */
  MARKDOWN,
  /** One self-contained HTML file: inline CSS and SVG, no script, no network, printable. */
  HTML;

  /**
   * The writer of this format.
   *
   * @param color whether a terminal writer may use ANSI colours (ignored by other formats)
   * @return the writer
   */
  public ReportWriter writer(boolean color) {
    return switch (this) {
      case JSON -> new JsonReportWriter();
      case MARKDOWN -> TemplateReportWriter.markdown();
      case HTML -> TemplateReportWriter.html();
      case TEXT -> TemplateReportWriter.text(color);
    };
  }

  /**
   * The writer of this format for reports scored with a profile, whose band tones and names the
   * text, Markdown and HTML reports show.
   *
   * @param color whether a terminal writer may use ANSI colours (ignored by other formats)
   * @param profile the profile the reports were scored with
   * @return the writer
   */
  public ReportWriter writer(boolean color, dev.rolefit.profile.RoleProfile profile) {
    ReportWriter w = writer(color);
    return w instanceof TemplateReportWriter t ? t.withProfile(profile) : w;
  }

  /**
   * The format a user's word names: its name or its file extension, in any case ("md", "Markdown",
   * "txt").
   *
   * @param text what the user typed
   * @return the format
   * @throws IllegalArgumentException naming the valid values when none matches
   */
  public static ReportFormat parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(t) || f.extension().equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + text + "'; one of text, json, markdown (md), html");
  }

  /**
   * The usual file extension of this format.
   *
   * @return for example {@code html}
   */
  public String extension() {
    return switch (this) {
      case TEXT -> "txt";
      case JSON -> "json";
      case MARKDOWN -> "md";
      case HTML -> "html";
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
