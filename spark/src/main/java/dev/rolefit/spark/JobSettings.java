package dev.rolefit.spark;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.ExtractionLimits;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every resume of a job is scored against, as batch's target options give it: shipped to the
 * executors with the tasks (the profile travels as its YAML text, so a profile file on the driver's
 * disk is all a cluster needs).
 *
 * @param level the target level's id, or null for each resume's estimated level
 * @param specialization the target specialization's id, or null for each resume's best fit
 * @param profileYaml a role profile's YAML text, or null for the bundled profile
 * @param profileName the profile file's name, for messages (null with the bundled profile)
 * @param posting a job posting's text to score every resume against too, or null
 */
public record JobSettings(
    String level, String specialization, String profileYaml, String profileName, String posting)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The limits of every document: batch's defaults. */
  public static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

  /**
   * Settings from the command line's words, checked on the driver: the level parsed, the
   * specialization resolved to its id against the profile (alias and any case, like batch), the
   * profile read and validated.
   *
   * @param level a level in any case, or null
   * @param specialization an id, name or alias in any case, or null
   * @param profile a profile YAML file, or null for the bundled profile
   * @return the settings
   * @throws InvalidProfileException when the profile is invalid
   * @throws IOException when the profile cannot be read
   * @throws IllegalArgumentException for an unknown level or specialization
   */
  public static JobSettings of(String level, String specialization, Path profile)
      throws InvalidProfileException, IOException {
    String yaml = profile == null ? null : Files.readString(profile, StandardCharsets.UTF_8);
    String name = profile == null ? null : String.valueOf(profile.getFileName());
    JobSettings unresolved = new JobSettings(null, null, yaml, name, null);
    RoleProfile p = unresolved.profile();
    return new JobSettings(
        level == null ? null : Level.of(level).id(),
        specialization == null ? null : p.specializationId(specialization),
        yaml,
        name,
        null);
  }

  /**
   * A copy that also scores every resume against a job posting, as {@code batch --job} does.
   *
   * @param text the posting's text, read on the driver
   * @return the copy
   */
  public JobSettings withPosting(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("the job posting is empty");
    }
    return new JobSettings(level, specialization, profileYaml, profileName, text);
  }

  /**
   * The target of every resume.
   *
   * @return the target
   */
  public Target target() {
    Target t = Target.auto();
    if (level != null) {
      t = t.withLevel(Level.of(level));
    }
    return specialization == null ? t : t.withSpecialization(specialization);
  }

  /**
   * Builds the RoleFit these settings describe (seconds: call it once per JVM, see {@link
   * RoleFits}).
   *
   * @return a new RoleFit
   * @throws InvalidProfileException when the profile is invalid
   */
  public RoleFit build() throws InvalidProfileException {
    return RoleFit.builder().profile(profile()).limits(LIMITS).build();
  }

  private RoleProfile profile() throws InvalidProfileException {
    ProfileLoader loader = new ProfileLoader();
    return profileYaml == null
        ? loader.bundled(ProfileLoader.DEFAULT_ROLE)
        : loader.parse(profileYaml, profileName);
  }
}
