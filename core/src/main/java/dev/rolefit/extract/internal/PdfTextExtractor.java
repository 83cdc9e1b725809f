package dev.rolefit.extract.internal;

import dev.rolefit.extract.CorruptDocumentException;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.EncryptedDocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.Quality;
import dev.rolefit.extract.TextExtractor;
import dev.rolefit.extract.internal.PdfLayout.Glyph;
import dev.rolefit.extract.internal.PdfLayout.PageLine;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDF text via PDFBox in reading order: glyph positions are collected per page and laid out by
 * {@link PdfLayout} (rows, columns, running headers and footers), with font size and weight per
 * line. Glyphs that map to no Unicode are counted so garbage text is reported, not scored.
 */
public final class PdfTextExtractor implements TextExtractor {
  private static final int MIN_GLYPHS_FOR_TEXT_PAGE = 10;
  // Every content stream operator of PDF 2.0 (ISO 32000-2, annex A).
  private static final Set<String> PDF_OPERATORS =
      Set.of(
          "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0",
          "d1", "Do", "DP", "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID",
          "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S",
          "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm",
          "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"");
  // Operators that leave marks on the page besides text: fills, strokes, shadings.
  private static final Set<String> PAINTING_OPERATORS =
      Set.of("b", "B", "b*", "B*", "f", "F", "f*", "s", "S", "sh");

  /** Creates the extractor (service loader). */
  public PdfTextExtractor() {}

  @Override
  public boolean supports(MediaType type) {
    return type == MediaType.PDF;
  }

  @Override
  public ExtractedDocument extract(
      byte[] content, MediaType type, ExtractionLimits limits, long deadline)
      throws DocumentException {
    // Decoded streams live in a bounded in-memory cache: a flate bomb fails instead of eating heap.
    MemoryUsageSetting memory = MemoryUsageSetting.setupMainMemoryOnly(streamCacheBytes(limits));
    try (PDDocument pdf =
        Loader.loadPDF(new DeadlineBuffer(content, deadline), "", null, null, memory.streamCache)) {
      int pages = pdf.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new LimitExceededException(
            "the PDF has " + pages + " pages, over the limit of " + limits.maxPages());
      }
      PdfSurvey survey = PdfSurvey.of(pdf, limits, deadline);
      GlyphStripper stripper = new GlyphStripper(deadline, limits.maxCharacters());
      stripper.writeText(pdf, Writer.nullWriter());
      List<String> running = new ArrayList<>();
      List<List<PageLine>> laid = PdfLayout.dropRunning(stripper.pages, running);
      TextAssembler out = new TextAssembler(MediaType.PDF, limits.maxCharacters());
      for (int p = 0; p < laid.size(); p++) {
        out.page(p + 1);
        for (PageLine l : laid.get(p)) {
          if (l.gapBefore()) {
            out.line("", 0f, false, false);
          }
          out.line(l.text(), l.size(), l.bold(), l.label());
        }
      }
      out.page(Math.max(1, pages));
      List<String> runningText = new ArrayList<>(running.size());
      for (String r : running) {
        runningText.add(TextAssembler.normalize(r));
      }
      ExtractedDocument doc = withQuality(out.build(), stripper, pages);
      ruleOutDamage(doc, survey, stripper);
      return doc.withMetadataDate(metadataDate(pdf)).withRunningLines(runningText);
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException(
          "the PDF is protected by a password; remove the protection (print to PDF) and try again",
          e);
    } catch (DeadlineException e) {
      throw new LimitExceededException(
          "reading the PDF took longer than " + limits.timeout().toMillis() + " ms", e);
    } catch (TooMuchTextException e) {
      throw new LimitExceededException(
          "the PDF holds more than " + limits.maxCharacters() + " characters of text", e);
    } catch (IOException e) {
      if (e.getCause() instanceof DeadlineException) {
        throw new LimitExceededException(
            "reading the PDF took longer than " + limits.timeout().toMillis() + " ms", e);
      }
      String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (msg.contains("maximum allowed") || msg.contains("memory")) {
        throw new LimitExceededException("the PDF expands beyond the memory limit", e);
      }
      throw new CorruptDocumentException("the PDF is damaged and cannot be read", e);
    }
  }

  /** The most bytes a PDF's decoded streams may take: 8 times the file limit, 32 to 128 MB. */
  static long streamCacheBytes(ExtractionLimits limits) {
    return Math.max(32L << 20, Math.min(limits.maxBytes() * 8, 128L << 20));
  }

  /** Reports what only the PDF can tell: unmapped glyphs and pages that are images only. */
  private static ExtractedDocument withQuality(
      ExtractedDocument doc, GlyphStripper s, int pageCount) {
    List<String> issues = new ArrayList<>();
    Quality.Status status = Quality.Status.OK;
    long all = s.glyphs + s.unmapped;
    if (s.unmapped > 0 && all > 0) {
      double share = s.unmapped / (double) all;
      if (share > 0.5) {
        status = Quality.Status.UNREADABLE;
      } else if (share > 0.05) {
        status = Quality.Status.LOW_CONFIDENCE;
      }
      if (share > 0.05) {
        issues.add(
            String.format(
                Locale.ROOT,
                "%.0f%% of glyphs map to no character (fonts without a Unicode map)",
                share * 100));
      }
    }
    if (!s.imageOnlyPages.isEmpty()) {
      if (s.imageOnlyPages.size() >= pageCount && status == Quality.Status.OK) {
        status = Quality.Status.NEEDS_OCR;
      } else if (status == Quality.Status.OK) {
        status = Quality.Status.LOW_CONFIDENCE;
      }
      issues.add("page(s) " + s.imageOnlyPages + " are images without a text layer (need OCR)");
    }
    return doc.withQuality(new Quality(status, issues));
  }

  /**
   * A PDF without text is a scan only when its pages were read whole and draw something (an image,
   * or text set as outlines); without text, any damage PDFBox forgave is why, and the file is
   * reported as damaged, not as needing OCR. So is a file whose pages draw nothing at all.
   */
  private static void ruleOutDamage(ExtractedDocument doc, PdfSurvey survey, GlyphStripper s)
      throws CorruptDocumentException {
    if (QualityJudge.hasLetters(doc.text()) && doc.quality().status() != Quality.Status.NEEDS_OCR) {
      return;
    }
    List<String> damage = new ArrayList<>(survey.damage());
    if (s.unknownOperators > 0) {
      damage.add(s.unknownOperators + " unknown operator(s) in its content");
    }
    if (s.failedOperators > 0) {
      damage.add(s.failedOperators + " operator(s) in its content failed");
    }
    if (damage.isEmpty() && s.drawn == 0 && s.glyphs == 0) {
      damage.add("its pages draw nothing, neither text nor images");
    }
    if (!damage.isEmpty()) {
      throw new CorruptDocumentException(
          "the PDF is damaged and cannot be read ("
              + String.join("; ", damage)
              + "); export it again from the program that made it");
    }
  }

  /** The Info dictionary's modification date, else its creation date; garbage gives none. */
  private static Optional<LocalDate> metadataDate(PDDocument pdf) {
    try {
      PDDocumentInformation info = pdf.getDocumentInformation();
      if (info == null) {
        return Optional.empty();
      }
      Calendar c = info.getModificationDate();
      if (c == null) {
        c = info.getCreationDate();
      }
      return c == null ? Optional.empty() : MetadataDates.of(c.toInstant());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Signals that the time budget ran out inside PDFBox; unchecked so PDFBox cannot swallow it. */
  static final class DeadlineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DeadlineException() {
      super("deadline passed", null, false, false);
    }
  }

  /** Signals that the page text outgrew the character limit. */
  static final class TooMuchTextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMuchTextException() {
      super("too much text", null, false, false);
    }
  }

  static void checkDeadline(long deadline) {
    if (Deadline.passed(deadline)) {
      throw new DeadlineException();
    }
  }

  /** The file's bytes, with the deadline checked while the parser reads them. */
  private static final class DeadlineBuffer extends RandomAccessReadBuffer {
    private final long deadline;
    private int calls;

    DeadlineBuffer(byte[] content, long deadline) {
      super(content);
      this.deadline = deadline;
    }

    private void tick() {
      if ((++calls & 0xFFF) == 0) {
        checkDeadline(deadline);
      }
    }

    @Override
    public int read() throws IOException {
      tick();
      return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      tick();
      return super.read(b, off, len);
    }
  }

  /** Collects the glyphs of each page (PDFBox's own text assembly is not used). */
  private static final class GlyphStripper extends PDFTextStripper {
    private final long deadline;
    private final int maxGlyphs;
    final List<List<PageLine>> pages = new ArrayList<>();
    final List<Integer> imageOnlyPages = new ArrayList<>();
    private final List<Glyph> page = new ArrayList<>();
    // Keyed by identity: PDFBox hands the same PDFont object for every glyph of a font.
    private final Map<PDFont, Boolean> boldByFont = new IdentityHashMap<>();
    long glyphs;
    long unmapped;
    // What the content streams did besides text: images and painted paths, operators that are no
    // PDF operators (garbage read as content), operators that failed.
    long drawn;
    int unknownOperators;
    int failedOperators;
    private int ops;

    GlyphStripper(long deadline, int maxCharacters) {
      this.deadline = deadline;
      this.maxGlyphs = maxCharacters;
      setSortByPosition(false);
      setSuppressDuplicateOverlappingText(false);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      if ((++ops & 0xFF) == 0) {
        checkDeadline(deadline);
      }
      String name = operator.getName();
      if (!PDF_OPERATORS.contains(name)) {
        unknownOperators++;
      } else if (PAINTING_OPERATORS.contains(name) || "BI".equals(name)) {
        drawn++;
      } else if ("Do".equals(name) && isImage(operands)) {
        drawn++;
      }
      super.processOperator(operator, operands);
    }

    @Override
    protected void operatorException(
        Operator operator, List<COSBase> operands, IOException exception) throws IOException {
      failedOperators++;
      super.operatorException(operator, operands, exception);
    }

    private boolean isImage(List<COSBase> operands) {
      PDResources res = getResources();
      if (operands.isEmpty() || !(operands.get(0) instanceof COSName) || res == null) {
        return false;
      }
      try {
        return res.isImageXObject((COSName) operands.get(0));
      } catch (RuntimeException e) {
        return false;
      }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
        throws IOException {
      // Codes without a Unicode mapping are dropped or passed on raw by PDFBox; count them.
      if (font != null && font.toUnicode(code) == null && code != 32) {
        unmapped++;
      }
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void startPage(PDPage p) throws IOException {
      checkDeadline(deadline);
      page.clear();
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String u = t.getUnicode();
      if (u == null) {
        return;
      }
      glyphs++;
      if (glyphs > maxGlyphs * 2L) {
        throw new TooMuchTextException();
      }
      if (isGarbage(u)) {
        // Simple fonts without a map yield raw codes; keep them visible for the quality check.
        u = "\uFFFD";
      }
      page.add(
          new Glyph(
              u,
              t.getXDirAdj(),
              t.getYDirAdj(),
              t.getWidthDirAdj(),
              t.getFontSizeInPt(),
              bold(t.getFont())));
    }

    @Override
    protected void endPage(PDPage p) throws IOException {
      checkDeadline(deadline);
      int visible = 0;
      for (Glyph g : page) {
        visible += g.text().isBlank() ? 0 : 1;
      }
      if (visible < MIN_GLYPHS_FOR_TEXT_PAGE && hasImage(p.getResources())) {
        imageOnlyPages.add(getCurrentPageNo());
      }
      pages.add(PdfLayout.layout(page));
      page.clear();
    }

    @Override
    protected void writePage() {
      // Text is assembled by PdfLayout from the collected glyphs.
    }

    private static boolean isGarbage(String u) {
      for (int i = 0; i < u.length(); i++) {
        char c = u.charAt(i);
        if (c < 0x20 && c != '\t') {
          return true;
        }
      }
      return false;
    }

    private static boolean hasImage(PDResources res) {
      if (res == null) {
        return false;
      }
      try {
        for (COSName n : res.getXObjectNames()) {
          if (res.isImageXObject(n)) {
            return true;
          }
        }
      } catch (RuntimeException e) {
        return false;
      }
      return false;
    }

    /**
     * Whether a font is bold, decided once per font of the document: the descriptor and name
     * lookups cost more than the rest of a glyph's handling.
     */
    private boolean bold(PDFont font) {
      if (font == null) {
        return false;
      }
      Boolean b = boldByFont.get(font);
      if (b == null) {
        b = isBold(font);
        boldByFont.put(font, b);
      }
      return b;
    }

    private static boolean isBold(PDFont font) {
      if (font == null) {
        return false;
      }
      PDFontDescriptor d = font.getFontDescriptor();
      if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
        return true;
      }
      String name = font.getName();
      if (name == null) {
        return false;
      }
      String n = name.toLowerCase(Locale.ROOT);
      return n.contains("bold") || n.contains("black") || n.contains("heavy");
    }
  }
}
