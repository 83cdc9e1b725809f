package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.profile.InvalidProfileException;
import java.io.IOException;
import java.nio.file.Path;

/** Builds the RoleFit for a command: the bundled profile or a --profile file. */
final class Profiles {
  private Profiles() {}

  static RoleFit roleFit(Path profile) throws InvalidProfileException, IOException {
    if (profile == null) {
      return RoleFit.create();
    }
    return RoleFit.builder().profile(profile).build();
  }
}
