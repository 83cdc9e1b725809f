package dev.rolefit.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.fixtures.OfficeFixtures;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.junit.jupiter.api.Test;

/**
 * OLE2 containers (the .doc magic bytes) that are not Word 97-2003 documents, or are damaged ones:
 * each gets a typed error that says what the file is.
 */
class OleContainerTest {
  private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults());

  @Test
  void passwordProtectedDocxIsReportedAsEncryptedInBothModes() {
    for (EncryptionMode mode :
        new EncryptionMode[] {EncryptionMode.agile, EncryptionMode.standard}) {
      byte[] file = OfficeFixtures.encryptedDocx(mode, "s3cret");
      EncryptedDocumentException e =
          assertThrows(EncryptedDocumentException.class, () -> extractor.extract(file));
      assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
      assertTrue(e.getMessage().contains("encrypted .docx"), e.getMessage());
      assertEquals("encrypted", e.kind());
    }
  }

  @Test
  void aContainerWithoutWordTextIsCorrupt() {
    CorruptDocumentException e =
        assertThrows(
            CorruptDocumentException.class,
            () -> extractor.extract(OfficeFixtures.ole2WithoutWordStream()));
    assertTrue(e.getMessage().contains("Word 97-2003"), e.getMessage());
  }

  @Test
  void aTruncatedContainerIsCorrupt() {
    byte[] whole = OfficeFixtures.ole2WithoutWordStream();
    for (int length : new int[] {8, 512, whole.length / 2}) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertThrows(
          CorruptDocumentException.class, () -> extractor.extract(cut), "length " + length);
    }
  }

  @Test
  void anExcelWorkbookIsUnsupportedNotCorrupt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      wb.createSheet("Skills").createRow(0).createCell(0).setCellValue("Python");
      wb.write(out);
    }
    UnsupportedDocumentException e =
        assertThrows(
            UnsupportedDocumentException.class, () -> extractor.extract(out.toByteArray()));
    assertTrue(e.getMessage().contains("Excel"), e.getMessage());
  }
}
