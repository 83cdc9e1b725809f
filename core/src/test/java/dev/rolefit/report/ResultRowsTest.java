package dev.rolefit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.CorruptDocumentException;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What batch and the Spark job write for a file whose analysis threw. */
class ResultRowsTest {

  @Test
  void eachFailureHasItsKindAndOneLineMessage() {
    assertRow("corrupt", "bad xref", new CorruptDocumentException("bad xref", null));
    assertRow("not_found", "no such file", new NoSuchFileException("/x/cv.pdf"));
    assertRow("not_found", "no such file", new FileNotFoundException("s3a://b/cv.pdf"));
    assertRow("access_denied", "permission denied", new AccessDeniedException("/x/cv.pdf"));
    assertRow("io_error", "disk gone", new IOException("disk gone"));
    assertRow("internal", "IllegalStateException: bug", new IllegalStateException("bug"));
    ResultRow oom = ResultRows.failure(3, "big.docx", new OutOfMemoryError("Java heap space"));
    assertEquals(ResultRows.LIMIT_EXCEEDED, oom.errorKind());
    assertTrue(oom.errorMessage().startsWith("out of memory (Java heap space, heap limit "));
  }

  @Test
  void theSizeCheckRefusesOnlyWhatIsOverTheLimit() throws Exception {
    ExtractionLimits limits = ExtractionLimits.defaults().withMaxBytes(100);
    limits.checkSize(100);
    limits.checkSize(0);
    Executable over = () -> limits.checkSize(101);
    LimitExceededException e =
        org.junit.jupiter.api.Assertions.assertThrows(LimitExceededException.class, over);
    assertEquals("file is 101 bytes, over the limit of 100", e.getMessage());
    assertEquals(ResultRows.LIMIT_EXCEEDED, e.kind());
  }

  private static void assertRow(String kind, String message, Throwable t) {
    ResultRow r = ResultRows.failure(7, "a/cv.pdf", t);
    assertFalse(r.isOk());
    assertEquals(7, r.seq());
    assertEquals("a/cv.pdf", r.file());
    assertEquals(kind, r.errorKind());
    assertEquals(message, r.errorMessage());
  }
}
