package dev.rolefit.posting;

import dev.rolefit.model.RequirementKind;
import java.util.List;
import java.util.Objects;

/**
 * A job posting as rolefit reads it: its title, company and requirement items, each with its kind
 * and whether it is required or preferred. About-us, benefits and legal text are left out.
 *
 * @param title the job title, or "" when the posting does not state one plainly
 * @param company the company, or "" when not found
 * @param requirements the items in posting order (duties, requirements, preferred)
 */
public record JobPosting(String title, String company, List<Requirement> requirements) {

  /** Copies the list; no nulls. */
  public JobPosting {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(company, "company");
    requirements = List.copyOf(requirements);
  }

  /**
   * One item of a posting.
   *
   * @param text the item as posted, on one line
   * @param kind what it asks for
   * @param required false for preferred or nice-to-have items
   * @param section the posting section it sits in: duties, requirements or preferred (or intro for
   *     a posting without headings)
   * @param years the years it asks for ("3+ years" gives 3), or 0
   */
  public record Requirement(
      String text, RequirementKind kind, boolean required, String section, int years) {
    /** Checks the fields. */
    public Requirement {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(section, "section");
    }
  }
}
