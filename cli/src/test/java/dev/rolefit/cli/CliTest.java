package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: results on stdout, one-line diagnostics on stderr, documented exit codes. */
class CliTest {
  static final Path SAMPLES = Path.of("../examples/resumes");

  /** The outcome of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static void assertOneLineNoStackTrace(String err) {
    assertEquals(1, err.strip().lines().count(), err);
    assertFalse(err.contains("\tat "), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void analyzePrintsAScoreAndQuotedEvidence() {
    Run r =
        run(
            "analyze",
            SAMPLES.resolve("applied-entry-scientist.txt").toString(),
            "--level",
            "entry",
            "--specialization",
            "applied");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Overall score: "), r.out());
    assertTrue(r.out().matches("(?s).*\\w+: \".+\" \\((exact|alias|stem|implied)\\).*"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void analyzeJsonFollowsTheContract() throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLES.resolve("applied-entry-scientist.txt").toString(),
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(1, json.get("schemaVersion").asInt());
    assertTrue(json.get("score").get("overall").isNumber());
    assertTrue(json.get("skills").isArray() && json.get("skills").size() > 0);
    assertTrue(json.get("responsibilities").isArray());
    assertEquals(6, json.get("specializations").size());
    assertTrue(
        json.get("notes").toString().contains("estimated level"), json.get("notes").toString());
  }

  @Test
  void outputFileGetsTheReport(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/report.json");
    Run r =
        run(
            "analyze",
            SAMPLES.resolve("applied-entry-scientist.txt").toString(),
            "--format",
            "json",
            "-o",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"schemaVersion\""));
  }

  @Test
  void missingFileIsAUsageErrorOnOneLine() {
    Run r = run("analyze", "missing.pdf");
    assertEquals(ExitCodes.USAGE, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().contains("no such file: missing.pdf"), r.err());
    assertOneLineNoStackTrace(r.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("analyze", "--bogus", "x.pdf");
    assertEquals(ExitCodes.USAGE, r.code());
    assertTrue(r.err().contains("Unknown option"), r.err());
  }

  @Test
  void badLevelAndSpecializationAreUsageErrors() {
    String file = SAMPLES.resolve("applied-entry-scientist.txt").toString();
    Run level = run("analyze", file, "--level", "guru");
    assertEquals(ExitCodes.USAGE, level.code());
    assertOneLineNoStackTrace(level.err());
    Run spec = run("analyze", file, "--specialization", "astrology");
    assertEquals(ExitCodes.USAGE, spec.code());
    assertTrue(spec.err().contains("unknown specialization 'astrology'"), spec.err());
    // The valid values are listed, short names included.
    assertTrue(spec.err().contains("reinforcement-learning (rl)"), spec.err());
  }

  @Test
  void aReportFormatIsTakenByItsNameOrItsFileExtension() throws Exception {
    String file = SAMPLES.resolve("applied-entry-scientist.txt").toString();
    Run markdown = run("analyze", file, "--format", "markdown");
    Run md = run("analyze", file, "--format", "MD");
    assertEquals(ExitCodes.OK, md.code(), md.err());
    assertEquals(markdown.out(), md.out());
    assertTrue(md.out().startsWith("# "), md.out());
    Run pdf = run("analyze", file, "--format", "pdf");
    assertEquals(ExitCodes.USAGE, pdf.code());
    assertTrue(pdf.err().contains("one of text, json, markdown (md), html"), pdf.err());
  }

  @Test
  void levelsAndSpecializationsAreTakenInAnyCaseAndByShortName() throws Exception {
    String file = SAMPLES.resolve("applied-entry-scientist.txt").toString();
    Run full = run("analyze", file, "--level", "senior", "--specialization", "deep-learning");
    for (String[] words :
        new String[][] {
          {"SENIOR", "DL"}, {"Senior", "Deep_Learning"}, {"senior", "Deep Learning"}
        }) {
      Run r = run("analyze", file, "--level", words[0], "--specialization", words[1]);
      assertEquals(ExitCodes.OK, r.code(), r.err());
      assertEquals(full.out(), r.out(), String.join(" ", words));
    }
    Run batch = run("batch", SAMPLES.toString(), "--specialization", "RL", "--format", "csv");
    assertEquals(ExitCodes.OK, batch.code(), batch.err());
    assertTrue(batch.out().contains(",reinforcement-learning,"), batch.out());
    Run show = run("profile", "show", "--specialization", "Infra", "--format", "json");
    assertEquals(ExitCodes.OK, show.code(), show.err());
    assertTrue(show.out().contains("\"specialization\" : \"ml-infrastructure\""), show.out());
  }

  @Test
  void unsupportedAndEmptyDocumentsExitThree(@TempDir Path dir) throws Exception {
    Path bin = dir.resolve("photo.pdf");
    Files.write(bin, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 9});
    Run r = run("analyze", bin.toString());
    assertEquals(ExitCodes.UNREADABLE, r.code());
    assertTrue(r.err().contains("[unsupported]"), r.err());
    assertOneLineNoStackTrace(r.err());
    Path empty = Files.createFile(dir.resolve("empty.docx"));
    Run e = run("analyze", empty.toString());
    assertEquals(ExitCodes.UNREADABLE, e.code());
    assertTrue(e.err().contains("[empty]"), e.err());
  }

  @Test
  void helpAndVersionExitZeroAndDocumentExitCodes() {
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertTrue(help.out().contains("4  document has no extractable text"), help.out());
    Run analyzeHelp = run("analyze", "--help");
    assertEquals(0, analyzeHelp.code());
    assertTrue(analyzeHelp.out().contains("--specialization"), analyzeHelp.out());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("rolefit "), version.out());
    // Every command's help advertises -V; each must print the same version.
    for (String[] cmd :
        new String[][] {
          {"analyze", "-V"},
          {"batch", "-V"},
          {"extract", "--version"},
          {"eval", "-V"},
          {"profile", "show", "-V"},
          {"profile", "-V"}
        }) {
      Run v = run(cmd);
      assertEquals(0, v.code(), String.join(" ", cmd));
      assertEquals(version.out(), v.out(), String.join(" ", cmd));
    }
  }

  @Test
  void profileShowJsonListsTheWholeRole() throws Exception {
    Run r = run("profile", "show", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    long core = 0;
    for (JsonNode n : json.get("responsibilities")) {
      core += n.get("level").asText().equals("core") ? 1 : 0;
    }
    assertTrue(core >= 12, "core responsibilities " + core);
    for (String level : new String[] {"entry", "mid", "senior"}) {
      long n = 0;
      for (JsonNode x : json.get("responsibilities")) {
        n += x.get("level").asText().equals(level) ? 1 : 0;
      }
      assertTrue(n >= 7, level + " " + n);
    }
    assertEquals(6, json.get("specializations").size());
    assertTrue(json.get("skills").size() >= 150);
  }

  @Test
  void profileListAndValidateTheBundledRole() {
    Run list = run("profile", "list");
    assertEquals(0, list.code());
    assertTrue(list.out().startsWith("machine-learning-scientist\t"), list.out());
    Run valid = run("profile", "validate");
    assertEquals(0, valid.code(), valid.err());
  }

  @Test
  void aBrokenProfileExitsFiveWithTheLine(@TempDir Path dir) throws Exception {
    String yaml =
        Files.readString(Path.of("../examples/roles/data-engineer.yaml"))
            .replace("  id: data-engineer\n", "  id: data-engineer\n  colour: blue\n");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, yaml);
    Run r = run("profile", "validate", bad.toString());
    assertEquals(ExitCodes.INVALID_PROFILE, r.code());
    assertTrue(r.err().contains("bad.yaml:6: role.colour: unknown key 'colour'"), r.err());
    String dup =
        Files.readString(Path.of("../examples/roles/data-engineer.yaml"))
            .replace("{id: python,", "{id: sql,");
    Files.writeString(bad, dup);
    Run d = analyzeWithProfile(bad);
    assertEquals(ExitCodes.INVALID_PROFILE, d.code());
    assertTrue(
        d.err()
            .matches(
                "(?s)rolefit: invalid profile: .*bad\\.yaml:\\d+: skills\\.id:"
                    + " duplicate id 'sql'.*"),
        d.err());
  }

  static Run analyzeWithProfile(Path profile) {
    return run(
        "analyze",
        SAMPLES.resolve("applied-entry-scientist.txt").toString(),
        "--profile",
        profile.toString());
  }

  @Test
  void aProfileInUtf16OrIndentedWithTabsExitsFiveInOneLine(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(Path.of("../examples/roles/data-engineer.yaml"));
    Path utf16 = dir.resolve("utf16.yaml");
    Files.write(utf16, yaml.getBytes(StandardCharsets.UTF_16));
    Path tabs = dir.resolve("tabs.yaml");
    Files.writeString(tabs, yaml.replace("\n  id: data-engineer\n", "\n\tid: data-engineer\n"));
    for (Path bad : List.of(utf16, tabs)) {
      Run v = run("profile", "validate", bad.toString());
      assertEquals(ExitCodes.INVALID_PROFILE, v.code(), v.err());
      assertOneLineNoStackTrace(v.err());
      assertTrue(v.err().startsWith(bad + ":"), v.err());
      Run a = analyzeWithProfile(bad);
      assertEquals(ExitCodes.INVALID_PROFILE, a.code(), a.err());
      assertOneLineNoStackTrace(a.err());
      assertTrue(a.err().startsWith("rolefit: invalid profile: " + bad + ":"), a.err());
    }
    assertTrue(run("profile", "validate", utf16.toString()).err().contains("not UTF-8 text"));
    assertTrue(
        run("profile", "validate", tabs.toString()).err().startsWith(tabs + ":5: malformed YAML:"));
  }

  @Test
  void anotherRoleIsJustAnotherProfile() throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLES.resolve("applied-entry-scientist.txt").toString(),
            "--profile",
            "../examples/roles/data-engineer.yaml",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("data-engineer", json.get("target").get("role").asText());
    assertEquals(2, json.get("specializations").size());
  }

  @Test
  void extractShowsSectionsAndQuality() {
    Run r = run("extract", SAMPLES.resolve("applied-entry-scientist.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("quality ok"), r.out());
    assertTrue(r.out().contains("experience"), r.out());
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void analyzeReadsTheResumeFromStdin() throws Exception {
    byte[] resume = Files.readAllBytes(SAMPLES.resolve("applied-entry-scientist.txt"));
    Run r = runWithStdin(resume, "analyze", "-", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("-", json.get("document").get("file").asText());
    assertEquals("text/plain", json.get("document").get("mediaType").asText());
    // The same bytes from a file give the same score.
    Run f =
        run(
            "analyze",
            SAMPLES.resolve("applied-entry-scientist.txt").toString(),
            "--format",
            "json");
    assertEquals(
        new ObjectMapper().readTree(f.out()).get("score"), json.get("score"), "same score");
  }

  @Test
  void extractReadsTheDocumentFromStdin() throws Exception {
    byte[] resume = Files.readAllBytes(SAMPLES.resolve("applied-entry-scientist.txt"));
    Run text = runWithStdin(resume, "extract", "-");
    assertEquals(0, text.code(), text.err());
    assertEquals("", text.err());
    assertTrue(text.out().startsWith("# -: text/plain, 1 page(s), "), text.out());
    assertTrue(text.out().contains("quality ok"), text.out());
    Run fromFile = run("extract", SAMPLES.resolve("applied-entry-scientist.txt").toString());
    assertEquals(
        fromFile.out().substring(fromFile.out().indexOf('\n')),
        text.out().substring(text.out().indexOf('\n')),
        "stdin and file read alike");

    Run json = runWithStdin(resume, "extract", "-", "--format", "json");
    assertEquals(0, json.code(), json.err());
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertEquals("-", node.get("file").asText());
    assertTrue(node.get("sections").size() > 1, json.out());
  }

  @Test
  void emptyOrBinaryStdinExitsThreeOnOneLine() {
    for (String command : new String[] {"analyze", "extract"}) {
      Run empty = runWithStdin(new byte[0], command, "-");
      assertEquals(ExitCodes.UNREADABLE, empty.code(), command + ": " + empty.err());
      assertEquals("", empty.out());
      assertTrue(empty.err().contains("[empty]"), empty.err());
      assertOneLineNoStackTrace(empty.err());
      Run binary = runWithStdin(new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 9}, command, "-");
      assertEquals(ExitCodes.UNREADABLE, binary.code(), command + ": " + binary.err());
      assertEquals("", binary.out());
      assertTrue(binary.err().contains("[unsupported]"), binary.err());
      assertOneLineNoStackTrace(binary.err());
    }
  }

  /** A small .docx encrypted as Office encrypts password-protected files (agile mode). */
  static byte[] encryptedDocx(String password) throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("Jane Doe, Data Scientist");
      doc.write(docx);
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(docx.toByteArray());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  @Test
  void encryptedDocxAndDamagedDocExitThreeWithAClearMessage(@TempDir Path dir) throws Exception {
    Path locked = Files.write(dir.resolve("cv.docx"), encryptedDocx("s3cret"));
    for (String command : new String[] {"analyze", "extract"}) {
      Run r = run(command, locked.toString());
      assertEquals(ExitCodes.UNREADABLE, r.code(), r.err());
      assertEquals("", r.out());
      assertTrue(r.err().contains("password-protected Office file (an encrypted .docx)"), r.err());
      assertTrue(r.err().contains("[encrypted]"), r.err());
      assertOneLineNoStackTrace(r.err());
    }
    ByteArrayOutputStream ole = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "Notes");
      fs.writeFilesystem(ole);
    }
    Path damaged = Files.write(dir.resolve("cv.doc"), ole.toByteArray());
    Run d = run("extract", damaged.toString());
    assertEquals(ExitCodes.UNREADABLE, d.code(), d.err());
    assertEquals("", d.out());
    assertTrue(d.err().contains("Word 97-2003 document is damaged"), d.err());
    assertTrue(d.err().contains("[corrupt]"), d.err());
    assertOneLineNoStackTrace(d.err());
  }

  @Test
  void evalPrintsTheFigures() {
    Run r = run("eval", "../corpus/eval/labels.csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("ROC AUC (ML vs non-ML, overall score): "), r.out());
    assertTrue(r.out().contains("level accuracy: "), r.out());
    assertTrue(r.out().contains("files with all text in one section: 0"), r.out());
    // The fictional set: every non-ML resume is no clear fit for any specialization.
    assertTrue(
        r.out().matches("(?s).*primary specialization given: ML \\d+ of 20, non-ML 0 of \\d+;.*"),
        r.out());
  }

  @Test
  void evalComparesParsedMonthsWithHandCounts(@TempDir Path dir) throws Exception {
    Path months = dir.resolve("months.csv");
    Files.writeString(
        months,
        "# hand counts\nfile,professional_months\nmlinfra-mid-01.txt,48\nnlp-mid-01.txt,900\n",
        StandardCharsets.UTF_8);
    Run r = run("eval", "../corpus/eval/labels.csv", "--months", months.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*of the hand count: [0-2]/2 \\(median error.*"), r.out());
    // A count far from the parse is starred in the table.
    assertTrue(r.out().contains("*900"), r.out());
    Run bad = run("eval", "../corpus/eval/labels.csv", "--months", "no-such-file.csv");
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    assertOneLineNoStackTrace(bad.err());
  }

  @Test
  void evalRanksByLevelAndPrintsTheCalibration(@TempDir Path dir) throws Exception {
    // The team's labels with a secondary specialization column, beside copies of two resumes.
    for (String f : List.of("nlp-mid-01.txt", "applied-entry-01.txt")) {
      Files.copy(Path.of("../corpus/eval", f), dir.resolve(f));
    }
    Path labels = dir.resolve("labels.csv");
    Files.writeString(
        labels,
        "file,ml_related,level,specialization,secondary_specialization\n"
            + "nlp-mid-01.txt,true,mid,nlp,applied\n"
            + "applied-entry-01.txt,true,entry,applied,nlp\n",
        StandardCharsets.UTF_8);
    Run r = run("eval", labels.toString(), "--rank-level", "entry");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("top-2 specialization accuracy: "), r.out());
    assertTrue(r.out().contains("level ranking AUC at --level entry"), r.out());
    assertTrue(r.out().contains("calibration: overall score"), r.out());
    assertTrue(r.out().contains("specialization per class:"), r.out());
    Run bad = run("eval", labels.toString(), "--rank-level", "wizard");
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    assertOneLineNoStackTrace(bad.err());
  }

  @Test
  void evalWithVerdictsPrintsEvidencePrecision(@TempDir Path dir) throws Exception {
    Path verdicts = dir.resolve("verdicts.csv");
    Files.writeString(
        verdicts,
        "# verdicts\napplied-entry-01.txt,skill,python,shown\n"
            + "applied-entry-01.txt,responsibility,core-design-models,yes\n",
        StandardCharsets.UTF_8);
    Run r = run("eval", "../corpus/eval/labels.csv", "--evidence", verdicts.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("found skills judged shown: "), r.out());
    assertTrue(r.out().contains("responsibilities judged yes: 1, covered at >= 0.5: "), r.out());
    Files.writeString(
        verdicts, "applied-entry-01.txt,skill,python,perhaps\n", StandardCharsets.UTF_8);
    Run bad = run("eval", "../corpus/eval/labels.csv", "--evidence", verdicts.toString());
    assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
    assertOneLineNoStackTrace(bad.err());
  }

  @Test
  void extractJsonShowsEntriesAndTheDateAnchor() throws Exception {
    byte[] resume =
        ("Lena Park\nLast updated: March 2024\nExperience\nData Scientist, Corvid Labs,"
                + " Jan 2022 - Present\nBuilt churn models.\nTeaching Assistant, Northbridge"
                + " University, Sep 2019 - Dec 2019\nEducation\nM.S. Statistics, Northbridge"
                + " University, 2019 - 2021\n")
            .getBytes(StandardCharsets.UTF_8);
    Run json = runWithStdin(resume, "extract", "-", "--format", "json");
    assertEquals(0, json.code(), json.err());
    JsonNode node = new ObjectMapper().readTree(json.out());
    assertEquals("2024-03", node.get("dateAnchor").get("month").asText());
    assertEquals("stated", node.get("dateAnchor").get("source").asText());
    JsonNode job = node.get("entries").get(0);
    assertEquals("employment", job.get("kind").asText());
    assertEquals("Data Scientist", job.get("title").asText());
    assertEquals("Corvid Labs", job.get("organisation").asText());
    assertEquals("2022-01", job.get("start").asText());
    assertEquals("2024-03", job.get("end").asText());
    assertEquals(27, job.get("months").asInt());
    assertEquals("teaching_assistant", node.get("entries").get(1).get("kind").asText());
    assertEquals(0.0, node.get("entries").get(1).get("weight").asDouble());
    assertEquals(27, node.get("monthsOfExperience").asInt());

    Run text = runWithStdin(resume, "extract", "-");
    assertTrue(
        text.out().contains("open ranges end 2024-03, the date the resume states"), text.out());
    assertTrue(text.out().contains("# professional experience: 27 months"), text.out());
  }

  @Test
  void jobPostingModeReportsRequirements() throws Exception {
    Run r =
        run(
            "analyze",
            SAMPLES.resolve("nlp-mid-scientist.pdf").toString(),
            "--job",
            "../examples/postings/nlp-scientist-posting.txt",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode report = new ObjectMapper().readTree(r.out());
    JsonNode reqs = report.get("requirements");
    assertTrue(reqs.size() >= 8, reqs.toString());
    boolean anyPreferred = false;
    for (JsonNode q : reqs) {
      assertTrue(
          q.get("status").asText().matches("met|partly_met|not_met|not_scored"), q.toString());
      assertFalse(q.get("reason").asText().isBlank(), q.toString());
      anyPreferred |= !q.get("required").asBoolean();
    }
    assertTrue(anyPreferred, "the posting's nice-to-haves are preferred");
    double match = report.get("posting").get("match").asDouble();
    assertTrue(match > 0 && match <= 100, report.get("posting").toString());
    // Every format shows the posting match and each requirement with its reason and evidence.
    JsonNode metOne = null;
    for (JsonNode q : reqs) {
      if (q.get("status").asText().equals("met") && !q.get("evidence").isEmpty()) {
        metOne = q;
        break;
      }
    }
    assertTrue(metOne != null, "some requirement is met with evidence");
    String quote = metOne.get("evidence").get(0).get("text").asText();
    String probe = quote.substring(0, Math.min(20, quote.length()));
    for (String format : List.of("text", "markdown", "html")) {
      Run f =
          run(
              "analyze",
              SAMPLES.resolve("nlp-mid-scientist.pdf").toString(),
              "--job",
              "../examples/postings/nlp-scientist-posting.txt",
              "--format",
              format);
      assertEquals(0, f.code(), f.err());
      assertTrue(f.out().contains("osting match"), format + " shows the posting match");
      assertTrue(f.out().contains(metOne.get("reason").asText().substring(0, 10)), format);
      String section = f.out().substring(f.out().indexOf("Job posting requirements"));
      assertTrue(section.contains(probe), format + " quotes the evidence: " + probe);
    }
    Run missing =
        run(
            "analyze",
            SAMPLES.resolve("nlp-mid-scientist.pdf").toString(),
            "--job",
            "no-such-posting.txt");
    assertEquals(ExitCodes.USAGE, missing.code());
    assertOneLineNoStackTrace(missing.err());
  }
}
