package dev.rolefit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Process-wide settings made by {@link Main#main} before anything else runs, never on a path an
 * embedder calls (logging itself is configured by {@code simplelogger.properties}).
 */
@SuppressForbidden(reason = "the process's own entry point, before any library class loads")
final class Environment {
  private Environment() {}

  static void prepare() {
    // Third-party code (POI, picocli) formats with the default locale; our own code names ROOT.
    Locale.setDefault(Locale.ROOT);
    setIfAbsent("java.awt.headless", "true");
    // PDFBox 3.0 takes its font cache's folder only from this property (else it writes to ~).
    setIfAbsent("pdfbox.fontcache", fontCache().toString());
    if (System.getenv("ROLEFIT_DEBUG") != null) {
      for (String lib :
          new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi"}) {
        setIfAbsent("org.slf4j.simpleLogger.log." + lib, "warn");
      }
    }
  }

  /** A folder of its own under the temporary folder (PDFBox ignores one that does not exist). */
  private static Path fontCache() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path dir = tmp.resolve("rolefit-pdfbox");
    try {
      return Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      return tmp;
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
