package dev.rolefit.cli;

/** The documented exit codes of the rolefit command line. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** An internal error (a bug): please report it. */
  public static final int INTERNAL = 1;

  /** Usage error: unknown option, bad value, missing file. */
  public static final int USAGE = 2;

  /** The document is unreadable, damaged, encrypted, too large or of an unsupported type. */
  public static final int UNREADABLE = 3;

  /** The document has no extractable text: it needs OCR. */
  public static final int NEEDS_OCR = 4;

  /** The role profile is invalid. */
  public static final int INVALID_PROFILE = 5;

  private ExitCodes() {}

  /** The exit code list as shown in {@code --help}. */
  static final String HELP =
      "%nExit codes:%n"
          + "  0  success%n"
          + "  1  internal error (a bug; please report it)%n"
          + "  2  usage error (unknown option, bad value, missing file)%n"
          + "  3  document unreadable: unsupported type, corrupt, encrypted, or over a limit%n"
          + "  4  document has no extractable text (scanned or image-only): run OCR first%n"
          + "  5  invalid role profile%n";
}
