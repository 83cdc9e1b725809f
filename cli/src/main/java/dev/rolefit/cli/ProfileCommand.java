package dev.rolefit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.model.Level;
import dev.rolefit.profile.ProfileLoader;
import dev.rolefit.profile.RoleProfile;
import dev.rolefit.profile.RoleProfile.Responsibility;
import dev.rolefit.profile.RoleProfile.Skill;
import dev.rolefit.report.JsonReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolefit profile}: list, show and validate role profiles. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = "List, show or validate role profiles.",
    footer = ExitCodes.HELP,
    subcommands = {
      ProfileCommand.ListCmd.class,
      ProfileCommand.Show.class,
      ProfileCommand.Validate.class
    })
final class ProfileCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Bundled role ids. */
  static final List<String> BUNDLED = List.of(ProfileLoader.DEFAULT_ROLE);

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the bundled role profiles.")
  static final class ListCmd implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      ProfileLoader loader = new ProfileLoader();
      for (String id : BUNDLED) {
        RoleProfile p = loader.bundled(id);
        out.printf(
            Locale.ROOT,
            "%s\t%s\tversion %s\t%d skills, %d responsibilities,"
                + " %d specializations (default)%n",
            p.role().id(),
            p.role().name(),
            p.role().version(),
            p.skills().size(),
            p.responsibilities().size(),
            p.specializations().size());
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show what a target contains: responsibilities, specializations, skills.",
      footer = ExitCodes.HELP)
  static final class Show implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "FILE",
        description = "A profile file, as --profile (default: the bundled one).")
    Path file;

    @Mixin ProfileOptions profiles;

    @Option(
        names = "--level",
        paramLabel = "LEVEL",
        description = "Only this level's responsibilities (and core): entry, mid or senior.")
    String level;

    @Option(
        names = "--specialization",
        paramLabel = "ID",
        description = "Weights for this specialization: its id, name or short alias, any case.")
    String specialization;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExtractCommand.Format format;

    @Override
    public Integer call() throws Exception {
      if (file != null && profiles.profile != null) {
        throw new UsageException("give the profile FILE or --profile, not both");
      }
      RoleProfile p = Profiles.load(file != null ? file : profiles.profile, profiles.role);
      Level lv = level == null ? null : UsageException.parsing(() -> Level.of(level));
      if (specialization != null) {
        specialization = UsageException.parsing(() -> p.requireSpecialization(specialization)).id();
      }
      // A profile file is data from anywhere: its text reaches the terminal made safe.
      PrintWriter out =
          TerminalSafe.results(spec.commandLine().getOut(), format == ExtractCommand.Format.json);
      List<Responsibility> resps =
          p.responsibilities().stream().filter(r -> lv == null || r.appliesTo(lv)).toList();
      if (format == ExtractCommand.Format.json) {
        json(out, p, lv, resps);
      } else {
        text(out, p, lv, resps);
      }
      out.flush();
      return ExitCodes.OK;
    }

    /** The target as JSON: the profile's parts, each skill with its weight for the target. */
    private void json(PrintWriter out, RoleProfile p, Level lv, List<Responsibility> resps)
        throws java.io.IOException {
      var mapper = JsonReportWriter.mapper();
      ObjectNode root = mapper.createObjectNode();
      root.putPOJO("role", p.role());
      root.put("level", lv == null ? null : lv.id());
      root.put("specialization", specialization);
      root.putPOJO("levels", p.levels());
      root.putPOJO("specializations", p.specializations());
      root.putPOJO("responsibilities", resps);
      ArrayNode skills = root.putArray("skills");
      for (Skill s : p.skills()) {
        ObjectNode n = mapper.valueToTree(s);
        n.put("effectiveWeight", s.weightFor(specialization));
        n.put("required", s.weightFor(specialization) >= p.scoring().requiredWeight());
        skills.add(n);
      }
      out.println(mapper.writeValueAsString(root));
    }

    /** The target as text: the role, its responsibilities, specializations and skills. */
    private void text(PrintWriter out, RoleProfile p, Level lv, List<Responsibility> resps) {
      out.printf(
          Locale.ROOT,
          "%s (version %s)%n%s%n%n",
          p.role().name(),
          p.role().version(),
          p.role().definition());
      out.println("Responsibilities" + (lv == null ? "" : " (core and " + lv.id() + ")") + ":");
      for (Responsibility r : resps) {
        out.printf(Locale.ROOT, "  [%-6s] %s%n", r.level(), r.text());
      }
      out.println();
      out.println("Specializations:");
      p.specializations().forEach(s -> out.printf(Locale.ROOT, "  %-24s %s%n", s.id(), s.name()));
      out.println();
      skills(out, p);
    }

    /** The skills, heaviest for the target first, the required ones starred. */
    private void skills(PrintWriter out, RoleProfile p) {
      out.printf(
          Locale.ROOT,
          "Skills (%d)%s:%n",
          p.skills().size(),
          specialization == null ? "" : ", weights for " + specialization);
      p.skills().stream()
          .sorted(
              (a, b) -> Double.compare(b.weightFor(specialization), a.weightFor(specialization)))
          .forEach(
              s ->
                  out.printf(
                      Locale.ROOT,
                      "  %.2f %s %-32s %-8s %s%n",
                      s.weightFor(specialization),
                      s.weightFor(specialization) >= p.scoring().requiredWeight() ? "*" : " ",
                      s.name(),
                      s.category(),
                      String.join(", ", s.aliases())));
      out.println("  (* = required)");
    }
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = "Validate a role profile file (exit 0 if valid, 5 if not).",
      footer = ExitCodes.HELP)
  static final class Validate implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "FILE",
        description = "The profile file (default: the bundled one).")
    Path file;

    @Override
    public Integer call() throws Exception {
      RoleProfile p;
      try {
        p = Profiles.load(file, null);
      } catch (dev.rolefit.profile.InvalidProfileException e) {
        PrintWriter err = spec.commandLine().getErr();
        for (String problem : e.lines()) {
          err.println(problem);
        }
        err.flush();
        return ExitCodes.INVALID_PROFILE;
      }
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "valid: %s (%d skills, %d responsibilities)%n",
              p.role().id(),
              p.skills().size(),
              p.responsibilities().size());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
