package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which names of a folder are resumes, for batch's walk and the Spark job alike. */
class ResumeFilesTest {

  @Test
  void resumesAreKnownExtensionsInAnyCase() {
    for (String name : new String[] {"cv.pdf", "CV.PDF", "a.b.Docx", "cv.doc", "x.txt ", "y.md"}) {
      assertEquals(true, ResumeFiles.hasResumeExtension(name), name);
    }
    for (String name : new String[] {"cv.jpg", "pdf", "cv.pdf.bak", "cv.", ""}) {
      assertEquals(false, ResumeFiles.hasResumeExtension(name), name);
    }
  }

  @Test
  void hiddenEntriesAndTheFoldersDocumentationAreLeftOut() {
    for (String name : new String[] {".git", ".cv.pdf", "README.md", "License", "NOTICE.txt"}) {
      assertEquals(true, ResumeFiles.ignored(name), name);
    }
    for (String name : new String[] {"cv.pdf", "readme-writer.pdf", "notices", "team"}) {
      assertEquals(false, ResumeFiles.ignored(name), name);
    }
  }

  @Test
  void theExtensionRuleIgnoresCaseAndTrailingSpace() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12))
        .checkAssert(
            stem -> {
              for (String ext : ResumeFiles.EXTENSIONS) {
                String name = stem + "." + ext.toUpperCase(Locale.ROOT) + " ";
                assertEquals(true, ResumeFiles.hasResumeExtension(name), name);
              }
            });
  }
}
