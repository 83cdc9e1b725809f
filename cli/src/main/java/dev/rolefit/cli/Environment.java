package dev.rolefit.cli;

/** Process-wide settings made before any library class loads: quiet logs, no writes to ~. */
final class Environment {
  private Environment() {}

  static void prepare() {
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
    // PDFBox and POI narrate every flaw of a damaged file; the CLI's one-line error says it all.
    if (System.getenv("ROLEFIT_DEBUG") == null) {
      for (String lib :
          new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.poi"}) {
        setIfAbsent("org.slf4j.simpleLogger.log." + lib, "off");
      }
    }
    // The font cache of PDFBox is pointed away from ~ by the library (PdfTextExtractor).
    setIfAbsent("java.awt.headless", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
