package dev.rolefit.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Writes the hostile fixtures the tests generate (broken PDFs, bombs, oversized and bomb DOCX) to a
 * folder, for a batch run by hand: {@code -Drolefit.hostile.dir=DIR -Dtest=HostileFixturesExport}.
 */
@EnabledIfSystemProperty(named = "rolefit.hostile.dir", matches = ".+")
class HostileFixturesExport {
  @Test
  void export() throws IOException {
    Path dir = Path.of(System.getProperty("rolefit.hostile.dir"));
    Files.createDirectories(dir);
    Stream.of(BrokenPdfTest.damaged(), BrokenPdfTest.bombs(), BrokenPdfTest.repaired())
        .flatMap(s -> s)
        .map(Arguments::get)
        .forEach(a -> write(dir.resolve(a[0] + ".pdf"), (byte[]) a[1]));
    write(dir.resolve("zip-bomb-declared.docx"), HostileOffice.zipBomb(140L << 20, true));
    write(dir.resolve("zip-bomb-streamed.docx"), HostileOffice.zipBomb(140L << 20, false));
    write(dir.resolve("empty-paragraphs.docx"), HostileOffice.manyEmptyParagraphs(350_000));
    HostileOffice.largeDocument(dir.resolve("document-xml-60mb.docx"), 60L << 20);
  }

  private static void write(Path p, byte[] b) {
    try {
      Files.write(p, b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
