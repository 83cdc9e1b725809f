package dev.rolefit.extract.internal;

import dev.rolefit.extract.CorruptDocumentException;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.EncryptedDocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDF text with line layout (font size, bold), page by page, via PDFBox. */
public final class PdfTextExtractor implements TextExtractor {

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
    try (PDDocument pdf = Loader.loadPDF(content, "")) {
      int pages = pdf.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw new LimitExceededException(
            "the PDF has " + pages + " pages, over the limit of " + limits.maxPages());
      }
      TextAssembler out = new TextAssembler(MediaType.PDF, limits.maxCharacters());
      LineStripper stripper = new LineStripper(out, deadline);
      stripper.getText(pdf);
      if (stripper.failure != null) {
        throw stripper.failure;
      }
      return out.build();
    } catch (InvalidPasswordException e) {
      throw new EncryptedDocumentException(
          "the PDF is protected by a password; remove the protection and try again", e);
    } catch (IOException e) {
      throw new CorruptDocumentException("the PDF is damaged and cannot be read", e);
    }
  }

  /** Collects PDFBox's lines with their dominant font size and weight. */
  private static final class LineStripper extends PDFTextStripper {
    private final TextAssembler out;
    private final long deadline;
    private final StringBuilder line = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private LimitExceededException failure;

    LineStripper(TextAssembler out, long deadline) throws IOException {
      this.out = out;
      this.deadline = deadline;
      setLineSeparator("\n");
      setSuppressDuplicateOverlappingText(true);
    }

    @Override
    public String getText(PDDocument doc) throws IOException {
      StringWriter sink = new StringWriter();
      writeText(doc, sink);
      return "";
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
      if (System.nanoTime() > deadline) {
        throw new IOException(new LimitExceededException("extraction ran out of time"));
      }
      out.page(getCurrentPageNo());
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      line.append(text);
      glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
      line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
      flush();
    }

    @Override
    protected void endPage(PDPage page) {
      flush();
    }

    private void flush() {
      if (failure != null || line.length() == 0) {
        line.setLength(0);
        glyphs.clear();
        return;
      }
      float size = 0f;
      int bold = 0;
      for (TextPosition g : glyphs) {
        size = Math.max(size, g.getFontSizeInPt());
        if (isBold(g.getFont())) {
          bold++;
        }
      }
      try {
        out.line(line.toString(), size, bold * 2 > glyphs.size() && !glyphs.isEmpty(), false);
      } catch (LimitExceededException e) {
        failure = e;
      }
      line.setLength(0);
      glyphs.clear();
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
      return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
    }
  }
}
