package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.profile.InvalidProfileException;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose the role profile: a YAML file, or a bundled role by id. */
final class ProfileOptions {
  @Option(
      names = "--profile",
      paramLabel = "YAML",
      description = "A role profile file (default: the bundled Machine Learning Scientist).")
  Path profile;

  @Option(
      names = "--role",
      paramLabel = "ID",
      description = "A bundled role by id, any case (see 'rolefit profile list').")
  String role;

  /** The RoleFit of the chosen profile. */
  RoleFit roleFit() throws InvalidProfileException, IOException {
    return Profiles.roleFit(profile, role);
  }
}
