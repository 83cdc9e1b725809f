package dev.rolefit.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The month that ends open ranges ("2021 – Present"): the date the resume says it was last updated,
 * else the date in the document's metadata, else the clock.
 *
 * @param month the month
 * @param source where it came from
 */
public record DateAnchor(YearMonth month, Source source) {

  /** Where the anchor came from. */
  public enum Source {
    /** The resume states it ("Last updated: March 2025"). */
    STATED,
    /** The document's metadata (last modified, else created). */
    METADATA,
    /** The clock: the document gives no date. */
    CLOCK;

    /**
     * The JSON name.
     *
     * @return for example {@code stated}
     */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
