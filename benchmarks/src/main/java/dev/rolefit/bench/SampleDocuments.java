package dev.rolefit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes plain-text resumes as the PDF and DOCX files a word processor would produce: Helvetica,
 * word-wrapped lines, as many pages as the text needs (about two for a typical resume).
 */
public final class SampleDocuments {
  private static final float FONT_SIZE = 11f;
  private static final float HEADING_SIZE = 12.5f;
  private static final float LEADING = 1.4f;
  private static final float MARGIN = 72f;

  private SampleDocuments() {}

  /**
   * Renders text as a PDF on US Letter pages.
   *
   * @param text the resume text, one paragraph or bullet per line
   * @return the PDF's bytes
   */
  public static byte[] pdf(String text) {
    PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument doc = new PDDocument()) {
      PDRectangle size = PDRectangle.LETTER;
      float width = size.getWidth() - 2 * MARGIN;
      PdfCursor cur = new PdfCursor(doc, size);
      for (String raw : text.split("\r?\n", -1)) {
        String line = winAnsi(raw.strip());
        if (line.isEmpty()) {
          cur.skip(FONT_SIZE * 0.8f);
          continue;
        }
        boolean heading = isHeading(line);
        PDType1Font font = heading ? bold : regular;
        float fs = heading ? HEADING_SIZE : FONT_SIZE;
        float indent = 0;
        if (line.startsWith("-") || line.startsWith("*")) {
          line = "\u2022 " + line.substring(1).strip();
        }
        if (line.startsWith("\u2022")) {
          indent = 12;
        }
        boolean first = true;
        for (String w : wrap(line, font, fs, width - indent - (indent > 0 ? 8 : 0))) {
          float x = MARGIN + indent + (first ? 0 : (indent > 0 ? 8 : 0));
          cur.line(w, font, fs, x);
          first = false;
        }
        if (heading) {
          cur.skip(2);
        }
      }
      cur.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders text as a DOCX, one paragraph per line, headings in bold.
   *
   * @param text the resume text
   * @return the DOCX's bytes
   */
  public static byte[] docx(String text) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String raw : text.split("\r?\n", -1)) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setFontFamily("Calibri");
        boolean heading = isHeading(line);
        r.setBold(heading);
        r.setFontSize(heading ? 12 : 10.5);
        r.setText(line);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An all-capitals short line is a heading. */
  static boolean isHeading(String line) {
    return line.length() <= 40
        && line.chars().anyMatch(Character::isLetter)
        && line.chars().noneMatch(Character::isLowerCase);
  }

  /** Keeps what Helvetica's WinAnsi encoding can show; maps common dashes and quotes. */
  static String winAnsi(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\t' -> b.append("    ");
        case '\u2010', '\u2011', '\u2012', '\u2212' -> b.append('-');
        case '\u00a0', '\u2009', '\u202f' -> b.append(' ');
        default -> {
          if (c == '\u2013'
              || c == '\u2014'
              || c == '\u2018'
              || c == '\u2019'
              || c == '\u201c'
              || c == '\u201d'
              || c == '\u2022'
              || c == '\u2026'
              || c == '\u20ac'
              || (c >= 0x20 && c < 0x7f)
              || (c >= 0xa1 && c <= 0xff)) {
            b.append(c);
          } else if (!Character.isISOControl(c)) {
            b.append('?');
          }
        }
      }
    }
    return b.toString();
  }

  private static List<String> wrap(String line, PDType1Font font, float fs, float width)
      throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String word : line.split(" +")) {
      String candidate = cur.length() == 0 ? word : cur + " " + word;
      if (cur.length() > 0 && font.getStringWidth(candidate) / 1000f * fs > width) {
        out.add(cur.toString());
        cur.setLength(0);
        cur.append(word);
      } else {
        cur.setLength(0);
        cur.append(candidate);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Writes lines top to bottom, opening a new page when the current one is full. */
  private static final class PdfCursor {
    private final PDDocument doc;
    private final PDRectangle size;
    private PDPageContentStream cs;
    private float y;

    PdfCursor(PDDocument doc, PDRectangle size) {
      this.doc = doc;
      this.size = size;
    }

    void skip(float dy) {
      y -= dy;
    }

    void line(String text, PDType1Font font, float fs, float x) throws IOException {
      float step = fs * LEADING;
      if (cs == null || y - step < MARGIN) {
        newPage();
      }
      y -= step;
      cs.beginText();
      cs.setFont(font, fs);
      cs.newLineAtOffset(x, y);
      cs.showText(text);
      cs.endText();
    }

    private void newPage() throws IOException {
      close();
      PDPage page = new PDPage(size);
      doc.addPage(page);
      cs = new PDPageContentStream(doc, page);
      y = size.getHeight() - MARGIN;
    }

    void close() throws IOException {
      if (cs != null) {
        cs.close();
        cs = null;
      }
    }
  }
}
