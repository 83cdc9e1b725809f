package dev.rolefit.report;

import dev.rolefit.report.FitReport.Evidence;
import dev.rolefit.report.FitReport.Gap;
import dev.rolefit.report.FitReport.ResponsibilityResult;
import dev.rolefit.report.FitReport.SkillResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** A plain-text report for a terminal: score, evidence, gaps. */
public final class TextReportWriter implements ReportWriter {
  private static final int SHOWN_SKILLS = 20;
  private static final int SHOWN_GAPS = 10;

  /** Creates the writer. */
  public TextReportWriter() {}

  @Override
  public void write(FitReport r, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "rolefit %s  |  %s  |  %s\n",
            r.tool().version(),
            r.profile().role(),
            r.document().file()));
    b.append(
        String.format(
            Locale.ROOT,
            "Target: %s, level %s, specialization %s\n",
            r.target().role(),
            r.target().level(),
            r.target().specialization()));
    for (String n : r.notes()) {
      b.append("Note: ").append(n).append("\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "\nOverall score: %.1f / 100 (%s)   keywords %.1f   responsibilities %.1f\n",
            r.score().overall(),
            r.score().band(),
            r.score().keywords(),
            r.score().responsibilities()));
    b.append(
        String.format(
            Locale.ROOT,
            "Level: reads as %s (confidence %.2f, %.1f years); target %s\n",
            r.level().estimated(),
            r.level().confidence(),
            r.level().yearsOfExperience(),
            r.level().target()));
    b.append("Specializations:");
    r.specializations()
        .forEach(s -> b.append(String.format(Locale.ROOT, " %s %.0f", s.id(), s.score())));
    b.append("\n");
    b.append(
        String.format(
            Locale.ROOT,
            "Document: %s, %d page(s), quality %s\n",
            r.document().mediaType(),
            r.document().pages(),
            r.document().quality().status()));

    b.append("\n").append("Skills found (with evidence):").append("\n");
    int shown = 0;
    for (SkillResult s : r.skills()) {
      if (s.status().equals("missing") || shown >= SHOWN_SKILLS) {
        continue;
      }
      shown++;
      b.append(
          String.format(
              Locale.ROOT,
              "  [%s] %s (%s, strength %.2f)\n",
              s.status(),
              s.name(),
              s.required() ? "required" : "preferred",
              s.strength()));
      if (!s.evidence().isEmpty()) {
        Evidence e = s.evidence().get(0);
        b.append(
            String.format(
                Locale.ROOT, "      %s: \"%s\" (%s)\n", e.section(), e.text(), e.matchType()));
      }
    }
    b.append("\n").append("Responsibilities:").append("\n");
    for (ResponsibilityResult x : r.responsibilities()) {
      b.append(
          String.format(
              Locale.ROOT, "  [%s %3.0f%%] %s\n", x.status(), x.coverage() * 100, x.text()));
      if (!x.evidence().isEmpty() && x.coverage() > 0) {
        b.append("      \"").append(x.evidence().get(0).text()).append('"').append("\n");
      }
    }
    b.append("\n").append("Top gaps:").append("\n");
    int g = 0;
    for (Gap gap : r.gaps()) {
      if (g++ >= SHOWN_GAPS) {
        break;
      }
      b.append(
          String.format(
              Locale.ROOT,
              "  +%.1f  %s\n        %s\n",
              gap.weight(),
              gap.message(),
              gap.suggestion()));
    }
    out.write(b.toString());
  }
}
