package dev.rolefit.extract.internal;

import dev.rolefit.extract.CorruptDocumentException;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.ExtractedDocument;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import dev.rolefit.extract.MediaType;
import dev.rolefit.extract.TextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.SimpleValue;
import org.apache.xmlbeans.XmlObject;

/**
 * Word 2007+ documents: headers, body in document order (tables cell by cell, text boxes where they
 * are anchored, content controls), footers.
 */
public final class DocxTextExtractor implements TextExtractor {
  private static final String W =
      "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
  private static final String TXBX_PARAGRAPHS = W + ".//w:txbxContent/w:p";
  private static final String TEXT_RUNS = W + ".//w:t";
  private static final String WHAT = "Word document";

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
    // Parts are read through guards that stop at the limits and the deadline, not by POI's loader.
    OfficeZip parts = OfficeZip.open(content, limits, deadline, WHAT);
    try {
      return read(parts, limits, deadline);
    } catch (CorruptDocumentException | RuntimeException damaged) {
      if (!parts.byDirectory()) {
        throw damaged;
      }
      // A file damaged for a reader of its directory may read part by part, as POI reads streams.
      return read(OfficeZip.inOrder(content, limits, deadline, WHAT), limits, deadline);
    }
  }

  private static ExtractedDocument read(OfficeZip parts, ExtractionLimits limits, long deadline)
      throws DocumentException {
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(parts);
      XWPFDocument doc = new XWPFDocument(pkg);
      TextAssembler out = new TextAssembler(MediaType.DOCX, limits.maxCharacters());
      // First-page, even and default headers often repeat one another; keep each text once.
      Set<String> seen = new HashSet<>();
      for (XWPFHeader h : doc.getHeaderList()) {
        if (seen.add(h.getText().strip())) {
          elements(h.getBodyElements(), out, limits, deadline);
        }
      }
      elements(doc.getBodyElements(), out, limits, deadline);
      for (XWPFFooter f : doc.getFooterList()) {
        if (seen.add(f.getText().strip())) {
          elements(f.getBodyElements(), out, limits, deadline);
        }
      }
      return out.build().withMetadataDate(metadataDate(doc));
    } catch (EncryptedDocumentException e) {
      throw new dev.rolefit.extract.EncryptedDocumentException(
          "the Word document is protected by a password; remove the protection and try again", e);
    } catch (IOException
        | InvalidFormatException
        | org.apache.poi.ooxml.POIXMLException
        | IllegalStateException e) {
      throw parts.failure(e);
    } catch (RuntimeException e) {
      // Other parser failures are damage, reported by the caller, unless a guard stopped the
      // parser.
      DocumentException typed = parts.failure(e);
      if (typed instanceof LimitExceededException) {
        throw typed;
      }
      throw e;
    } finally {
      if (pkg != null) {
        pkg.revert();
      } else {
        closeQuietly(parts);
      }
    }
  }

  private static void closeQuietly(OfficeZip parts) {
    try {
      parts.close();
    } catch (IOException e) {
      // Nothing to release but memory.
    }
  }

  /** The core properties' modified date, else created; missing or garbage gives none. */
  private static java.util.Optional<java.time.LocalDate> metadataDate(XWPFDocument doc) {
    try {
      var core = doc.getProperties().getCoreProperties();
      java.util.Date d = core.getModified() != null ? core.getModified() : core.getCreated();
      return d == null ? java.util.Optional.empty() : MetadataDates.of(d.toInstant());
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static void elements(
      List<IBodyElement> elements, TextAssembler out, ExtractionLimits limits, long deadline)
      throws LimitExceededException {
    for (IBodyElement e : elements) {
      Deadline.check(deadline, limits);
      if (e instanceof XWPFParagraph) {
        paragraph((XWPFParagraph) e, out);
      } else if (e instanceof XWPFTable) {
        for (XWPFTableRow row : ((XWPFTable) e).getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            elements(cell.getBodyElements(), out, limits, deadline);
          }
        }
      } else if (e instanceof XWPFSDT) {
        // Content controls (templates use them for whole sections): keep their text.
        out.block(((XWPFSDT) e).getContent().getText(), false);
      }
    }
  }

  private static void paragraph(XWPFParagraph p, TextAssembler out) throws LimitExceededException {
    String text = p.getText();
    List<String> boxes = textBoxes(p);
    for (String b : boxes) {
      // POI folds some text-box text into the run text; it is emitted as lines of its own below.
      int at = text.indexOf(b);
      if (at >= 0 && !b.isEmpty()) {
        text = text.substring(0, at) + text.substring(at + b.length());
      }
    }
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
    for (String b : boxes) {
      out.line(b, 0f, false, false);
    }
  }

  /**
   * The paragraphs of the text boxes anchored in a paragraph, in order. Word stores each box twice
   * (a DrawingML choice and a VML fallback); each paragraph text is kept once.
   */
  private static List<String> textBoxes(XWPFParagraph p) {
    XmlObject[] found = p.getCTP().selectPath(TXBX_PARAGRAPHS);
    if (found.length == 0) {
      return List.of();
    }
    Set<String> seen = new LinkedHashSet<>();
    for (XmlObject o : found) {
      StringBuilder sb = new StringBuilder();
      for (XmlObject t : o.selectPath(TEXT_RUNS)) {
        sb.append(((SimpleValue) t).getStringValue());
      }
      String line = sb.toString().strip();
      if (!line.isEmpty()) {
        seen.add(line);
      }
    }
    return new ArrayList<>(seen);
  }

  /** Turns POI's failures on Office files into typed errors. */
  static final class OfficeLimits {
    private OfficeLimits() {}

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
