package dev.rolefit.extract.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Turns a document's metadata timestamp into a date, refusing the absurd ones hostile files hold.
 */
final class MetadataDates {
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 1, 1);

  private MetadataDates() {}

  static Optional<LocalDate> of(Instant when) {
    if (when == null) {
      return Optional.empty();
    }
    LocalDate d = when.atOffset(ZoneOffset.UTC).toLocalDate();
    return d.isBefore(EARLIEST) || d.isAfter(LATEST) ? Optional.empty() : Optional.of(d);
  }
}
