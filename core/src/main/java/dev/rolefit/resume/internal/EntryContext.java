package dev.rolefit.resume.internal;

import dev.rolefit.model.EntryKind;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.internal.Lexicon.Words;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Corrects entry kinds that only the whole career shows. A job at a university held over the years
 * of the candidate's own doctorate is the doctorate's employment ("University Assistant",
 * "wissenschaftlicher Mitarbeiter"): it counts half, as the doctorate does. A "Research Assistant"
 * at a company is a staff job, not a student's assistantship: it counts fully. A part-time job held
 * while studying for a first degree is a student job: it does not count.
 */
final class EntryContext {
  private static final Lexicon ACADEMIC =
      Lexicon.of(
          "universit*",
          "institut*",
          "college",
          "school",
          "academy",
          "laborator*",
          "lab",
          "labs",
          "cnrs",
          "inria",
          "max planck",
          "fraunhofer",
          "polytechni*",
          "politecnico",
          "eth",
          "epfl",
          "kaist",
          "faculty",
          "department",
          "dept",
          "research center",
          "research centre",
          "centre",
          "forschung*",
          "national lab*");
  private static final Lexicon STUDENT =
      Lexicon.of(
          "student",
          "graduate",
          "undergraduate",
          "visiting",
          "phd",
          "ph d",
          "doctoral",
          "master",
          "msc",
          "bachelor",
          "summer",
          "hiwi");
  private static final Lexicon PART_TIME =
      Lexicon.of("part time", "student job", "student worker", "working student");
  private static final int SLACK_MONTHS = 3;

  private EntryContext() {}

  static List<ExperienceEntry> reclassify(List<ExperienceEntry> entries) {
    List<ExperienceEntry> doctorates = new ArrayList<>();
    List<ExperienceEntry> studies = new ArrayList<>();
    for (ExperienceEntry e : entries) {
      if (e.kind() == EntryKind.EDUCATION && e.dates().months() > 1) {
        (e.doctoral() ? doctorates : studies).add(e);
      }
    }
    List<ExperienceEntry> out = new ArrayList<>(entries.size());
    for (ExperienceEntry e : entries) {
      EntryKind kind = e.kind();
      if (kind != EntryKind.EMPLOYMENT && kind != EntryKind.RESEARCH_ASSISTANT) {
        out.add(e);
        continue;
      }
      Words heading = Words.of(e.heading());
      boolean academic = ACADEMIC.in(Words.of(e.organisation())) || ACADEMIC.in(heading);
      if (kind == EntryKind.EMPLOYMENT && PART_TIME.in(heading) && within(e, studies)) {
        kind = EntryKind.OTHER;
      } else if (kind == EntryKind.EMPLOYMENT && academic && within(e, doctorates)) {
        kind = EntryKind.RESEARCH_ASSISTANT;
      } else if (kind == EntryKind.RESEARCH_ASSISTANT
          && !e.organisation().isEmpty()
          && !academic
          && !STUDENT.in(Words.of(e.title()))
          && !within(e, doctorates)) {
        kind = EntryKind.EMPLOYMENT;
      }
      out.add(kind == e.kind() ? e : withKind(e, kind));
    }
    return out;
  }

  private static boolean within(ExperienceEntry e, List<ExperienceEntry> doctorates) {
    for (ExperienceEntry d : doctorates) {
      YearMonth from = d.dates().from().minusMonths(SLACK_MONTHS);
      YearMonth to = d.dates().to().plusMonths(SLACK_MONTHS);
      if (!e.dates().from().isBefore(from) && !e.dates().to().isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  private static ExperienceEntry withKind(ExperienceEntry e, EntryKind kind) {
    return new ExperienceEntry(
        kind,
        e.title(),
        e.organisation(),
        e.heading(),
        e.start(),
        e.titleStart(),
        e.headingEnd(),
        e.end(),
        e.dates(),
        e.section(),
        false);
  }
}
