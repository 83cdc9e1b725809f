package dev.rolefit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rolefit.RoleFit;
import dev.rolefit.report.JsonReportWriter;
import dev.rolefit.resume.ExperienceEntry;
import dev.rolefit.resume.Resume;
import dev.rolefit.resume.Section;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rolefit extract}: the text, sections and diagnostics exactly as the scorer sees them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Show the text, sections, dated entries and quality diagnostics of a document"
            + " ('-' reads stdin),"
            + " as the scorer (and an applicant tracking system) reads it.",
    footer = ExitCodes.HELP)
final class ExtractCommand implements Callable<Integer> {
  /** Output formats of extract. */
  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.ParentCommand Main parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document, or - for stdin.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws Exception {
    boolean stdin = "-".equals(file);
    Resume r = stdin ? RoleFit.create().extract(parent.stdin) : RoleFit.create().extract(path());
    String name = stdin ? "-" : fileName(path());
    // The resume's text and name reach a terminal: controls shown as escapes, JSON kept exact.
    PrintWriter out = TerminalSafe.results(spec.commandLine().getOut(), format == Format.json);
    if (format == Format.json) {
      out.println(JsonReportWriter.mapper().writeValueAsString(json(r, name)));
    } else {
      text(out, r, name);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The document, its sections, dated entries and text as one JSON object. */
  private static ObjectNode json(Resume r, String name) {
    var doc = r.document();
    ObjectNode root = JsonReportWriter.mapper().createObjectNode();
    root.put("file", name);
    root.put("mediaType", doc.mediaType().mime());
    root.put("pages", doc.pages());
    root.put("characters", doc.text().length());
    ObjectNode q = root.putObject("quality");
    q.put("status", doc.quality().status().id());
    ArrayNode issues = q.putArray("issues");
    doc.quality().issues().forEach(issues::add);
    ArrayNode secs = root.putArray("sections");
    for (Section s : r.sections()) {
      secs.addObject()
          .put("name", s.kind().id())
          .put("heading", s.heading())
          .put("start", s.start())
          .put("end", s.end());
    }
    ObjectNode anchor = root.putObject("dateAnchor");
    anchor.put("month", r.anchor().month().toString());
    anchor.put("source", r.anchor().source().id());
    ArrayNode entries = root.putArray("entries");
    for (ExperienceEntry e : r.experience()) {
      entries
          .addObject()
          .put("kind", e.kind().id())
          .put("title", e.title())
          .put("organisation", e.organisation())
          .put("section", e.section().id())
          .put("start", e.dates().from().toString())
          .put("end", e.dates().to().toString())
          .put("ongoing", e.dates().present())
          .put("months", e.dates().months())
          .put("weight", e.weight())
          .put("heading", e.heading());
    }
    root.put("monthsOfExperience", r.monthsOfExperience());
    if (r.statedYears().isPresent()) {
      root.put("statedYears", r.statedYears().getAsInt());
    }
    root.put("text", r.document().text());
    return root;
  }

  /** A commented header (document, sections, dated entries, months), then the text. */
  private static void text(PrintWriter out, Resume r, String name) {
    var doc = r.document();
    out.printf(
        Locale.ROOT,
        "# %s: %s, %d page(s), %d characters, quality %s%s%n",
        TerminalSafe.line(name),
        doc.mediaType().mime(),
        doc.pages(),
        doc.text().length(),
        doc.quality().status().id(),
        doc.quality().issues().isEmpty()
            ? ""
            : " (" + String.join("; ", doc.quality().issues()) + ")");
    out.println("# sections:");
    for (Section s : r.sections()) {
      out.printf(
          Locale.ROOT, "#   %-14s %6d-%-6d %s%n", s.kind().id(), s.start(), s.end(), s.heading());
    }
    out.printf(
        Locale.ROOT,
        "# dated entries (open ranges end %s, %s):%n",
        r.anchor().month(),
        anchorSource(r));
    for (ExperienceEntry e : r.experience()) {
      out.printf(
          Locale.ROOT,
          "#   %s..%s%s %3d months x%.1f  %-18s %s%s%n",
          e.dates().from(),
          e.dates().to(),
          e.dates().present() ? "+" : " ",
          e.dates().months(),
          e.weight(),
          e.kind().id(),
          e.title(),
          e.organisation().isEmpty() ? "" : " @ " + e.organisation());
    }
    out.printf(
        Locale.ROOT,
        "# professional experience: %d months%s%n%n",
        r.monthsOfExperience(),
        r.statedYears().isPresent()
            ? " (the resume states " + r.statedYears().getAsInt() + "+ years)"
            : "");
    out.print(doc.text());
  }

  private static String anchorSource(Resume r) {
    switch (r.anchor().source()) {
      case STATED:
        return "the date the resume states";
      case METADATA:
        return "the document's metadata date";
      default:
        return "today: the document gives no date";
    }
  }

  private Path path() {
    return Path.of(file);
  }

  private static String fileName(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }
}
