package dev.rolefit.extract.internal;

import dev.rolefit.extract.CorruptDocumentException;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Word 2007+ documents: headers, body in document order (tables cell by cell), footers. */
public final class DocxTextExtractor implements TextExtractor {

  /** Creates the extractor (service loader). */
  public DocxTextExtractor() {}

  @Override
  public boolean supports(MediaType type) {
    return type == MediaType.DOCX;
  }

  @Override
  public ExtractedDocument extract(
      byte[] content, MediaType type, ExtractionLimits limits, long deadline)
      throws DocumentException {
    OfficeLimits.apply(limits);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
      TextAssembler out = new TextAssembler(MediaType.DOCX, limits.maxCharacters());
      for (XWPFHeader h : doc.getHeaderList()) {
        elements(h.getBodyElements(), out, deadline);
      }
      elements(doc.getBodyElements(), out, deadline);
      for (XWPFFooter f : doc.getFooterList()) {
        elements(f.getBodyElements(), out, deadline);
      }
      return out.build();
    } catch (EncryptedDocumentException e) {
      throw new dev.rolefit.extract.EncryptedDocumentException(
          "the Word document is protected by a password; remove the protection and try again", e);
    } catch (IOException e) {
      throw OfficeLimits.translate(e, "Word document");
    } catch (org.apache.poi.ooxml.POIXMLException | IllegalStateException e) {
      throw OfficeLimits.translate(e, "Word document");
    }
  }

  private static void elements(List<IBodyElement> elements, TextAssembler out, long deadline)
      throws LimitExceededException {
    for (IBodyElement e : elements) {
      if (System.nanoTime() > deadline) {
        throw new LimitExceededException("extraction ran out of time");
      }
      if (e instanceof XWPFParagraph) {
        paragraph((XWPFParagraph) e, out);
      } else if (e instanceof XWPFTable) {
        for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            elements(cell.getBodyElements(), out, deadline);
          }
        }
      }
    }
  }

  private static void paragraph(XWPFParagraph p, TextAssembler out) throws LimitExceededException {
    String text = p.getText();
    String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
    boolean heading = style.startsWith("heading") || style.equals("title");
    boolean bold = !p.getRuns().isEmpty();
    float size = 0f;
    for (XWPFRun r : p.getRuns()) {
      bold &= r.isBold() || r.text().isBlank();
      Double fs = r.getFontSizeAsDouble();
      if (fs != null) {
        size = Math.max(size, fs.floatValue());
      }
    }
    // Numbered or bulleted list paragraphs carry no glyph in their text; restore one.
    if (p.getNumID() != null && !text.isBlank()) {
      text = "\u2022 " + text;
    }
    for (String l : text.split("\\r\\n|\\r|\\n|\\u000B", -1)) {
      out.line(l, size, bold, heading);
    }
  }

  /** Keeps POI's zip-bomb limits in one place (they are process-wide in POI). */
  static final class OfficeLimits {
    private OfficeLimits() {}

    static synchronized void apply(ExtractionLimits limits) {
      ZipSecureFile.setMinInflateRatio(limits.minZipInflateRatio());
      ZipSecureFile.setMaxEntrySize(limits.maxZipEntryBytes());
    }

    static DocumentException translate(Exception e, String what) {
      String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (msg.contains("zip bomb")
          || msg.contains("max entry size")
          || msg.contains("inflate ratio")) {
        return new LimitExceededException(
            "the " + what + " expands far beyond its size (a zip bomb?)", e);
      }
      if (msg.contains("encrypt") || msg.contains("password")) {
        return new dev.rolefit.extract.EncryptedDocumentException(
            "the " + what + " is protected by a password; remove the protection and try again", e);
      }
      return new CorruptDocumentException("the " + what + " is damaged and cannot be read", e);
    }
  }
}
