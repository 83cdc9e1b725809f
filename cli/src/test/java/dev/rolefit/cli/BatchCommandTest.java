package dev.rolefit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  @TempDir Path dir;

  private void goodResumes() throws IOException {
    Cli.threeResumes(dir);
  }

  @Test
  void recordsCorruptEncryptedAndEmptyFilesAndRanksTheRest() throws IOException {
    goodResumes();
    Files.writeString(dir.resolve("corrupt.pdf"), "%PDF-1.7\n garbage", StandardCharsets.US_ASCII);
    encryptedPdf(dir.resolve("encrypted.pdf"));
    Files.write(dir.resolve("empty.docx"), new byte[0]);
    Files.writeString(dir.resolve(".hidden.txt"), "skipped");
    Files.writeString(dir.resolve("photo.png"), "skipped");
    Files.writeString(dir.resolve("README.md"), "# About these resumes\nskipped");
    Path out = dir.resolve("out/ranked.csv");

    Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "-o", out.toString());

    assertEquals(0, r.code, r.err);
    assertEquals("", r.out);
    List<CSVRecord> rows = Cli.csv(Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(6, rows.size(), rows.toString());
    List<String> okFiles =
        rows.stream().filter(x -> x.get("outcome").equals("ok")).map(x -> x.get("file")).toList();
    assertEquals(List.of("strong.txt", "medium.txt", "weak.md"), okFiles);
    assertEquals(
        List.of("1", "2", "3"), rows.subList(0, 3).stream().map(x -> x.get("rank")).toList());
    double previous = Double.MAX_VALUE;
    for (CSVRecord x : rows.subList(0, 3)) {
      double score = Double.parseDouble(x.get("score"));
      assertTrue(score <= previous, "best first");
      previous = score;
    }
    Map<String, String> failed = new TreeMap<>();
    for (CSVRecord x : rows.subList(3, 6)) {
      assertEquals("failed", x.get("outcome"));
      assertEquals("", x.get("rank"));
      assertTrue(!x.get("error_message").isBlank());
      failed.put(x.get("file"), x.get("error_kind"));
    }
    assertEquals(
        Map.of("corrupt.pdf", "corrupt", "empty.docx", "empty", "encrypted.pdf", "encrypted"),
        failed);
    assertTrue(
        r.err.contains("6 files in")
            && r.err.contains("3 ok, 3 failed (corrupt 1, empty 1, encrypted 1)"),
        r.err);
    assertTrue(r.err.contains("files/s"), r.err);
  }

  @Test
  void quotesCommasQuotesAndNewlinesInFileNames() throws IOException {
    Set<String> names = Set.of("a,b.txt", "say \"hi\".txt", "two\nlines.txt", "plain.txt");
    for (String n : names) {
      Cli.write(dir.resolve(n), Cli.resume("Machine Learning Scientist", "Python", ""));
    }
    Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "--jobs", "2");

    assertEquals(0, r.code, r.err);
    List<CSVRecord> rows = Cli.csv(r.out);
    assertEquals(names, rows.stream().map(x -> x.get("file")).collect(Collectors.toSet()));
    assertTrue(r.out.contains("\"a,b.txt\""), r.out);
    assertTrue(r.out.contains("\"say \"\"hi\"\".txt\""), r.out);
    assertTrue(r.out.contains("\"two\nlines.txt\""), r.out);
    assertTrue(r.out.startsWith(String.join(",", BatchWriter.HEADER) + "\r\n"), r.out);
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfJobs() throws IOException {
    goodResumes();
    for (int i = 0; i < 6; i++) {
      Cli.write(dir.resolve("same-" + i + ".txt"), Cli.resume("Scientist", "Python", ""));
    }
    Files.write(dir.resolve("zero.txt"), new byte[0]);
    Cli one = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "-j", "1");
    Cli four = Cli.run("batch", dir.toString(), "--profile", Cli.profile(), "-j", "4");
    assertEquals(0, one.code, one.err);
    assertEquals(one.out, four.out);
    List<CSVRecord> rows = Cli.csv(one.out);
    // Equal scores keep the input (name) order.
    List<String> same =
        rows.stream().map(x -> x.get("file")).filter(f -> f.startsWith("same-")).toList();
    assertEquals(same.stream().sorted().toList(), same);
  }

  @Test
  void readsAListAndWritesJsonLines() throws IOException {
    goodResumes();
    Path list = dir.resolve("list.txt");
    Files.writeString(
        list,
        "# resumes to rank\n"
            + dir.resolve("weak.md")
            + "\n\n"
            + dir.resolve("strong.txt")
            + "\n"
            + dir.resolve("missing.pdf")
            + "\n",
        StandardCharsets.UTF_8);
    Cli r =
        Cli.run(
            "batch", "@" + list, "--profile", Cli.profile(), "--format", "jsonl", "--level", "mid");

    assertEquals(0, r.code, r.err);
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : r.out.split("\n")) {
      rows.add(m.readTree(line));
    }
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).get("file").asText().endsWith("strong.txt"));
    assertEquals(1, rows.get(0).get("rank").asInt());
    assertEquals("mid", rows.get(0).get("target_level").asText());
    assertEquals("Jane Doe", rows.get(0).get("name").asText());
    assertTrue(rows.get(1).get("file").asText().endsWith("weak.md"));
    assertEquals("not_found", rows.get(2).get("error_kind").asText());
    assertTrue(rows.get(2).get("rank").isNull());
  }

  @Test
  void aMissingFolderIsAUsageError() {
    Cli r = Cli.run("batch", dir.resolve("nope").toString(), "--profile", Cli.profile());
    assertEquals(ExitCodes.USAGE, r.code);
    assertTrue(r.err.startsWith("rolefit: not a folder"), r.err);
  }

  @Test
  void anEmptyFolderRunsAndSaysSo() {
    Cli r = Cli.run("batch", dir.toString(), "--profile", Cli.profile());
    assertEquals(0, r.code, r.err);
    assertEquals(String.join(",", BatchWriter.HEADER) + "\r\n", r.out);
    assertTrue(r.err.contains("0 files"), r.err);
  }

  static void encryptedPdf(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(50, 700);
        cs.showText("Machine Learning Scientist with Python and PyTorch experience.");
        cs.endText();
      }
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
  }
}
