package dev.rolefit.report.internal;

import java.util.Map;

/**
 * ANSI SGR codes for the terminal report, or empty strings when colour is off.
 *
 * @param bold bold on
 * @param dim faint on
 * @param good green
 * @param warn yellow
 * @param bad red
 * @param reset all attributes off
 */
public record Ansi(String bold, String dim, String good, String warn, String bad, String reset) {
  /** No colour: every code is empty. */
  public static final Ansi NONE = new Ansi("", "", "", "", "", "");

  /** The 8-colour palette every ANSI terminal shows. */
  public static final Ansi COLOR =
      new Ansi("\u001b[1m", "\u001b[2m", "\u001b[32m", "\u001b[33m", "\u001b[31m", "\u001b[0m");

  /**
   * The codes by name, for templates ({@code {{{c.bold}}}}).
   *
   * @return name to code
   */
  public Map<String, String> codes() {
    return Map.of("bold", bold, "dim", dim, "good", good, "warn", warn, "bad", bad, "reset", reset);
  }
}
