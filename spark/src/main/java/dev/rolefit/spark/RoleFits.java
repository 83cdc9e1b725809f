package dev.rolefit.spark;

import dev.rolefit.RoleFit;
import dev.rolefit.profile.InvalidProfileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link RoleFit} per executor JVM, made lazily by the first task that needs it and shared by
 * every task after it (RoleFit is thread-safe): loading the profile and the models takes seconds,
 * scoring a resume a fraction of one.
 */
final class RoleFits {
  private static final Logger LOG = LoggerFactory.getLogger(RoleFits.class);

  private static RoleFit rolefit;
  private static JobSettings builtFor;

  private RoleFits() {}

  /**
   * The JVM's RoleFit for the settings; made now if there is none yet, or if another job with other
   * settings made the one there is.
   */
  static synchronized RoleFit get(JobSettings settings) throws InvalidProfileException {
    if (rolefit == null || !settings.equals(builtFor)) {
      long start = System.nanoTime();
      rolefit = settings.build();
      builtFor = settings;
      LOG.info("RoleFit built in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
    return rolefit;
  }
}
