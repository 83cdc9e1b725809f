package dev.rolefit.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Which entries of a folder of resumes are resumes: the rule the CLI's {@code batch} walk and the
 * Spark job share, so both pick the same files from the same folder.
 */
public final class ResumeFiles {
  /** The extensions read as resumes (any case; trailing white space left off). */
  public static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "doc", "txt", "md");

  /** A folder's own documentation (README.md beside the resumes), not a resume. */
  public static final Set<String> FOLDER_DOCS = Set.of("readme", "license", "changelog", "notice");

  private ResumeFiles() {}

  /**
   * Whether an entry is left out with everything under it: hidden names, and the folder's README,
   * LICENSE, CHANGELOG or NOTICE (any extension, any case).
   *
   * @param name the entry's file name
   * @return true to leave it out
   */
  public static boolean ignored(String name) {
    return name.startsWith(".") || FOLDER_DOCS.contains(stem(name));
  }

  /**
   * Whether a file name has a resume's extension ({@code "cv.PDF "} does).
   *
   * @param name the file name
   * @return true for pdf, docx, doc, txt and md
   */
  public static boolean hasResumeExtension(String name) {
    return EXTENSIONS.contains(extension(name));
  }

  private static String stem(String name) {
    int dot = name.indexOf('.');
    return (dot < 0 ? name : name.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
  }

  private static String extension(String name) {
    String n = name.strip();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
