package dev.rolefit.resume;

import dev.rolefit.model.EntryKind;
import dev.rolefit.model.SectionKind;

/**
 * One dated entry of the resume: a job, an internship, a degree, a project.
 *
 * @param kind what the entry is
 * @param title the role or degree ("Senior Data Scientist", "Ph.D. in Computer Science")
 * @param organisation the employer or school, "" when none could be told apart
 * @param heading the line(s) that introduce the entry, as written (joined by " | ")
 * @param start offset of the entry's first line (the first line of its heading)
 * @param titleStart offset of the title's first character: the title's own line, which need not be
 *     the heading's first (an organisation line may stand above it); {@code start} when the title
 *     is empty or not written out as read
 * @param headingEnd offset just past the heading's last line (the heading holds the title,
 *     organisation and dates; the description follows)
 * @param end offset just past the entry's last line
 * @param dates the entry's date range
 * @param section the section it sits in
 * @param doctoral whether the entry is a doctorate (its years count half)
 */
public record ExperienceEntry(
    EntryKind kind,
    String title,
    String organisation,
    String heading,
    int start,
    int titleStart,
    int headingEnd,
    int end,
    DateRange dates,
    SectionKind section,
    boolean doctoral) {

  /**
   * Whether the entry is an internship or a student research post (counted half).
   *
   * @return true for internships and research assistantships
   */
  public boolean internship() {
    return kind == EntryKind.INTERNSHIP || kind == EntryKind.RESEARCH_ASSISTANT;
  }

  /**
   * The share of the entry's months that counts as professional experience.
   *
   * @return 1 for jobs, postdocs and faculty posts; 0.5 for internships, research assistantships
   *     and doctorates; 0 otherwise
   */
  public double weight() {
    if (kind == EntryKind.EDUCATION) {
      return doctoral ? 0.5 : 0.0;
    }
    return kind.weight();
  }
}
