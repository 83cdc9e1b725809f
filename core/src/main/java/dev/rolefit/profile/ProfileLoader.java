package dev.rolefit.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rolefit.profile.internal.ProfileValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Loads role profiles from YAML and validates them; every problem names file, line and key. */
public final class ProfileLoader {
  /** Classpath location of the bundled role profiles. */
  public static final String BUNDLED_DIR = "dev/rolefit/corpus/roles/";

  /** The id of the bundled default role. */
  public static final String DEFAULT_ROLE = "machine-learning-scientist";

  private static final long MAX_PROFILE_BYTES = 4L * 1024 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final ObjectMapper yaml;

  /** Creates a loader. */
  public ProfileLoader() {
    this.yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  /**
   * Loads the bundled profile of a role.
   *
   * @param roleId e.g. machine-learning-scientist
   * @return the profile
   * @throws InvalidProfileException when the bundled file is broken (a build defect)
   * @throws IllegalArgumentException when no such role is bundled
   */
  public RoleProfile bundled(String roleId) throws InvalidProfileException {
    // The build validated the YAML and wrote it as JSON, which binds much faster at start-up.
    String compiled = BUNDLED_DIR + roleId + ".json";
    try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(compiled)) {
      if (in != null) {
        return JSON.readValue(in, RoleProfile.class);
      }
    } catch (IOException e) {
      throw new InvalidProfileException(List.of(compiled + ": cannot read: " + e.getMessage()));
    }
    String name = BUNDLED_DIR + roleId + ".yaml";
    try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled role profile named " + roleId);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), roleId + ".yaml");
    } catch (IOException e) {
      throw new InvalidProfileException(List.of(name + ": cannot read: " + e.getMessage()));
    }
  }

  /**
   * Loads a profile file.
   *
   * @param file the YAML file
   * @return the profile
   * @throws InvalidProfileException when the file is malformed or inconsistent
   * @throws IOException when the file cannot be read
   */
  public RoleProfile load(Path file) throws InvalidProfileException, IOException {
    if (Files.size(file) > MAX_PROFILE_BYTES) {
      throw new InvalidProfileException(List.of(file + ": larger than 4 MB"));
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses and validates profile text.
   *
   * @param text the YAML
   * @param fileName the name used in messages
   * @return the profile
   * @throws InvalidProfileException when the text is malformed or inconsistent
   */
  public RoleProfile parse(String text, String fileName) throws InvalidProfileException {
    RoleProfile profile;
    try {
      profile = yaml.readValue(text, RoleProfile.class);
    } catch (JsonMappingException e) {
      throw new InvalidProfileException(List.of(describe(fileName, text, e)));
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new InvalidProfileException(
          List.of(
              String.format(
                  Locale.ROOT,
                  "%s:%d: malformed YAML: %s",
                  fileName,
                  loc == null ? 0 : loc.getLineNr(),
                  e.getOriginalMessage())));
    }
    if (profile == null) {
      throw new InvalidProfileException(List.of(fileName + ":1: empty profile"));
    }
    List<String> problems = new ArrayList<>(ProfileValidator.validate(profile, text, fileName));
    if (!problems.isEmpty()) {
      throw new InvalidProfileException(problems);
    }
    return profile;
  }

  private static String describe(String fileName, String text, JsonMappingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    String msg = e.getOriginalMessage();
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
      String key =
          ((com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) e).getPropertyName();
      msg = "unknown key '" + key + "'";
      line = keyLineAtOrBefore(text, key, line);
    }
    int nl = msg.indexOf('\n');
    if (nl > 0) {
      msg = msg.substring(0, nl);
    }
    return String.format(Locale.ROOT, "%s:%d: %s: %s", fileName, line, path, msg);
  }

  /** The YAML parser reports the token after a bad key; walk back to the key's own line. */
  private static int keyLineAtOrBefore(String text, String key, int line) {
    String[] lines = text.split("\\r?\\n", -1);
    java.util.regex.Pattern p =
        java.util.regex.Pattern.compile(
            "(^|[\\s{,-])" + java.util.regex.Pattern.quote(key) + "\\s*:");
    for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return line;
  }
}
