package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import java.io.IOException;
import java.nio.file.Path;

/** The profile of a command: the bundled one, or a --profile file. */
final class Profiles {
  private Profiles() {}

  static RoleFit roleFit(Path profile) throws InvalidProfileException, IOException {
    if (profile == null) {
      return RoleFit.create();
    }
    return RoleFit.builder().profile(profile).build();
  }

  static RoleProfile load(Path file) throws InvalidProfileException, IOException {
    ProfileLoader loader = new ProfileLoader();
    return file == null ? loader.bundled(ProfileLoader.DEFAULT_ROLE) : loader.load(file);
  }
}
