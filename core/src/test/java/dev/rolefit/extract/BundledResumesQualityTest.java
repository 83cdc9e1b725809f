package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fictional resumes bundled with the project read as clean text: quality OK, no issues. */
class BundledResumesQualityTest {
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  private static List<Path> files(String dir, String... extensions) throws IOException {
    try (Stream<Path> s = Files.list(Path.of(dir))) {
      return s.filter(
              p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return Stream.of(extensions).anyMatch(name::endsWith) && !name.equals("readme.md");
              })
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void examplesAndEvalResumesAreOk() throws Exception {
    List<Path> all = new ArrayList<>(files("../examples/resumes", ".txt", ".pdf", ".docx"));
    List<Path> eval = files("../corpus/eval", ".txt");
    all.addAll(eval);
    assertTrue(eval.size() >= 30 && all.size() >= 36, () -> "too few files: " + all);
    List<String> flagged = new ArrayList<>();
    for (Path f : all) {
      Quality q = extractor.extract(f).quality();
      if (q.status() != Quality.Status.OK) {
        flagged.add(f.getFileName() + " " + q.status().id() + " " + q.issues());
      }
    }
    assertEquals(List.of(), flagged);
  }
}
