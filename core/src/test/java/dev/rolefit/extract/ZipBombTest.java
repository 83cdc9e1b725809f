package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A DOCX whose parts inflate far beyond the limits is over a limit ({@code limit_exceeded}, exit
 * 3), never reported as damaged, whether the archive states the part's size up front (as zip tools
 * write it; POI refused that as a damaged record) or only after the data.
 */
class ZipBombTest {
  private static final long INFLATED = 140L << 20;
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  @Test
  void aBombThatStatesItsSizeIsOverALimit() {
    byte[] bomb = HostileOffice.zipBomb(INFLATED, true);
    assertTrue(bomb.length < 1 << 20, "a small file: " + bomb.length);
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> extractor.extract(bomb));
    assertEquals("limit_exceeded", e.kind());
  }

  @Test
  void aBombThatStatesItsSizeAfterTheDataIsOverALimit() {
    byte[] bomb = HostileOffice.zipBomb(INFLATED, false);
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> extractor.extract(bomb));
    assertEquals("limit_exceeded", e.kind());
  }
}
