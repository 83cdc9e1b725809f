package dev.rolefit.resume;

/**
 * One dated entry of the resume (a job, an internship, a degree).
 *
 * @param title the line that introduces the entry (title, employer), as written
 * @param start offset of the entry's first line
 * @param end offset just past the entry's last line
 * @param dates the entry's date range
 * @param section the section it sits in
 * @param internship whether the entry is an internship or student job
 */
public record ExperienceEntry(
    String title, int start, int end, DateRange dates, SectionKind section, boolean internship) {}
