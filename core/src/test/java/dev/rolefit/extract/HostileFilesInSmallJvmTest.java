package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile fixture ends in its typed error within 5 s in a JVM limited to 256 MB of heap. */
class HostileFilesInSmallJvmTest {

  @Test
  void hostileFixturesFailTypedQuicklyInSmallHeap(@TempDir Path dir) throws Exception {
    byte[] pdf = ResumeRenderer.pdf(Fixtures.SOURCE);
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, String> expected = new HashMap<>();
    put(files, expected, "encrypted.pdf", Fixtures.encryptedPdf("s3cret"), "encrypted");
    put(files, expected, "encrypted-empty-password.pdf", Fixtures.encryptedPdf(""), "ok");
    put(files, expected, "truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2), "corrupt");
    put(files, expected, "zero-byte.pdf", new byte[0], "empty");
    put(files, expected, "random.docx", Fixtures.randomBytes(100_000, 5), "unsupported");
    put(files, expected, "zip-bomb.docx", Fixtures.zipBombDocx(200L << 20), "limit_exceeded");
    put(files, expected, "500-pages.pdf", Fixtures.manyPagesPdf(500), "limit_exceeded");
    put(files, expected, "image-only.pdf", Fixtures.imageOnlyPdf(), "needs_ocr");
    put(files, expected, "flate-bomb.pdf", BrokenPdfs.contentBomb(400L << 20), "limit_exceeded");
    put(files, expected, "page-tree-cycle.pdf", pageTreeCycle(), "corrupt");
    put(files, expected, "unmappable-font.pdf", Fixtures.unmappableFontPdf(), "unreadable");
    put(files, expected, "wrong-extension.txt", pdf, "ok");
    Path in = Files.createDirectory(dir.resolve("in"));
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Files.write(in.resolve(e.getKey()), e.getValue());
    }
    Map<String, String> seen = SmallJvm.extractAll(in, 5000);
    for (String name : files.keySet()) {
      assertEquals(expected.get(name), seen.get(name), name + " in:\n" + seen);
    }
  }

  private static byte[] pageTreeCycle() {
    return BrokenPdfs.resume(
        p -> p.pdf.set(p.pages, "<< /Type /Pages /Kids [" + p.pages + " 0 R] /Count 1 >>"));
  }

  private static void put(
      Map<String, byte[]> files, Map<String, String> expected, String name, byte[] b, String kind) {
    files.put(name, b);
    expected.put(name, kind);
  }
}
