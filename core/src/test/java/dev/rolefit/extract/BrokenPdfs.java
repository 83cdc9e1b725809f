package dev.rolefit.extract;

import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Hand-made broken PDFs, one kind of damage each, named by what is broken: a one-page resume whose
 * page tree, content stream, font or compression is damaged the way hostile or mangled files are.
 * PDFBox forgives most of this without an error, and the page then shows no text.
 */
final class BrokenPdfs {
  static final String LINE = "Jane Roe, Data Scientist at Acme Freight since 2019";
  static final String TEXT =
      "BT /F1 11 Tf 72 720 Td ("
          + LINE
          + ") Tj 0 -14 Td (Built demand forecasting models for two hundred depots) Tj ET";
  private static final String PAGE_HEAD = "<< /Type /Page /MediaBox [0 0 612 792] /Parent ";

  private BrokenPdfs() {}

  /** The objects of the one-page resume, by role, for a test to break. */
  static final class Parts {
    final RawPdf pdf = new RawPdf();
    final int catalog = pdf.reserve();
    final int pages = pdf.reserve();
    final int page = pdf.reserve();
    final int contents = pdf.reserve();
    final int font = pdf.reserve();

    /** A page dictionary with the given entries after its parent. */
    void page(String entries) {
      pdf.set(page, PAGE_HEAD + pages + " 0 R " + entries + " >>");
    }

    String resources() {
      return "/Resources << /Font << /F1 " + font + " 0 R >> >>";
    }
  }

  /**
   * The resume, after {@code damage} has changed its objects.
   *
   * @param damage what to break
   * @return the PDF bytes
   */
  static byte[] resume(Consumer<Parts> damage) {
    Parts p = new Parts();
    p.pdf.set(p.catalog, "<< /Type /Catalog /Pages " + p.pages + " 0 R >>");
    p.pdf.set(p.pages, "<< /Type /Pages /Kids [" + p.page + " 0 R] /Count 1 >>");
    p.page(p.resources() + " /Contents " + p.contents + " 0 R");
    p.pdf.set(p.contents, RawPdf.stream("", RawPdf.latin1(TEXT), true));
    p.pdf.set(
        p.font,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    damage.accept(p);
    return p.pdf.build(p.catalog);
  }

  static byte[] deflate(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
      z.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A Flate stream of {@code n} zero bytes, streamed through the compressor: a decompression bomb
   * about a thousandth of its inflated size.
   *
   * @param n the inflated size
   * @return the compressed bytes
   */
  static byte[] zerosDeflated(long n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(9))) {
      byte[] chunk = new byte[1 << 16];
      for (long written = 0; written < n; written += chunk.length) {
        z.write(chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The resume with a page content that is a decompression bomb.
   *
   * @param inflated how large the content inflates, in zero bytes
   * @return the PDF bytes
   */
  static byte[] contentBomb(long inflated) {
    byte[] bomb = zerosDeflated(inflated);
    return resume(p -> p.pdf.set(p.contents, RawPdf.stream("/Filter /FlateDecode", bomb, true)));
  }

  /**
   * A stream {@code [[[...]]]} nested {@code depth} deep, then {@code rest}.
   *
   * @param depth how deep
   * @param closed whether the arrays are closed
   * @param rest what follows
   * @return the content
   */
  static byte[] nested(int depth, boolean closed, String rest) {
    return RawPdf.latin1("[".repeat(depth) + (closed ? "]".repeat(depth) : "") + " " + rest);
  }

  /** Random bytes. */
  static byte[] garbage(int n, long seed) {
    return Fixtures.randomBytes(n, seed);
  }

  /** The first {@code n} bytes. */
  static byte[] cut(byte[] b, int n) {
    return Arrays.copyOf(b, n);
  }

  /**
   * A real page with no text layer made by PDFBox: only filled and stroked paths, as a design tool
   * exports text converted to outlines. It needs OCR, like a scan.
   *
   * @return the PDF bytes
   */
  static byte[] outlinesOnly() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (int row = 0; row < 30; row++) {
          for (int glyph = 0; glyph < 40; glyph++) {
            float x = 54 + glyph * 12f;
            float y = 740 - row * 20f;
            cs.moveTo(x, y);
            cs.curveTo(x + 3, y + 9, x + 7, y + 9, x + 9, y);
            cs.lineTo(x + 5, y + 4);
            cs.closePath();
            cs.fill();
          }
        }
      }
      return ResumeRenderer.save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
