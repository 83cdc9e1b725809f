package dev.rolefit.score;

import dev.rolefit.model.DateAnchor;
import dev.rolefit.model.FitReport.Note;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Section;
import java.util.ArrayList;
import java.util.List;

/** Plain-language notes on what the parser could not find, so a thin report explains itself. */
final class ParseNotes {
  private ParseNotes() {}

  static List<Note> of(Resume r) {
    List<Note> notes = new ArrayList<>();
    boolean headings = false;
    for (Section s : r.sections()) {
      headings |= s.kind() != SectionKind.CONTACT || !s.heading().isEmpty();
    }
    if (!headings) {
      notes.add(
          new Note(
              "no-headings",
              "No section headings were recognised, so every line counts as one block: add"
                  + " headings such as Experience, Education and Skills."));
    }
    if (r.experience().isEmpty()) {
      notes.add(
          new Note(
              "no-dates",
              "No dated positions were found, so years of experience count as 0: give each job"
                  + " and degree its dates (for example \"Mar 2019 - Present\")."));
    } else if (r.experience().stream().anyMatch(e -> e.dates().present())
        && r.anchor().source() == DateAnchor.Source.CLOCK) {
      notes.add(
          new Note(
              "present-is-today",
              "The document gives no date of its own, so ongoing positions run to today ("
                  + r.anchor().month()
                  + ")."));
    }
    return notes;
  }
}
