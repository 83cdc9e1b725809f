package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.extract.internal.TextAssembler;
import dev.rolefit.fixtures.Fixtures;
import dev.rolefit.fixtures.ResumeRenderer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Soft hyphens (U+00AD): drawn hyphens in a PDF, invisible hyphenation hints in DOCX and plain
 * text. Either way words and dates are never glued.
 */
class SoftHyphenTest {
  private static final String SHY = "\u00AD";
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  @Test
  void inAPdfASoftHyphenIsAHyphen() {
    assertEquals("cloud-native", TextAssembler.normalize("cloud" + SHY + "native", MediaType.PDF));
    assertEquals("2019-2021", TextAssembler.normalize("2019" + SHY + "2021", MediaType.PDF));
    assertEquals("mainte-", TextAssembler.normalize("mainte" + SHY, MediaType.PDF));
    // The one-argument form is the PDF rule, as running lines use it.
    assertEquals("cloud-native", TextAssembler.normalize("cloud" + SHY + "native"));
    assertEquals("2019 - 2021", TextAssembler.normalize("2019 " + SHY + " 2021"));
  }

  @Test
  void elsewhereASoftHyphenBetweenLettersIsAHint() {
    for (MediaType type : List.of(MediaType.DOCX, MediaType.DOC, MediaType.TEXT)) {
      assertEquals("cloudnative", TextAssembler.normalize("cloud" + SHY + "native", type));
      assertEquals(
          "Ausbildungsleiter", TextAssembler.normalize("Ausbildungs" + SHY + "leiter", type));
      // A run of hints is one hint.
      assertEquals("cloudnative", TextAssembler.normalize("cloud" + SHY + SHY + "native", type));
      assertEquals("2019-2021", TextAssembler.normalize("2019" + SHY + "2021", type));
      assertEquals("2019 - 2021", TextAssembler.normalize("2019 " + SHY + " 2021", type));
      assertEquals("COVID-19", TextAssembler.normalize("COVID" + SHY + "19", type));
      assertEquals("Python - SQL", TextAssembler.normalize("Python " + SHY + " SQL", type));
      assertEquals("end-", TextAssembler.normalize("end" + SHY, type));
    }
  }

  @Test
  void docxHintsDisappearAndDateDashesStay() throws Exception {
    String source =
        Fixtures.SOURCE
            .replace("transformer", "trans" + SHY + "former")
            .replace("2015-2017", "2015" + SHY + "2017");
    ExtractedDocument d = extractor.extract(ResumeRenderer.docx(source));
    List<String> l = d.lines().stream().map(Line::text).collect(Collectors.toList());
    assertTrue(
        l.contains("• Built transformer ranking models for search serving 20M users"), l::toString);
    assertTrue(l.contains("2015-2017"), l::toString);
    assertEquals(Quality.Status.OK, d.quality().status(), d.quality().issues()::toString);
  }

  @Test
  void plainTextHintsDisappear() throws Exception {
    String source =
        Fixtures.SOURCE.replace("recommendation", "recom" + SHY + "men" + SHY + "dation");
    ExtractedDocument d = extractor.extract(source.getBytes(StandardCharsets.UTF_8));
    assertTrue(d.text().contains("NLP and recommendation."), d.text());
  }
}
