package dev.rolefit.profile;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.rolefit.profile.internal.ProfileErrors;
import dev.rolefit.profile.internal.ProfileValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    // A key given twice is an error, not "the last one wins".
    this.yaml =
        new ObjectMapper(
                YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    // "aliases: [a, ~]" is a mistake to report where it is, not a null for the code to trip on.
    this.yaml.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
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
    try (InputStream in = ProfileLoader.class.getResourceAsStream("/" + compiled)) {
      if (in != null) {
        return JSON.readValue(in, RoleProfile.class);
      }
    } catch (IOException e) {
      throw new InvalidProfileException(
          List.of(new Problem(compiled, 0, "cannot read", e.getMessage())));
    }
    String name = BUNDLED_DIR + roleId + ".yaml";
    try (InputStream in = ProfileLoader.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled role profile named " + roleId);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), roleId + ".yaml");
    } catch (IOException e) {
      throw new InvalidProfileException(
          List.of(new Problem(name, 0, "cannot read", e.getMessage())));
    }
  }

  /**
   * Loads a profile file.
   *
   * @param file the YAML file, UTF-8 encoded
   * @return the profile
   * @throws InvalidProfileException when the file is not UTF-8 text, malformed or inconsistent
   * @throws IOException when the file cannot be read
   */
  public RoleProfile load(Path file) throws InvalidProfileException, IOException {
    if (Files.size(file) > MAX_PROFILE_BYTES) {
      throw new InvalidProfileException(
          List.of(new Problem(file.toString(), 0, "", "larger than 4 MB")));
    }
    return parse(utf8(Files.readAllBytes(file), file.toString()), file.toString());
  }

  /**
   * The text of a profile's bytes, decoded strictly: a UTF-16 or Latin-1 file is an invalid profile
   * that says so, not a character-coding error.
   */
  private static String utf8(byte[] bytes, String fileName) throws InvalidProfileException {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never takes fewer bytes than UTF-16 chars; a new decoder reports malformed input.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      return out.flip().toString();
    }
    int bad = in.position();
    int line = 1;
    for (int i = 0; i < bad; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    throw new InvalidProfileException(
        List.of(
            new Problem(
                fileName,
                line,
                "encoding",
                String.format(
                    Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X at offset %d%s); save the profile as UTF-8",
                    bytes[bad] & 0xFF,
                    bad,
                    utf16(bytes) ? ", the file looks like UTF-16" : ""))));
  }

  private static boolean utf16(byte[] b) {
    return b.length >= 2
        && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
            || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
            || b[0] == 0
            || b[1] == 0);
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
    // A byte-order mark is no part of the YAML.
    String yamlText = text.startsWith("\uFEFF") ? text.substring(1) : text;
    RoleProfile profile;
    try {
      profile = yaml.readValue(yamlText, RoleProfile.class);
    } catch (JsonProcessingException e) {
      throw new InvalidProfileException(List.of(ProfileErrors.describe(fileName, yamlText, e)));
    }
    if (profile == null) {
      throw new InvalidProfileException(
          List.of(new Problem(fileName, 1, "profile", "empty profile")));
    }
    List<Problem> problems = ProfileValidator.validate(profile, yamlText, fileName);
    if (!problems.isEmpty()) {
      throw new InvalidProfileException(problems);
    }
    return profile;
  }
}
