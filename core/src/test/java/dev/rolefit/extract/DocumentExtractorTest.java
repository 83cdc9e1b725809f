package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Extraction behaviour on generated documents, good and hostile. */
class DocumentExtractorTest {
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  private static List<String> lines(ExtractedDocument d) {
    return d.lines().stream().map(Line::text).collect(Collectors.toList());
  }

  @Test
  void aTextFileOfMarkupWithoutWordsIsNotSentToOcr() {
    byte[] markup = "[](".repeat(50_000).getBytes(StandardCharsets.UTF_8);
    NoExtractableTextException e =
        assertThrows(NoExtractableTextException.class, () -> extractor.extract(markup));
    assertFalse(e.getMessage().contains("OCR"), e.getMessage());
    assertTrue(e.getMessage().contains("text file"), e.getMessage());
  }

  @Test
  void pdfReadsInSourceOrderWithLayout() throws Exception {
    ExtractedDocument d = extractor.extract(ResumeRenderer.pdf(Fixtures.SOURCE));
    assertEquals(MediaType.PDF, d.mediaType());
    assertEquals(Quality.Status.OK, d.quality().status(), d.quality().issues().toString());
    List<String> l = lines(d);
    assertEquals("Ada Quill-Marsh", l.get(0));
    assertTrue(
        l.contains("• Built transformer ranking models for search serving 20M users"), l::toString);
    Line heading =
        d.lines().stream().filter(x -> x.text().equals("WORK HISTORY")).findFirst().get();
    assertTrue(heading.bold());
    assertTrue(heading.fontSize() > 11f);
  }

  @Test
  void twoColumnPdfReadsColumnByColumnInBothStorageOrders() throws Exception {
    List<String> expected = new ArrayList<>();
    expected.add("Ada Quill-Marsh, Machine Learning Scientist");
    expected.addAll(Fixtures.LEFT);
    expected.addAll(Fixtures.RIGHT);
    for (boolean rowOrder : new boolean[] {true, false}) {
      ExtractedDocument d =
          extractor.extract(Fixtures.twoColumnPdf(Fixtures.LEFT, Fixtures.RIGHT, rowOrder));
      List<String> got =
          lines(d).stream().map(s -> s.replace('\u2013', '-')).collect(Collectors.toList());
      assertEquals(expected, got, "rowOrder=" + rowOrder);
    }
  }

  @Test
  void runningHeadersAndFootersAreDropped() throws Exception {
    ExtractedDocument d = extractor.extract(Fixtures.runningHeaderPdf());
    assertTrue(d.pages() >= 2, "fixture spans pages");
    assertFalse(d.text().contains("Curriculum Vitae"), d.text());
    assertFalse(d.text().contains("confidential"));
    assertTrue(d.text().contains("Project number 80"));
  }

  @Test
  void docxKeepsHeadingsBulletsAndOrder() throws Exception {
    ExtractedDocument d = extractor.extract(ResumeRenderer.docx(Fixtures.SOURCE));
    assertEquals(MediaType.DOCX, d.mediaType());
    Line heading = d.lines().stream().filter(x -> x.text().equals("SKILLS")).findFirst().get();
    assertTrue(heading.headingStyle());
    assertTrue(
        lines(d).contains("• Led a team of four scientists and set the evaluation standards"));
  }

  @Test
  void typeComesFromContentNotName() throws Exception {
    // Only bytes are given: a PDF named .docx is still a PDF.
    assertEquals(MediaType.PDF, extractor.extract(ResumeRenderer.pdf(Fixtures.SOURCE)).mediaType());
    assertEquals(
        MediaType.TEXT,
        extractor.extract(Fixtures.SOURCE.getBytes(StandardCharsets.UTF_8)).mediaType());
  }

  @Test
  void textCharsets() throws Exception {
    String s = Fixtures.SOURCE + "\nCafé résumé naïve";
    byte[] utf16 = s.getBytes(StandardCharsets.UTF_16);
    assertTrue(extractor.extract(utf16).text().contains("Café résumé naïve"));
    byte[] latin1 = s.replace('•', '*').replace('–', '-').getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(extractor.extract(latin1).text().contains("Café résumé naïve"));
  }

  @Test
  void markdownHeadingsAndEmphasis() throws Exception {
    String md =
        "# Ada Quill-Marsh\nada@example.com\n\n## Work history\n**Senior ML Scientist**, Orbital"
            + " Retail\n- Built ranking models with [PyTorch](https://pytorch.org)\n\n## Skills\n"
            + "Python, SQL, Spark, Kubernetes and more tools for the long line of text here";
    ExtractedDocument d = extractor.extract(md.getBytes(StandardCharsets.UTF_8));
    List<String> l = lines(d);
    assertTrue(l.contains("Work history"), l::toString);
    assertTrue(l.contains("Senior ML Scientist, Orbital Retail"), l::toString);
    assertTrue(l.contains("• Built ranking models with PyTorch"), l::toString);
    Line h = d.lines().stream().filter(x -> x.text().equals("Skills")).findFirst().get();
    assertTrue(h.headingStyle());
  }

  @Test
  void encryptedWithEmptyUserPasswordIsRead() throws Exception {
    ExtractedDocument d = extractor.extract(Fixtures.encryptedPdf(""));
    assertTrue(d.text().contains("WORK HISTORY"));
  }

  @Test
  void encryptedWithPasswordIsATypedError() {
    assertThrows(
        EncryptedDocumentException.class, () -> extractor.extract(Fixtures.encryptedPdf("s3cret")));
  }

  @Test
  void hostileFilesEndInTypedErrors() {
    byte[] pdf = ResumeRenderer.pdf(Fixtures.SOURCE);
    assertThrows(ZeroByteFileException.class, () -> extractor.extract(new byte[0]));
    assertThrows(
        CorruptDocumentException.class,
        () -> extractor.extract(Arrays.copyOf(pdf, pdf.length / 3)));
    assertThrows(
        UnsupportedDocumentException.class, () -> extractor.extract(Fixtures.randomBytes(4096, 3)));
    assertThrows(LimitExceededException.class, () -> extractor.extract(Fixtures.manyPagesPdf(500)));
    assertThrows(
        LimitExceededException.class,
        () -> extractor.extract(Fixtures.zipBombDocx(40L * 1024 * 1024)));
    assertThrows(
        NoExtractableTextException.class, () -> extractor.extract(Fixtures.imageOnlyPdf()));
    assertThrows(
        UnreadableDocumentException.class, () -> extractor.extract(Fixtures.unmappableFontPdf()));
  }

  @Test
  void diagnosisReportsQualityInsteadOfThrowing() throws Exception {
    ExtractedDocument d = extractor.extractForDiagnosis(Fixtures.imageOnlyPdf());
    assertEquals(Quality.Status.NEEDS_OCR, d.quality().status());
    ExtractedDocument u = extractor.extractForDiagnosis(Fixtures.unmappableFontPdf());
    assertEquals(Quality.Status.UNREADABLE, u.quality().status());
  }

  @Test
  void limitsAreTypedErrors() {
    DocumentExtractor small = new DocumentExtractor(ExtractionLimits.defaults().withMaxBytes(1000));
    assertThrows(
        LimitExceededException.class, () -> small.extract(ResumeRenderer.pdf(Fixtures.SOURCE)));
    DocumentExtractor fewPages = new DocumentExtractor(ExtractionLimits.defaults().withMaxPages(1));
    assertThrows(LimitExceededException.class, () -> fewPages.extract(Fixtures.runningHeaderPdf()));
  }
}
