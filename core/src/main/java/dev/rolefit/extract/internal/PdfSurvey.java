package dev.rolefit.extract.internal;

import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.extract.LimitExceededException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What a PDF's structure shows before its text is read: how many pages its page tree leads to, and
 * whether the streams text extraction decodes (page contents, forms, embedded fonts) are whole. PDF
 * readers forgive damage silently (a page tree that loops yields no page, a broken stream decodes
 * to nothing), which leaves a damaged file without text, like a scan; the survey keeps the damage
 * it saw so that such a file is reported as damaged, not as needing OCR.
 *
 * <p>The survey inflates each Flate stream once, as PDFBox would, and stops a decompression bomb
 * before PDFBox inflates it into memory: a stream that inflates more than the Office ratio allows
 * ({@link ExtractionLimits#minZipInflateRatio()}) past a few megabytes, or streams that inflate
 * past the PDF's decode budget together.
 */
final class PdfSurvey {
  // Streams this small are never judged by their inflate ratio: real content reaches 1:50.
  private static final long RATIO_GRACE_BYTES = 4L << 20;
  // Forms inside forms: deeper than this is no document layout.
  private static final int MAX_FORM_DEPTH = 12;
  private static final int BUFFER = 64 * 1024;
  private static final COSName[] FONT_FILES = {
    COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3
  };

  private final ExtractionLimits limits;
  private final long deadline;
  private final long budget;
  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<String> damage = new ArrayList<>();
  private int pages;
  private long inflated;

  private PdfSurvey(ExtractionLimits limits, long deadline) {
    this.limits = limits;
    this.deadline = deadline;
    // The same bound as PDFBox's own cache of decoded streams.
    this.budget = PdfTextExtractor.streamCacheBytes(limits);
  }

  /**
   * Walks the page tree and decodes the streams text extraction will read.
   *
   * @param pdf the loaded document
   * @param limits the limits
   * @param deadline {@link System#nanoTime()} value after which the survey stops
   * @return the survey
   * @throws LimitExceededException for a decompression bomb, or when the deadline passes
   */
  static PdfSurvey of(PDDocument pdf, ExtractionLimits limits, long deadline)
      throws LimitExceededException {
    PdfSurvey s = new PdfSurvey(limits, deadline);
    int declared = pdf.getNumberOfPages();
    try {
      // PDFBox's walk skips nodes seen before (a cycle) and kids that are no pages.
      Set<COSDictionary> walked = Collections.newSetFromMap(new IdentityHashMap<>());
      for (PDPage page : pdf.getPages()) {
        Deadline.check(deadline, limits);
        s.pages++;
        if (walked.add(page.getCOSObject())) {
          s.page(page.getCOSObject());
        } else {
          s.damage.add("its page tree leads to one page twice (it loops)");
        }
      }
    } catch (IllegalStateException | IllegalArgumentException | ClassCastException e) {
      s.damage.add("its page tree cannot be walked");
    }
    if (s.pages == 0) {
      s.damage.add("its page tree leads to no page");
    } else if (s.pages != declared) {
      s.damage.add("its page tree leads to " + s.pages + " of " + declared + " pages");
    }
    return s;
  }

  /**
   * The damage found, if any, in words.
   *
   * @return empty when the structure looked whole
   */
  List<String> damage() {
    return damage;
  }

  private void page(COSDictionary page) throws LimitExceededException {
    COSBase contents = page.getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSStream) {
      stream((COSStream) contents, "a page's content");
    } else if (contents instanceof COSArray) {
      COSArray parts = (COSArray) contents;
      for (int i = 0; i < parts.size(); i++) {
        COSBase c = parts.getObject(i);
        if (c instanceof COSStream) {
          stream((COSStream) c, "a page's content");
        } else {
          damage.add("a page's content is missing");
        }
      }
    } else if (page.containsKey(COSName.CONTENTS)) {
      damage.add("a page's content is missing");
    }
    resources(page.getDictionaryObject(COSName.RESOURCES), 0);
  }

  /** The fonts and forms of a resource dictionary, the streams text extraction decodes. */
  private void resources(COSBase base, int depth) throws LimitExceededException {
    if (!(base instanceof COSDictionary) || depth > MAX_FORM_DEPTH || !seen.add(base)) {
      return;
    }
    COSDictionary res = (COSDictionary) base;
    for (COSBase font : values(res.getDictionaryObject(COSName.FONT))) {
      font(font, depth);
    }
    for (COSBase o : values(res.getDictionaryObject(COSName.XOBJECT))) {
      // Images are not decoded to read text; forms are content streams of their own.
      if (o instanceof COSStream
          && COSName.FORM.equals(((COSStream) o).getCOSName(COSName.SUBTYPE))) {
        stream((COSStream) o, "a form");
        resources(((COSStream) o).getDictionaryObject(COSName.RESOURCES), depth + 1);
      }
    }
  }

  private void font(COSBase base, int depth) throws LimitExceededException {
    if (!(base instanceof COSDictionary)) {
      return;
    }
    COSDictionary font = (COSDictionary) base;
    COSBase descendants = font.getDictionaryObject(COSName.DESCENDANT_FONTS);
    if (descendants instanceof COSArray && ((COSArray) descendants).size() > 0) {
      font(((COSArray) descendants).getObject(0), depth);
    }
    COSBase descriptor = font.getDictionaryObject(COSName.FONT_DESC);
    if (descriptor instanceof COSDictionary) {
      for (COSName key : FONT_FILES) {
        COSBase file = ((COSDictionary) descriptor).getDictionaryObject(key);
        if (file instanceof COSStream) {
          stream((COSStream) file, "an embedded font");
        }
      }
    }
    // Type 3 glyphs are small content streams.
    for (COSBase glyph : values(font.getDictionaryObject(COSName.CHAR_PROCS))) {
      if (glyph instanceof COSStream) {
        stream((COSStream) glyph, "a Type 3 glyph");
      }
    }
    if (font.containsKey(COSName.CHAR_PROCS)) {
      resources(font.getDictionaryObject(COSName.RESOURCES), depth + 1);
    }
  }

  /** The values of a dictionary, indirect references followed; none for anything else. */
  private static List<COSBase> values(COSBase base) {
    List<COSBase> out = new ArrayList<>();
    if (base instanceof COSDictionary) {
      COSDictionary d = (COSDictionary) base;
      for (COSName key : d.keySet()) {
        out.add(d.getDictionaryObject(key));
      }
    }
    return out;
  }

  /**
   * Checks that a stream's filters exist and that its Flate data inflates whole, and not too far.
   */
  private void stream(COSStream s, String what) throws LimitExceededException {
    if (!seen.add(s)) {
      return;
    }
    Deadline.check(deadline, limits);
    List<COSName> filters = filters(s.getFilters());
    if (filters == null) {
      damage.add(what + " names no valid filter");
      return;
    }
    for (COSName f : filters) {
      try {
        FilterFactory.INSTANCE.getFilter(f);
      } catch (IOException unknown) {
        damage.add(what + " uses an unknown filter " + f.getName());
        return;
      }
    }
    if (filters.isEmpty() || !isFlate(filters.get(0))) {
      return;
    }
    try (InputStream raw = s.createRawInputStream()) {
      inflate(raw, what);
    } catch (IOException e) {
      damage.add(what + " cannot be read");
    }
  }

  private static List<COSName> filters(COSBase f) {
    List<COSName> out = new ArrayList<>();
    if (f instanceof COSName) {
      out.add((COSName) f);
    } else if (f instanceof COSArray) {
      COSArray names = (COSArray) f;
      for (int i = 0; i < names.size(); i++) {
        COSBase o = names.getObject(i);
        if (!(o instanceof COSName)) {
          return null;
        }
        out.add((COSName) o);
      }
    } else if (f != null) {
      return null;
    }
    return out;
  }

  private static boolean isFlate(COSName f) {
    return COSName.FLATE_DECODE.equals(f) || COSName.FLATE_DECODE_ABBREVIATION.equals(f);
  }

  /**
   * Inflates as PDFBox's Flate filter does (the two-byte zlib header skipped, raw deflate after),
   * counting bytes against the limits; data that does not inflate whole is damage.
   */
  private void inflate(InputStream raw, String what) throws IOException, LimitExceededException {
    if (raw.read() < 0 || raw.read() < 0) {
      damage.add(what + " is empty");
      return;
    }
    Inflater inflater = new Inflater(true);
    try {
      byte[] in = new byte[BUFFER];
      byte[] out = new byte[BUFFER];
      long packed = 2;
      long size = 0;
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int n = raw.read(in);
          if (n < 0) {
            damage.add(what + " ends before its compressed data does");
            return;
          }
          packed += n;
          inflater.setInput(in, 0, n);
        }
        int n = inflater.inflate(out);
        if (n == 0 && !inflater.needsInput() && !inflater.finished()) {
          damage.add(what + " holds damaged compressed data");
          return;
        }
        size += n;
        inflated += n;
        check(what, packed, size);
      }
    } catch (DataFormatException e) {
      damage.add(what + " holds damaged compressed data");
    } finally {
      inflater.end();
    }
  }

  private void check(String what, long packed, long size) throws LimitExceededException {
    if (size > RATIO_GRACE_BYTES && packed < size * limits.minZipInflateRatio()) {
      throw new LimitExceededException(
          "the PDF expands far beyond its size (a decompression bomb?): " + what);
    }
    if (inflated > budget) {
      throw new LimitExceededException(
          "the PDF's streams expand to more than " + budget + " bytes; it is too large to read");
    }
    Deadline.check(deadline, limits);
  }
}
