package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.TestSupport;
import dev.rolefit.model.SectionKind;
import dev.rolefit.resume.Resume;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legacy Word 97-2003 (.doc) through POI's HWPF: every line of the source, in order. */
class LegacyWordTest {

  static byte[] resource(String name) throws Exception {
    try (InputStream in = LegacyWordTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void readsEveryLineInOrderAndFindsTheSections() throws Exception {
    ExtractedDocument doc =
        new DocumentExtractor(ExtractionLimits.defaults()).extract(resource("legacy-word97.doc"));
    assertEquals(MediaType.DOC, doc.mediaType());
    assertEquals(Quality.Status.OK, doc.quality().status());
    List<String> expected =
        new String(resource("legacy-word97.txt"), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    List<String> actual = doc.lines().stream().map(Line::text).toList();
    assertEquals(expected, actual);
    Resume r = TestSupport.roleFit().parse(doc);
    assertEquals(
        List.of(
            SectionKind.CONTACT,
            SectionKind.SUMMARY,
            SectionKind.EXPERIENCE,
            SectionKind.EDUCATION,
            SectionKind.SKILLS),
        r.sections().stream().map(s -> s.kind()).toList());
    assertEquals(
        1, r.experience().stream().filter(e -> e.section() == SectionKind.EXPERIENCE).count());
    assertTrue(r.monthsOfExperience() > 60, "March 2021 to the fixed clock's Nov 2026");
  }
}
