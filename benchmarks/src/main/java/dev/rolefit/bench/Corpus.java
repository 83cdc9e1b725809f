package dev.rolefit.bench;

import dev.rolefit.extract.DocumentException;
import dev.rolefit.extract.DocumentExtractor;
import dev.rolefit.extract.ExtractionLimits;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The resumes a benchmark run uses, read from one folder (searched recursively).
 *
 * <ul>
 *   <li>{@code .txt} files are the text inputs; when the folder has no PDF (or no DOCX) they are
 *       rendered to PDF (or DOCX) by {@link SampleDocuments} into a temporary folder.
 *   <li>{@code .pdf} and {@code .docx} files are used as they are; when the folder has no text
 *       file, the texts are what rolefit extracts from them.
 *   <li>Documents that rolefit cannot extract (scanned, damaged) are left out, and counted, so
 *       rolefit and Tika always read the same files.
 * </ul>
 *
 * <p>The folder is the system property {@value #DIR_PROPERTY}, else the bundled {@code
 * examples/resumes} found from the working directory upwards.
 */
public final class Corpus implements Closeable {
  /** System property naming the input folder. */
  public static final String DIR_PROPERTY = "rolefit.bench.dir";

  private final Path dir;
  private final Path work;
  private final List<String> texts;
  private final List<Path> pdfs;
  private final List<Path> docxs;
  private final int pdfPages;
  private final int skipped;
  private final boolean generatedPdfs;

  private Corpus(
      Path dir,
      Path work,
      List<String> texts,
      List<Path> pdfs,
      List<Path> docxs,
      int pdfPages,
      int skipped,
      boolean generatedPdfs) {
    this.dir = dir;
    this.work = work;
    this.texts = List.copyOf(texts);
    this.pdfs = List.copyOf(pdfs);
    this.docxs = List.copyOf(docxs);
    this.pdfPages = pdfPages;
    this.skipped = skipped;
    this.generatedPdfs = generatedPdfs;
  }

  /**
   * The input folder in force: the system property, else {@code examples/resumes} found from the
   * working directory upwards.
   *
   * @return the folder
   */
  public static Path defaultDir() {
    String p = System.getProperty(DIR_PROPERTY);
    if (p != null && !p.isBlank()) {
      return Path.of(p).toAbsolutePath();
    }
    Path d = Path.of("").toAbsolutePath();
    while (d != null) {
      Path c = d.resolve("examples").resolve("resumes");
      if (Files.isDirectory(c)) {
        return c;
      }
      d = d.getParent();
    }
    throw new IllegalStateException(
        "no input folder: set -D" + DIR_PROPERTY + "=DIR or run inside the rolefit repository");
  }

  /**
   * Loads the corpus of {@link #defaultDir()}.
   *
   * @return the corpus; close it to delete generated files
   * @throws IOException when the folder cannot be read
   */
  public static Corpus load() throws IOException {
    return load(defaultDir());
  }

  /**
   * Loads a folder's resumes.
   *
   * @param dir the folder
   * @return the corpus; close it to delete generated files
   * @throws IOException when the folder cannot be read
   */
  public static Corpus load(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
    }
    List<String> texts = new ArrayList<>();
    List<Path> pdfs = new ArrayList<>();
    List<Path> docxs = new ArrayList<>();
    for (Path f : files) {
      String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".txt")) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      } else if (n.endsWith(".pdf")) {
        pdfs.add(f);
      } else if (n.endsWith(".docx")) {
        docxs.add(f);
      }
    }
    DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());
    int skipped = 0;
    List<String> derived = new ArrayList<>();
    List<Path> readablePdfs = new ArrayList<>();
    for (Path p : pdfs) {
      String t = extractOrNull(extractor, p);
      if (t == null) {
        skipped++;
      } else {
        readablePdfs.add(p);
        derived.add(t);
      }
    }
    List<Path> readableDocxs = new ArrayList<>();
    for (Path p : docxs) {
      String t = extractOrNull(extractor, p);
      if (t == null) {
        skipped++;
      } else {
        readableDocxs.add(p);
        derived.add(t);
      }
    }
    // Text resumes are also rendered to PDF and DOCX, beside any documents already there.
    boolean render = !texts.isEmpty();
    if (texts.isEmpty()) {
      texts.addAll(derived);
    }
    if (texts.isEmpty()) {
      throw new IOException("no readable .txt, .pdf or .docx resume under " + dir);
    }
    Path work = Files.createTempDirectory("rolefit-bench");
    boolean generatedPdfs = render || readablePdfs.isEmpty();
    if (generatedPdfs) {
      for (int i = 0; i < texts.size(); i++) {
        Path p = work.resolve(String.format(Locale.ROOT, "sample-%03d.pdf", i));
        Files.write(p, SampleDocuments.pdf(texts.get(i)));
        readablePdfs.add(p);
      }
    }
    if (render || readableDocxs.isEmpty()) {
      for (int i = 0; i < texts.size(); i++) {
        Path p = work.resolve(String.format(Locale.ROOT, "sample-%03d.docx", i));
        Files.write(p, SampleDocuments.docx(texts.get(i)));
        readableDocxs.add(p);
      }
    }
    int pages = 0;
    for (Path p : readablePdfs) {
      try (PDDocument d = Loader.loadPDF(p.toFile())) {
        pages += d.getNumberOfPages();
      }
    }
    return new Corpus(dir, work, texts, readablePdfs, readableDocxs, pages, skipped, generatedPdfs);
  }

  private static String extractOrNull(DocumentExtractor extractor, Path p) throws IOException {
    try {
      return extractor.extract(p).text();
    } catch (DocumentException e) {
      return null;
    }
  }

  /**
   * Reads a file, unchecked.
   *
   * @param p the file
   * @return its bytes
   */
  public static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The input folder.
   *
   * @return the folder
   */
  public Path dir() {
    return dir;
  }

  /**
   * The resume texts.
   *
   * @return the texts, never empty
   */
  public List<String> texts() {
    return texts;
  }

  /**
   * The readable PDF files (given or generated).
   *
   * @return the files
   */
  public List<Path> pdfs() {
    return pdfs;
  }

  /**
   * The readable DOCX files (given or generated).
   *
   * @return the files
   */
  public List<Path> docxs() {
    return docxs;
  }

  /**
   * Pages in all the PDFs.
   *
   * @return the page count
   */
  public int pdfPages() {
    return pdfPages;
  }

  /**
   * Documents left out because rolefit could not extract them.
   *
   * @return the count
   */
  public int skipped() {
    return skipped;
  }

  /**
   * Whether the PDFs were rendered from the texts.
   *
   * @return true when generated
   */
  public boolean generatedPdfs() {
    return generatedPdfs;
  }

  /**
   * A one-line description for reports.
   *
   * @return the summary
   */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%s: %d texts, %d PDFs%s (%d pages, %.2f per file), %d DOCX, %d skipped as unreadable",
        dir,
        texts.size(),
        pdfs.size(),
        generatedPdfs ? " rendered from the texts" : "",
        pdfPages,
        pdfs.isEmpty() ? 0.0 : (double) pdfPages / pdfs.size(),
        docxs.size(),
        skipped);
  }

  /** Deletes the generated files. */
  @Override
  public void close() throws IOException {
    try (Stream<Path> s = Files.walk(work)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
