package dev.rolefit.cli;

import com.samskivert.mustache.Escapers;
import dev.rolefit.report.ResultRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The batch as a self-contained HTML shortlist: inline CSS, no script, no network (a Content
 * Security Policy says so), rows in rank order with what a person weighs (who, latest title, years,
 * level, score, the required skills shown and missing), each linked to its report when {@code
 * --report-dir} wrote one. Rows stream through: nothing is kept. All resume text is HTML-escaped
 * (JMustache's escaper, the one the HTML report uses); the same rows give the same bytes.
 */
final class BatchShortlist extends BatchWriter {
  private static final String HEAD =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>rolefit shortlist</title>
      <style>
      :root { --ink: #1d2330; --muted: #5b6475; --line: #dfe3ea; --bg: #f5f7fa; --card: #fff;
        --accent: #2f5fd0; --track: #e8ebf0; --warn: #b45309; }
      * { box-sizing: border-box; }
      body { margin: 0; background: var(--bg); color: var(--ink);
        font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
      main { max-width: 1280px; margin: 0 auto; padding: 24px; }
      h1 { font-size: 22px; margin: 0 0 4px; }
      h2 { font-size: 16px; margin: 24px 0 8px; }
      .sub { color: var(--muted); margin: 0 0 16px; overflow-wrap: anywhere; }
      table { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); }
      th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
      /* Only paths break anywhere; short words (levels, headings) never split mid-word. */
      td.who { overflow-wrap: anywhere; min-width: 11em; }
      th { white-space: nowrap; font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
      td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .file { color: var(--muted); font-size: 12px; display: block; }
      .bar { display: block; background: var(--track); border-radius: 4px; height: 6px; margin-top: 3px; overflow: hidden; }
      .bar > span { display: block; height: 100%; background: var(--accent); }
      .warn { color: var(--warn); }
      .muted { color: var(--muted); }
      a { color: var(--accent); }
      tr { break-inside: avoid; page-break-inside: avoid; }
      @media print { body { background: #fff; } main { padding: 0; } }
      </style>
      </head>
      <body>
      <main>
      <h1>Shortlist</h1>
      """;

  private static final String RANKED_HEAD =
      """
      <table id="ranked">
      <thead><tr><th>#</th><th>Candidate</th><th>Latest title</th><th>Years</th><th>Level</th>\
      <th>Score</th><th>Required skills</th><th>Strongest required</th><th>Missing required</th>\
      <th>Best fit</th>%s<th>Flags</th></tr></thead>
      <tbody>
      """;

  private static final String FAILED_HEAD =
      """
      <h2>Not scored</h2>
      <table id="failed">
      <thead><tr><th>File</th><th>Kind</th><th>Why</th></tr></thead>
      <tbody>
      """;

  private final Writer w;
  private final BatchWriter.Page page;
  private boolean inFailed;
  private boolean rankedOpen;

  BatchShortlist(Writer w, BatchWriter.Page page) throws IOException {
    this.w = w;
    this.page = page;
    w.write(HEAD);
    w.write("<p class=\"sub\">" + esc(page.caption()) + "</p>\n");
    w.write(String.format(Locale.ROOT, RANKED_HEAD, page.posting() ? "<th>Posting</th>" : ""));
    rankedOpen = true;
  }

  @Override
  void write(ResultRow row, int rank) throws IOException {
    if (!row.isOk()) {
      if (!inFailed) {
        closeTable();
        w.write(FAILED_HEAD);
        inFailed = true;
      }
      w.write("<tr><td class=\"who\">" + esc(row.file()) + "</td><td>" + esc(row.errorKind()));
      w.write("</td><td>");
      w.write(esc(row.errorMessage()) + "</td></tr>\n");
      return;
    }
    StringBuilder b = new StringBuilder(512);
    b.append("<tr><td class=\"n\">").append(rank).append("</td><td class=\"who\">");
    String who = row.name().isEmpty() ? row.file() : row.name();
    String href =
        page.reports() == null ? null : page.reports().of(row).map(this::href).orElse(null);
    if (href != null) {
      b.append("<a href=\"").append(esc(href)).append("\">").append(esc(who)).append("</a>");
    } else {
      b.append(esc(who));
    }
    if (!row.name().isEmpty()) {
      b.append("<span class=\"file\">").append(esc(row.file())).append("</span>");
    }
    b.append("</td><td>").append(esc(row.title())).append("</td>");
    b.append("<td class=\"n\">").append(num(row.years())).append("</td>");
    b.append("<td>").append(esc(row.estimatedLevel()));
    if (!row.targetLevel().isEmpty() && !row.targetLevel().equals(row.estimatedLevel())) {
      b.append(" <span class=\"muted\">(target ").append(esc(row.targetLevel())).append(")</span>");
    }
    b.append("</td><td class=\"n\" data-score=\"").append(num(row.score())).append("\">");
    b.append(num(row.score())).append(" <span class=\"muted\">").append(esc(row.band()));
    b.append("</span><span class=\"bar\"><span style=\"width:")
        .append(num(Math.max(0, Math.min(100, row.score()))))
        .append("%\"></span></span></td>");
    int required = row.requiredFound() + row.requiredListed() + row.requiredMissing();
    b.append("<td>").append(row.requiredFound()).append(" of ").append(required).append(" shown");
    if (row.requiredListed() > 0) {
      b.append(", ").append(row.requiredListed()).append(" only listed");
    }
    b.append("</td><td>").append(esc(row.topMatched().replace(";", ", "))).append("</td>");
    b.append("<td>").append(esc(row.topMissing().replace(";", ", "))).append("</td><td>");
    if (row.bestSpecialization().isEmpty()) {
      b.append("<span class=\"muted\">none</span>");
    } else {
      b.append(esc(row.bestSpecialization()))
          .append(" <span class=\"muted\">")
          .append(num(row.bestSpecializationScore()))
          .append("</span>");
      if (!row.secondarySpecialization().isEmpty()) {
        b.append(" <span class=\"muted\">then ")
            .append(esc(row.secondarySpecialization()))
            .append("</span>");
      }
    }
    b.append("</td>");
    if (page.posting()) {
      b.append("<td class=\"n\">")
          .append(Double.isNaN(row.postingMatch()) ? "" : num(row.postingMatch()))
          .append("</td>");
    }
    b.append("<td>").append(flags(row)).append("</td></tr>\n");
    w.write(b.toString());
  }

  /** What a reader should know before trusting the row: stuffing, a poor extraction. */
  private static String flags(ResultRow row) {
    StringBuilder f = new StringBuilder();
    if (row.stuffing()) {
      f.append("<span class=\"warn\">keyword stuffing</span>");
    }
    if (!row.quality().isEmpty() && !row.quality().equals("ok")) {
      f.append(f.length() > 0 ? "<br>" : "")
          .append("<span class=\"warn\">text ")
          .append(esc(row.quality().replace('_', ' ')))
          .append("</span>");
    }
    return f.toString();
  }

  /** A relative link to a report: each path segment percent-encoded (UTF-8). */
  private String href(Path report) {
    Path rel = page.base().toAbsolutePath().relativize(report.toAbsolutePath());
    StringBuilder b = new StringBuilder();
    for (Path seg : rel) {
      if (b.length() > 0) {
        b.append('/');
      }
      for (byte x : seg.toString().getBytes(StandardCharsets.UTF_8)) {
        int c = x & 0xff;
        if ((c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '-'
            || c == '.'
            || c == '_'
            || c == '~') {
          b.append((char) c);
        } else {
          b.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
      }
    }
    return b.toString();
  }

  private void closeTable() throws IOException {
    if (rankedOpen) {
      w.write("</tbody>\n</table>\n");
      rankedOpen = false;
    }
  }

  @Override
  public void close() throws IOException {
    closeTable();
    if (inFailed) {
      w.write("</tbody>\n</table>\n");
    }
    w.write("</main>\n</body>\n</html>\n");
    // Flush only: the caller owns the writer.
    w.flush();
  }

  private static String esc(String s) {
    return s == null ? "" : Escapers.HTML.escape(s);
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
  }
}
