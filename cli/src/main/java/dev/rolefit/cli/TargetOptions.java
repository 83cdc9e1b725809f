package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import dev.rolefit.profile.InvalidProfileException;
import java.io.IOException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose what resumes are scored against, shared by analyze and batch. */
final class TargetOptions {
  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "Target level: entry, mid or senior (default: estimated from each resume).")
  String level;

  @Option(
      names = "--specialization",
      paramLabel = "ID",
      description =
          "Target specialization: its id, name or short alias, any case (rl, dl, nlp, infra,"
              + " theory, applied; default: each resume's best fit). See 'rolefit profile"
              + " show'.")
  String specialization;

  @Mixin ProfileOptions profiles;

  /**
   * The RoleFit of the chosen profile, with the specialization resolved against it to its id: call
   * it before {@link #target()}.
   */
  RoleFit roleFit() throws InvalidProfileException, IOException {
    RoleFit rolefit = profiles.roleFit();
    if (specialization != null) {
      specialization =
          UsageException.parsing(() -> rolefit.profile().requireSpecialization(specialization))
              .id();
    }
    return rolefit;
  }

  /** The target the options describe. */
  Target target() {
    Target target = Target.auto();
    if (level != null) {
      target = target.withLevel(UsageException.parsing(() -> Level.of(level)));
    }
    return specialization == null ? target : target.withSpecialization(specialization);
  }
}
