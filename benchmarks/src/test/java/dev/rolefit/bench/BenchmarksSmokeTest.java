package dev.rolefit.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.profile.ProfileLoader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/** Runs every benchmark method once, untimed: proves the benchmarks work on the samples. */
class BenchmarksSmokeTest {

  /** The benchmarks measure the bundled profile: without it they prove nothing, so fail. */
  private static void requireBundledProfile() {
    assertNotNull(
        BenchmarksSmokeTest.class
            .getClassLoader()
            .getResource(ProfileLoader.BUNDLED_DIR + ProfileLoader.DEFAULT_ROLE + ".yaml"),
        "the bundled profile is missing from core's jar: the benchmarks would measure nothing");
  }

  private static List<Method> benchmarks(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Benchmark.class)) {
        out.add(m);
      }
    }
    assertFalse(out.isEmpty(), type.getSimpleName());
    return out;
  }

  @Test
  void rolefitStagesRunOnce() throws Exception {
    requireBundledProfile();
    RoleFitBenchmarks b = new RoleFitBenchmarks();
    b.setUp();
    try {
      for (Method m : benchmarks(RoleFitBenchmarks.class)) {
        assertNotNull(m.invoke(b), m.getName());
      }
    } finally {
      b.tearDown();
    }
  }

  @Test
  void tikaRunsOnce() throws Exception {
    TikaBenchmarks b = new TikaBenchmarks();
    b.setUp();
    try {
      for (Method m : benchmarks(TikaBenchmarks.class)) {
        Object text = m.invoke(b);
        assertTrue(text.toString().length() > 200, m.getName());
      }
    } finally {
      b.tearDown();
    }
  }

  @Test
  void startupRunsOnce() {
    requireBundledProfile();
    StartupBenchmarks b = new StartupBenchmarks();
    assertNotNull(b.createRoleFit());
    assertNotNull(b.createTika());
  }

  @Test
  void generatedPdfsAreMultiPageAndKeepTheText() throws Exception {
    try (Corpus c = Corpus.load()) {
      // Text samples are rendered; PDF and DOCX samples already in the folder are used as they are.
      assertTrue(c.pdfs().size() >= c.texts().size(), "a PDF for every text sample");
      assertTrue(c.docxs().size() >= c.texts().size(), "a DOCX for every text sample");
      assertTrue(c.pdfPages() > c.pdfs().size(), "typical resumes take more than one page");
      Path first = c.pdfs().get(c.pdfs().size() - c.texts().size());
      assertTrue(Files.size(first) > 1000);
      try (PDDocument d = Loader.loadPDF(first.toFile())) {
        String text = new PDFTextStripper().getText(d);
        String firstLine = c.texts().get(0).strip().lines().findFirst().orElseThrow();
        assertTrue(text.contains(firstLine.strip()), firstLine);
      }
    }
  }
}
