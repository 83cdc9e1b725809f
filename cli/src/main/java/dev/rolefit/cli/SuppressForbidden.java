package dev.rolefit.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis pass one use of a forbidden API (the process-wide settings of {@link
 * Main#main}, which only the process's own entry point may make).
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
@interface SuppressForbidden {
  /**
   * Why the use is right here.
   *
   * @return one line
   */
  String reason();
}
