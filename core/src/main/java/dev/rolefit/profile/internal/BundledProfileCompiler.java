package dev.rolefit.profile.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rolefit.profile.InvalidProfileException;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: validates every bundled role profile and writes it next to its YAML as JSON, which
 * loads several times faster at start-up (SnakeYAML is slow on a cold JVM). A broken profile fails
 * the build with the loader's messages.
 */
public final class BundledProfileCompiler {
  private BundledProfileCompiler() {}

  /**
   * Compiles the profiles of a folder.
   *
   * @param args the folder holding {@code *.yaml} role profiles (in target/classes)
   * @throws IOException when a file cannot be read or written
   * @throws InvalidProfileException when a profile is invalid
   */
  public static void main(String[] args) throws IOException, InvalidProfileException {
    Path dir = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    ProfileLoader loader = new ProfileLoader();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
      for (Path yaml : files) {
        RoleProfile p =
            loader.parse(
                Files.readString(yaml, StandardCharsets.UTF_8), yaml.getFileName().toString());
        String name = yaml.getFileName().toString().replaceFirst("\\.yaml$", ".json");
        Files.writeString(dir.resolve(name), json.writeValueAsString(p), StandardCharsets.UTF_8);
      }
    }
  }
}
