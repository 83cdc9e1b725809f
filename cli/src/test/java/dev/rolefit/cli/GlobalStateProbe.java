package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import dev.rolefit.model.Target;
import dev.rolefit.profile.ProfileLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * Run in a fresh JVM by {@link GlobalStateTest}: calls the library and the in-process command line
 * and prints every system property, default locale or time zone they changed (exit 1 if any).
 */
final class GlobalStateProbe {
  /** Set by the JDK itself the first time AWT fonts are used (PDFBox maps fonts through AWT). */
  private static final Set<String> JDK_LAZY = Set.of("sun.font.fontmanager");

  private GlobalStateProbe() {}

  /**
   * Runs the probe.
   *
   * @param args a PDF resume, a folder holding resumes, and a profile file
   * @throws Exception when the library fails
   */
  public static void main(String[] args) throws Exception {
    Path pdf = Path.of(args[0]);
    String profile = args[2];
    String state = Locale.getDefault() + " " + TimeZone.getDefault().getID();
    Map<String, String> properties = properties();
    List<String> calls = new ArrayList<>();
    // The library first, before any command-line class has loaded.
    RoleFit.builder()
        .profile(new ProfileLoader().load(Path.of(profile)))
        .build()
        .analyze(pdf, Target.auto());
    calls.add("library " + changes(properties, state));
    for (String[] cmd :
        List.of(
            new String[] {"analyze", pdf.toString(), "--format", "json", "--profile", profile},
            new String[] {"batch", "--help"},
            new String[] {"batch", args[1], "--jobs", "2", "--profile", profile})) {
      StringWriter err = new StringWriter();
      int code = Main.run(cmd, new PrintWriter(new StringWriter()), new PrintWriter(err));
      calls.add(
          cmd[0]
              + " exit "
              + code
              + " "
              + changes(properties, state)
              + (code == 0 ? "" : " " + err.toString().strip()));
    }
    calls.forEach(System.out::println);
    System.out.flush();
    System.exit(calls.stream().allMatch(c -> c.matches("\\w+ (exit 0 )?unchanged")) ? 0 : 1);
  }

  private static Map<String, String> properties() {
    Map<String, String> out = new TreeMap<>();
    System.getProperties().stringPropertyNames().forEach(k -> out.put(k, System.getProperty(k)));
    return out;
  }

  private static String changes(Map<String, String> before, String state) {
    Map<String, String> now = properties();
    List<String> diff = new ArrayList<>();
    now.forEach(
        (k, v) -> {
          if (!v.equals(before.get(k)) && !JDK_LAZY.contains(k)) {
            diff.add(k + "=" + v);
          }
        });
    before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> diff.add("-" + k));
    String nowState = Locale.getDefault() + " " + TimeZone.getDefault().getID();
    if (!nowState.equals(state)) {
      diff.add("locale and zone " + state + " -> " + nowState);
    }
    return diff.isEmpty() ? "unchanged" : "changed " + diff;
  }
}
