package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word files too large to read end in {@code limit_exceeded} within 5 s in a JVM limited to 256 MB
 * of heap, without running it out of memory: a 14 MB DOCX whose document part inflates to 60 MB of
 * ordinary paragraphs (under every file and zip limit, over the inflate budget), and 140 MB zip
 * bombs in both layouts.
 */
class OversizedOfficeInSmallJvmTest {

  @Test
  void oversizedWordFilesAreOverALimitInASmallHeap(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path large = in.resolve("large-document.docx");
    HostileOffice.largeDocument(large, 60L << 20);
    long size = Files.size(large);
    assertTrue(size > 12L << 20 && size < 16L << 20, "about 14 MB: " + size);
    Files.write(in.resolve("zip-bomb-sized.docx"), HostileOffice.zipBomb(140L << 20, true));
    Files.write(in.resolve("zip-bomb-streamed.docx"), HostileOffice.zipBomb(140L << 20, false));
    Map<String, String> seen = SmallJvm.extractAll(in, 5000);
    for (String name :
        new String[] {"large-document.docx", "zip-bomb-sized.docx", "zip-bomb-streamed.docx"}) {
      assertEquals("limit_exceeded", seen.get(name), name + " in:\n" + seen);
    }
  }
}
