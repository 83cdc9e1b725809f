package dev.rolefit.extract;

import static dev.rolefit.extract.BrokenPdfs.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.Fixtures;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken PDFs are reported as damaged (exit 3), not as scans that need OCR (exit 4): PDFBox
 * forgives a looping page tree, a stream whose length refers to itself, garbage content or
 * compressed data that does not inflate, and the page then shows no text, like a scan. Only pages
 * that were read whole and draw an image or outlines need OCR. Decompression bombs are over a
 * limit.
 */
class BrokenPdfTest {
  private static final DocumentExtractor EXTRACTOR =
      new DocumentExtractor(ExtractionLimits.defaults());
  private static final long BOMB = 100L << 20;

  private static Arguments pdf(String name, Consumer<BrokenPdfs.Parts> damage) {
    return Arguments.of(name, BrokenPdfs.resume(damage));
  }

  private static Arguments content(String name, String entries, byte[] data, boolean length) {
    return pdf(name, p -> p.pdf.set(p.contents, RawPdf.stream(entries, data, length)));
  }

  static Stream<Arguments> damaged() {
    byte[] text = RawPdf.latin1(TEXT);
    return Stream.of(
        pdf("page-tree-cycle", p -> p.pdf.set(p.pages, pagesNode(p.pages + " 0 R", 1))),
        pdf(
            "page-tree-two-node-cycle",
            p -> {
              int other = p.pdf.reserve();
              p.pdf.set(other, pagesNode(p.pages + " 0 R", 1));
              p.pdf.set(p.pages, pagesNode(other + " 0 R", 1));
            }),
        pdf(
            "page-tree-loops-back-to-its-page",
            p -> p.pdf.set(p.pages, pagesNode(p.page + " 0 R " + p.pages + " 0 R", 2))),
        pdf("page-tree-kid-missing", p -> p.pdf.set(p.pages, pagesNode("99 0 R", 1))),
        pdf("page-tree-empty", p -> p.pdf.set(p.pages, pagesNode("", 0))),
        pdf("page-tree-kids-not-an-array", p -> p.pdf.set(p.pages, "<< /Type /Pages /Kids 7 >>")),
        pdf(
            "length-refers-to-itself",
            p ->
                p.pdf.set(
                    p.contents, RawPdf.stream("/Length " + p.contents + " 0 R", text, false))),
        pdf(
            "length-refers-to-itself-flate",
            p ->
                p.pdf.set(
                    p.contents,
                    RawPdf.stream(
                        "/Length " + p.contents + " 0 R /Filter /FlateDecode",
                        BrokenPdfs.deflate(text),
                        false))),
        content("content-nested-arrays", "", BrokenPdfs.nested(100_000, true, "pop " + TEXT), true),
        content("content-unclosed-arrays", "", BrokenPdfs.nested(100_000, false, TEXT), true),
        pdf(
            "page-nested-arrays",
            p ->
                p.page(
                    "/Junk "
                        + new String(
                            BrokenPdfs.nested(100_000, true, ""),
                            java.nio.charset.StandardCharsets.ISO_8859_1)
                        + p.resources()
                        + " /Contents "
                        + p.contents
                        + " 0 R")),
        content("content-garbage", "", BrokenPdfs.garbage(20_000, 3), true),
        content(
            "content-flate-garbage", "/Filter /FlateDecode", BrokenPdfs.garbage(20_000, 4), true),
        content(
            "content-flate-truncated",
            "/Filter /FlateDecode",
            BrokenPdfs.cut(BrokenPdfs.deflate(text), 10),
            true),
        content("content-unknown-filter", "/Filter /FooDecode", text, true),
        pdf("content-missing", p -> p.page(p.resources() + " /Contents 99 0 R")),
        pdf("content-not-a-stream", p -> p.pdf.set(p.contents, "(not a stream)")),
        pdf(
            "form-draws-itself",
            p -> {
              int form = p.pdf.reserve();
              p.pdf.set(
                  form,
                  RawPdf.stream(
                      "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject"
                          + " << /X1 "
                          + form
                          + " 0 R >> >>",
                      RawPdf.latin1("/X1 Do"),
                      true));
              p.page(
                  "/Resources << /XObject << /X1 "
                      + form
                      + " 0 R >> >> /Contents "
                      + p.contents
                      + " 0 R");
              p.pdf.set(p.contents, RawPdf.stream("", RawPdf.latin1("/X1 Do"), true));
            }),
        pdf(
            "font-garbage",
            p -> p.pdf.set(p.font, "<< /Type /Font /Subtype /Type0 /DescendantFonts [77 0 R] >>")),
        pdf("page-blank", p -> p.page("")),
        content("content-empty", "", new byte[0], true));
  }

  static Stream<Arguments> bombs() {
    return Stream.of(
        Arguments.of("flate-bomb-content", BrokenPdfs.contentBomb(BOMB)),
        pdf(
            "flate-bomb-font",
            p -> {
              byte[] program =
                  RawPdf.stream(
                      "/Filter /FlateDecode /Length1 1000", BrokenPdfs.zerosDeflated(BOMB), true);
              int file = p.pdf.add(program);
              p.pdf.set(
                  p.font,
                  "<< /Type /Font /Subtype /TrueType /BaseFont /Foo /FirstChar 32 /LastChar 126"
                      + " /FontDescriptor << /Type /FontDescriptor /FontName /Foo /Flags 32"
                      + " /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200"
                      + " /CapHeight 700 /StemV 80 /FontFile2 "
                      + file
                      + " 0 R >> >>");
            }));
  }

  static Stream<Arguments> repaired() {
    return Stream.of(
        pdf("pdf-whole", p -> {}),
        pdf(
            "length-in-a-reference-cycle",
            p -> {
              int a = p.pdf.reserve();
              int b = p.pdf.reserve();
              p.pdf.set(a, b + " 0 R");
              p.pdf.set(b, a + " 0 R");
              p.pdf.set(
                  p.contents, RawPdf.stream("/Length " + a + " 0 R", RawPdf.latin1(TEXT), false));
            }),
        pdf("font-not-a-dictionary", p -> p.pdf.set(p.font, "(not a font)")),
        pdf("font-missing", p -> p.page("/Contents " + p.contents + " 0 R")),
        pdf("page-count-lies", p -> p.pdf.set(p.pages, pagesNode(p.page + " 0 R", 40))));
  }

  private static String pagesNode(String kids, int count) {
    return "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damaged")
  void damagedPdfsAreCorruptNotScans(String name, byte[] pdf) {
    CorruptDocumentException e =
        assertThrows(CorruptDocumentException.class, () -> EXTRACTOR.extract(pdf), name);
    assertEquals("corrupt", e.kind());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bombs")
  void decompressionBombsAreOverALimit(String name, byte[] pdf) {
    assertTrue(pdf.length < 1 << 20, "a small file");
    assertThrows(LimitExceededException.class, () -> EXTRACTOR.extract(pdf), name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repaired")
  void damagePdfboxRepairsKeepsItsText(String name, byte[] pdf) throws Exception {
    assertTrue(EXTRACTOR.extract(pdf).text().contains(BrokenPdfs.LINE), name);
  }

  @Test
  void aScanStillNeedsOcr() {
    assertThrows(
        NoExtractableTextException.class, () -> EXTRACTOR.extract(Fixtures.imageOnlyPdf()));
  }

  @Test
  void textSetAsOutlinesStillNeedsOcr() {
    assertThrows(
        NoExtractableTextException.class, () -> EXTRACTOR.extract(BrokenPdfs.outlinesOnly()));
  }
}
