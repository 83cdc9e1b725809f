package dev.rolefit.cli;

import java.nio.file.Path;

/** Process-wide settings made before any library class loads: quiet logs, no writes to ~. */
final class Environment {
  private Environment() {}

  static void prepare() {
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
    // PDFBox writes a font cache to the home directory unless told where.
    setIfAbsent(
        "pdfbox.fontcache",
        Path.of(System.getProperty("java.io.tmpdir"), "rolefit-pdfbox").toString());
    setIfAbsent("java.awt.headless", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
