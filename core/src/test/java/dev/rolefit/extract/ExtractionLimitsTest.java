package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The default limits are the ones the README states. */
class ExtractionLimitsTest {

  @Test
  void aDocumentGetsFiveSecondsByDefault() {
    assertEquals(Duration.ofSeconds(5), ExtractionLimits.defaults().timeout());
  }

  @Test
  void officePartsMayInflateToThirtyTwoBytesPerCharacterAllowed() {
    ExtractionLimits d = ExtractionLimits.defaults();
    assertEquals(9_600_000L, d.maxInflatedBytes());
    ExtractionLimits few =
        new ExtractionLimits(
            d.maxBytes(),
            d.maxPages(),
            1000,
            d.timeout(),
            d.minZipInflateRatio(),
            d.maxZipEntryBytes());
    assertEquals(4L << 20, few.maxInflatedBytes(), "never below 4 MB: styles alone can be 1 MB");
  }
}
