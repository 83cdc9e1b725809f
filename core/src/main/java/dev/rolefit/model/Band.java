package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The band of an overall score. Bands are the role profile's data (names and thresholds live in its
 * {@code scoring.bands}, best first), so a band is a name with its place in that list rather than a
 * closed set of constants.
 *
 * @param name the band's name in the profile, for example {@code strong}; the JSON value
 * @param rank its place in the profile's bands: 0 for the best band
 * @param count how many bands the profile has, so {@code rank == count - 1} is the lowest
 */
public record Band(String name, int rank, int count) implements Comparable<Band> {

  /** No band: a profile without bands. */
  public static final Band NONE = new Band("", 0, 0);

  /** Rejects a null name and a rank outside the profile's bands. */
  public Band {
    Objects.requireNonNull(name, "name");
    if (count < 0 || rank < 0 || (count > 0 && rank >= count)) {
      throw new IllegalArgumentException("band rank " + rank + " of " + count);
    }
  }

  /**
   * The JSON value: the band's name.
   *
   * @return the name
   */
  @JsonValue
  public String id() {
    return name;
  }

  /**
   * The band's name, as in the JSON and the reports.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }

  /**
   * Orders bands best first, as the profile lists them.
   *
   * @param other a band of the same profile
   * @return negative when this band is better
   */
  @Override
  public int compareTo(Band other) {
    return Integer.compare(rank, other.rank);
  }
}
