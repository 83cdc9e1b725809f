package dev.rolefit.cli;

import dev.rolefit.RoleFit;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code rolefit} command: subcommands, exit codes, stdout for results, stderr for the rest.
 */
@Command(
    name = "rolefit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Scores how well a resume covers a role's skills and responsibilities,"
            + " with evidence for every hit and a list of gaps.",
    footer = ExitCodes.HELP,
    subcommands = {
      AnalyzeCommand.class,
      BatchCommand.class,
      ExtractCommand.class,
      ProfileCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** What stdout and stderr are connected to (the process's own streams only in main). */
  Terminal terminal = Terminal.NONE;

  /** Where "-" (a document on standard input) is read from. */
  InputStream stdin = System.in;

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Process-wide settings belong to the process: here, never on the paths run() takes.
    Environment.prepare();
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            Terminal.probe()));
  }

  /**
   * Runs the command line with given streams (for tests and embedding); changes no process-wide
   * setting (system properties, default locale).
   *
   * @param args the arguments
   * @param out where results go
   * @param err where diagnostics go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err, Terminal.NONE);
  }

  /**
   * Runs the command line with given streams, standard input included (for tests and embedding).
   *
   * @param args the arguments
   * @param in what {@code -} (a document on standard input) reads; not closed
   * @param out where results go
   * @param err where diagnostics go
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return run(args, in, out, err, Terminal.NONE);
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Terminal terminal) {
    return run(args, System.in, out, err, terminal);
  }

  private static int run(
      String[] args, InputStream in, PrintWriter out, PrintWriter err, Terminal terminal) {
    return run(args, in, out, err, terminal, CommandLine.defaultFactory());
  }

  /** Runs with a factory for the commands (tests inject failures through it). */
  static int run(
      String[] args,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Terminal terminal,
      CommandLine.IFactory factory) {
    // Every diagnostic passes here: nothing a file name or argument holds can drive the terminal.
    PrintWriter safeErr = new PrintWriter(TerminalSafe.text(err), true);
    int code;
    try {
      Main main = new Main();
      main.terminal = terminal;
      main.stdin = in;
      CommandLine cl = new CommandLine(main, factory);
      cl.setOut(out);
      cl.setErr(safeErr);
      cl.setCaseInsensitiveEnumValuesAllowed(true);
      // Every command's help advertises -V: each prints the tool's version, as the top level does.
      shareVersion(cl, cl.getCommandSpec().versionProvider());
      // "md" is what people type for Markdown, and what the report's file extension is.
      cl.registerConverter(
          dev.rolefit.report.ReportFormat.class,
          v -> {
            try {
              return dev.rolefit.report.ReportFormat.parse(v);
            } catch (IllegalArgumentException e) {
              throw new CommandLine.TypeConversionException(e.getMessage());
            }
          });
      // "batch @LIST" names a list of resumes; picocli would otherwise read it as more arguments.
      cl.setExpandAtFiles(false);
      cl.setExecutionExceptionHandler(new Errors());
      cl.setParameterExceptionHandler(
          (ex, a) -> {
            safeErr.println("rolefit: " + TerminalSafe.line(ex.getMessage()));
            safeErr.println(
                "Try 'rolefit " + commandName(ex.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE;
          });
      code = cl.execute(args);
    } catch (Throwable e) {
      // picocli lets an Error (out of memory) through: it still ends as one line and exit 1.
      code = Errors.report(e, safeErr);
    }
    out.flush();
    safeErr.flush();
    return code;
  }

  private static String commandName(CommandLine cl) {
    String name = cl.getCommandName();
    return "rolefit".equals(name) ? "" : name + " ";
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version shown by {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "rolefit " + RoleFit.version(), "Java " + System.getProperty("java.version")
      };
    }
  }

  private static void shareVersion(CommandLine cl, CommandLine.IVersionProvider version) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().versionProvider(version);
      shareVersion(sub, version);
    }
  }
}
