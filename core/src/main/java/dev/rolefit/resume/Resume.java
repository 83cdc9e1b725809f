package dev.rolefit.resume;

import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.model.DateAnchor;
import dev.rolefit.model.SectionKind;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A parsed resume: the extracted document with its sections, segments and dated entries.
 *
 * @param document the extracted document (text and diagnostics)
 * @param sections the sections in order; they cover the text without overlap
 * @param segments bullets, sentences and lines in order
 * @param experience dated entries in the order written
 * @param monthsOfExperience professional months: each month weighted by the entry that counts most
 *     in it (jobs, postdocs and faculty posts fully; internships, research assistantships and
 *     doctorates half; the rest not at all), overlaps merged, at most 50 years
 * @param anchor the month that ends open ranges, and where it came from
 * @param statedYears the years of experience the resume states ("10+ years of experience"), if any
 * @param name the person's name from the contact block when it is plain, else "" (never guessed)
 */
public record Resume(
    ExtractedDocument document,
    List<Section> sections,
    List<Segment> segments,
    List<ExperienceEntry> experience,
    int monthsOfExperience,
    DateAnchor anchor,
    OptionalInt statedYears,
    String name) {

  /** Copies the lists. */
  public Resume {
    sections = List.copyOf(sections);
    segments = List.copyOf(segments);
    experience = List.copyOf(experience);
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(statedYears, "statedYears");
    Objects.requireNonNull(name, "name");
  }

  /**
   * The document text.
   *
   * @return the text all offsets point into
   */
  public String text() {
    return document.text();
  }

  /**
   * The section kind at an offset.
   *
   * @param offset an offset into {@link #text()}
   * @return the kind of the section holding it, {@link SectionKind#OTHER} if none
   */
  public SectionKind sectionAt(int offset) {
    int lo = 0;
    int hi = sections.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Section s = sections.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s.kind();
      }
    }
    return SectionKind.OTHER;
  }

  /**
   * The index of the segment holding an offset.
   *
   * @param offset an offset into {@link #text()}
   * @return the segment index, or -1 if the offset is in no segment
   */
  public int segmentAt(int offset) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Segment s = segments.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
