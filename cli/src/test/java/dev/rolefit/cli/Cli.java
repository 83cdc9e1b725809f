package dev.rolefit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Runs the command line in-process and keeps what it printed; builds small resumes. */
final class Cli {
  final int code;
  final String out;
  final String err;

  private Cli(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Cli(code, out.toString(), err.toString());
  }

  /** The small fictional profile of the tests (the bundled one is data maintained elsewhere). */
  static String profile() {
    try {
      return Path.of(
              Objects.requireNonNull(Cli.class.getResource("test-profile.yaml"), "test profile")
                  .toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A plain-text resume; {@code extra} goes into an experience bullet. */
  static String resume(String title, String skills, String extra) {
    return String.join(
        "\n",
        "Jane Doe",
        title,
        "",
        "Summary",
        "Scientist building models in " + skills + ".",
        "",
        "Experience",
        title + ", Acme Corp, Jan 2016 - Dec 2023",
        "- Designed and trained neural network models in " + skills + " for ranking. " + extra,
        "- Deployed models to production services and monitored them.",
        "- Wrote reports for the product team every week.",
        "",
        "Education",
        "MSc in Computer Science, 2015",
        "",
        "Skills",
        skills,
        "");
  }

  static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
