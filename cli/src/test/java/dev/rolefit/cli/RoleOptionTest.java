package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rolefit.profile.ProfileLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --role beside --profile on every command that scores, and one spelling of option labels. */
class RoleOptionTest {
  private static final String ROLE = ProfileLoader.DEFAULT_ROLE;

  @TempDir Path dir;

  @Test
  void profileListNamesTheIdsThatRoleTakes() {
    Cli list = Cli.run("profile", "list");
    assertEquals(0, list.code, list.err);
    assertTrue(list.out.startsWith(ROLE + "\t"), list.out);
  }

  @Test
  void everyScoringCommandTakesABundledRoleInAnyCase() throws IOException {
    Path cv =
        Cli.write(dir.resolve("cv.txt"), Cli.resume("Machine Learning Scientist", "Python", ""));
    String upper = ROLE.toUpperCase(java.util.Locale.ROOT);
    Cli byRole = Cli.run("analyze", cv.toString(), "--role", upper, "--format", "json");
    Cli byDefault = Cli.run("analyze", cv.toString(), "--format", "json");
    assertEquals(0, byRole.code, byRole.err);
    assertEquals(byDefault.out, byRole.out, "the bundled role is the default one");
    Cli batch = Cli.run("batch", dir.toString(), "--role", ROLE, "--quiet");
    assertEquals(0, batch.code, batch.err);
    assertEquals(2, batch.out.split("\n").length, batch.out);
    Cli show = Cli.run("profile", "show", "--role", ROLE);
    assertEquals(0, show.code, show.err);
    assertTrue(show.out.startsWith("Machine Learning Scientist (version "), show.out);
  }

  @Test
  void anUnknownRoleListsTheBundledOnes() throws IOException {
    Path cv = Cli.write(dir.resolve("cv.txt"), Cli.resume("Scientist", "Python", ""));
    for (String[] args :
        List.of(
            new String[] {"analyze", cv.toString(), "--role", "chef"},
            new String[] {"batch", dir.toString(), "--role", "chef"},
            new String[] {"profile", "show", "--role", "../../etc/passwd"},
            new String[] {"eval", cv.toString(), "--role", "chef"})) {
      Cli r = Cli.run(args);
      assertEquals(ExitCodes.USAGE, r.code, String.join(" ", args) + ": " + r.err);
      assertTrue(r.err.startsWith("rolefit: unknown role '"), r.err);
      assertTrue(r.err.contains("; one of " + ROLE), r.err);
      assertEquals("", r.out);
    }
  }

  @Test
  void profileAndRoleTogetherAreAUsageError() throws IOException {
    Path cv = Cli.write(dir.resolve("cv.txt"), Cli.resume("Scientist", "Python", ""));
    Cli r = Cli.run("analyze", cv.toString(), "--role", ROLE, "--profile", Cli.profile());
    assertEquals(ExitCodes.USAGE, r.code, r.err);
    assertEquals("rolefit: give --profile or --role, not both", r.err.lines().findFirst().get());
  }

  @Test
  void profileShowTakesProfileLikeTheOtherCommands() {
    Cli byOption = Cli.run("profile", "show", "--profile", Cli.profile(), "--format", "json");
    Cli byFile = Cli.run("profile", "show", Cli.profile(), "--format", "json");
    Cli bundled = Cli.run("profile", "show", "--format", "json");
    assertEquals(0, byOption.code, byOption.err);
    assertEquals(byFile.out, byOption.out);
    assertFalse(bundled.out.equals(byOption.out), "the file, not the bundled profile");
    Cli both = Cli.run("profile", "show", Cli.profile(), "--profile", Cli.profile());
    assertEquals(ExitCodes.USAGE, both.code, both.err);
  }

  @Test
  void helpSpellsEveryOptionLabelOneWay() {
    Pattern label = Pattern.compile("(--[a-z-]+)=([^\\s\\]]+)");
    for (String[] cmd :
        List.of(
            new String[] {"analyze"},
            new String[] {"batch"},
            new String[] {"extract"},
            new String[] {"eval"},
            new String[] {"profile", "show"},
            new String[] {"profile", "validate"})) {
      String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
      args[cmd.length] = "--help";
      Cli help = Cli.run(args);
      assertEquals(0, help.code, help.err);
      Matcher m = label.matcher(help.out);
      while (m.find()) {
        assertTrue(
            m.group(2).matches("[A-Z][A-Z.|]*"),
            String.join(" ", cmd) + ": " + m.group() + " (labels are upper-case words)");
      }
      if (help.out.contains("--format")) {
        assertTrue(help.out.contains("--format=FORMAT"), String.join(" ", cmd));
      }
      if (help.out.contains("--profile")) {
        assertTrue(help.out.contains("--role=ID"), String.join(" ", cmd) + " has --role too");
      }
    }
  }
}
