package dev.rolefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.ZeroByteFileException;
import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import dev.rolefit.resume.Resume;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RoleFit#extract(InputStream)}: what {@code rolefit extract -} reads. */
class RoleFitExtractTest {

  @Test
  void aStreamIsReadLikeTheFile(@TempDir Path dir) throws Exception {
    byte[] docx = ResumeRenderer.docx(Fixtures.SOURCE);
    Path file = Files.write(dir.resolve("cv.docx"), docx);
    Resume fromStream = TestSupport.roleFit().extract(new ByteArrayInputStream(docx));
    Resume fromFile = TestSupport.roleFit().extract(file);
    assertEquals(fromFile.document().text(), fromStream.document().text());
    assertEquals(fromFile.sections(), fromStream.sections());
    assertEquals(fromFile.experience(), fromStream.experience());
    assertTrue(fromStream.document().text().contains("WORK HISTORY"));
  }

  @Test
  void anEndlessStreamIsRefusedAtTheSizeLimit() throws Exception {
    RoleFit small =
        RoleFit.builder().limits(ExtractionLimits.defaults().withMaxBytes(100_000)).build();
    // Never ends: only a bounded read can return.
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'a');
            return len;
          }
        };
    assertThrows(LimitExceededException.class, () -> small.extract(endless));
  }

  @Test
  void anEmptyStreamIsATypedError() {
    assertThrows(
        ZeroByteFileException.class,
        () -> TestSupport.roleFit().extract(new ByteArrayInputStream(new byte[0])));
  }
}
