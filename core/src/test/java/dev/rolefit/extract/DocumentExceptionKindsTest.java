package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reasons a document cannot be scored form a closed set, each with its own stable kind. */
class DocumentExceptionKindsTest {
  @Test
  void theReasonsAreSealedAndEachHasItsOwnKind() throws Exception {
    assertTrue(DocumentException.class.isSealed());
    Set<String> kinds = new TreeSet<>();
    for (Class<?> c : DocumentException.class.getPermittedSubclasses()) {
      assertTrue(java.lang.reflect.Modifier.isFinal(c.getModifiers()), c + " is final");
      DocumentException e =
          (DocumentException) c.getDeclaredConstructor(String.class).newInstance("why");
      assertEquals("why", e.getMessage());
      kinds.add(e.kind());
    }
    assertEquals(DocumentException.class.getPermittedSubclasses().length, kinds.size(), "distinct");
    assertEquals(
        Set.of(
            "corrupt",
            "encrypted",
            "limit_exceeded",
            "needs_ocr",
            "unreadable",
            "unsupported",
            "empty"),
        kinds,
        Arrays.stream(DocumentException.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ")));
  }
}
