package dev.rolefit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the output streams are connected to: colour only on a TTY with NO_COLOR unset, a progress
 * bar only when stderr is a TTY. Streams handed in by an embedding caller are never terminals.
 */
final class Terminal {
  /** Streams that are not the process's own: no colour, no progress bar. */
  static final Terminal NONE = new Terminal(false, false, Map.of());

  private final boolean stdoutTty;
  private final boolean stderrTty;
  private final Map<String, String> env;

  Terminal(boolean stdoutTty, boolean stderrTty, Map<String, String> env) {
    this.stdoutTty = stdoutTty;
    this.stderrTty = stderrTty;
    this.env = env;
  }

  /** Probes the process's own stdout and stderr. */
  static Terminal probe() {
    boolean console = System.console() != null;
    return new Terminal(isTty(1, console), isTty(2, console), System.getenv());
  }

  /** Whether results written to stdout may carry ANSI colour. */
  boolean colorOnStdout() {
    return stdoutTty && colorAllowed();
  }

  /** Whether stderr is a terminal (for the progress bar). */
  boolean stderrIsTerminal() {
    return stderrTty && !"dumb".equals(env.get("TERM"));
  }

  private boolean colorAllowed() {
    // https://no-color.org: any non-empty NO_COLOR disables colour.
    String noColor = env.get("NO_COLOR");
    String term = env.get("TERM");
    return (noColor == null || noColor.isEmpty()) && term != null && !"dumb".equals(term);
  }

  /**
   * Whether a file descriptor is a terminal. Java only says whether stdin and stdout both are
   * (System.console); on Linux /proc tells each descriptor apart, elsewhere we trust console.
   */
  private static boolean isTty(int fd, boolean console) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException e) {
      return console;
    }
    return console;
  }
}
