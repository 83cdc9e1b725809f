package dev.rolefit.cli;

import java.io.PrintWriter;

/** Whether output goes to a colour terminal (a TTY and NO_COLOR unset). */
final class Terminal {
  private Terminal() {}

  static boolean colorFor(PrintWriter out) {
    return System.console() != null
        && System.getenv("NO_COLOR") == null
        && System.getenv("TERM") != null
        && !"dumb".equals(System.getenv("TERM"));
  }

  static boolean stderrIsTerminal() {
    return System.console() != null;
  }
}
