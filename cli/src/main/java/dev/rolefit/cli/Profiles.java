package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The profile of a command: the bundled default, a bundled role by id, or a --profile file. */
final class Profiles {
  private Profiles() {}

  static RoleFit roleFit(Path profile, String role) throws InvalidProfileException, IOException {
    if (profile == null && role == null) {
      return RoleFit.create();
    }
    return RoleFit.builder().profile(load(profile, role)).build();
  }

  /**
   * The id of the bundled role a user's word names (any case); otherwise a usage error that lists
   * the bundled ids. Only listed ids reach the loader, so no text becomes a resource path.
   */
  static String roleId(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (ProfileCommand.BUNDLED.contains(t)) {
      return t;
    }
    throw new UsageException(
        "unknown role '" + text + "'; one of " + String.join(", ", ProfileCommand.BUNDLED));
  }

  /** The profile of --profile FILE or --role ID (one of them at most), else the default. */
  static RoleProfile load(Path file, String role) throws InvalidProfileException, IOException {
    if (file != null && role != null) {
      throw new UsageException("give --profile or --role, not both");
    }
    ProfileLoader loader = new ProfileLoader();
    if (file != null) {
      return loader.load(file);
    }
    return loader.bundled(role == null ? ProfileLoader.DEFAULT_ROLE : roleId(role));
  }
}
