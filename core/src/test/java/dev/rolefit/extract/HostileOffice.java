package dev.rolefit.extract;

import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Hostile Word files, generated: zip bombs and documents too large to parse. Large parts are
 * streamed into the archive, never held in memory.
 */
final class HostileOffice {
  private static final String PART = "word/document.xml";
  private static final int CHUNK = 64 * 1024;

  private HostileOffice() {}

  /** Writes one part: the bytes from a writer. */
  private interface PartWriter {
    void write(OutputStream out) throws IOException;
  }

  /**
   * A valid DOCX copied part by part into an archive writer, its document part written anew. Over a
   * stream the writer puts each part's sizes after its data; over a seekable channel it goes back
   * and puts them in the part's header, as zip tools do.
   */
  private static void docxWith(ZipArchiveOutputStream z, PartWriter document) throws IOException {
    byte[] valid = ResumeRenderer.docx(Fixtures.SOURCE);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        z.putArchiveEntry(new ZipArchiveEntry(e.getName()));
        if (e.getName().equals(PART)) {
          document.write(z);
        } else {
          in.transferTo(z);
        }
        z.closeArchiveEntry();
      }
    }
    z.finish();
  }

  /**
   * A DOCX under every file limit whose document part holds {@code xmlBytes} of ordinary-looking
   * paragraphs (words from a small made-up vocabulary, so it compresses about 4:1 (60 MB make a 14
   * MB file)): too large to parse in a small heap, not a bomb.
   *
   * @param file where to write it
   * @param xmlBytes about how large the document part inflates
   */
  static void largeDocument(Path file, long xmlBytes) {
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
      docxWith(z, out -> paragraphs(out, xmlBytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void paragraphs(OutputStream z, long xmlBytes) throws IOException {
    Random r = new Random(13);
    String[] vocabulary = new String[1000];
    for (int i = 0; i < vocabulary.length; i++) {
      char[] w = new char[3 + r.nextInt(7)];
      for (int c = 0; c < w.length; c++) {
        w[c] = (char) ('a' + r.nextInt(26));
      }
      vocabulary[i] = new String(w);
    }
    z.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
                + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
            .getBytes(StandardCharsets.UTF_8));
    StringBuilder p = new StringBuilder();
    for (long n = 0; n < xmlBytes; n += p.length()) {
      p.setLength(0);
      p.append("<w:p><w:r><w:t xml:space=\"preserve\">");
      for (int i = 0; i < 12; i++) {
        p.append(vocabulary[r.nextInt(vocabulary.length)]).append(' ');
      }
      p.append("</w:t></w:r></w:p>");
      z.write(p.toString().getBytes(StandardCharsets.UTF_8));
    }
    z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A DOCX whose document part holds {@code paragraphs} empty paragraphs, each with its own
   * revision id as Word writes them: next to no text, many objects to build, compressing about 3:1.
   *
   * @param paragraphs how many
   * @return the DOCX bytes
   */
  static byte[] manyEmptyParagraphs(int paragraphs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream archive = new ZipArchiveOutputStream(out)) {
      docxWith(
          archive,
          z -> {
            z.write(
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                        + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + "<w:p><w:r><w:t>Ada Quill-Marsh</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8));
            Random r = new Random(17);
            for (int i = 0; i < paragraphs; i++) {
              String p = String.format(Locale.ROOT, "<w:p w:rsidR=\"%08X\"/>", r.nextInt());
              z.write(p.getBytes(StandardCharsets.UTF_8));
            }
            z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A zip bomb: a DOCX whose document part is {@code inflated} bytes of zeros (about a thousandth
   * of that compressed).
   *
   * @param inflated how large the part becomes
   * @param declared whether the part's sizes stand in its header, as zip tools write them (else
   *     they follow the data, as a streaming writer puts them)
   * @return the file's bytes
   */
  static byte[] zipBomb(long inflated, boolean declared) {
    try {
      if (!declared) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
          docxWith(z, part -> zeros(part, inflated));
        }
        return out.toByteArray();
      }
      SeekableInMemoryByteChannel channel = new SeekableInMemoryByteChannel();
      try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(channel)) {
        docxWith(z, part -> zeros(part, inflated));
      }
      return Arrays.copyOf(channel.array(), (int) channel.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void zeros(OutputStream z, long n) throws IOException {
    byte[] chunk = new byte[CHUNK];
    for (long written = 0; written < n; written += chunk.length) {
      z.write(chunk);
    }
  }
}
