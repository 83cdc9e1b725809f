package dev.rolefit.examples;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.io.IOException;
import java.nio.file.Path;

/** Scores one resume as a mid-level NLP scientist and prints the evidence and the gaps. */
public final class EmbedExample {
  private EmbedExample() {}

  /**
   * Runs the example.
   *
   * @param args the resume to score (PDF, Word or text), {@code cv.pdf} when none is given
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    RoleFit rolefit = RoleFit.create(); // once: loads profile, Lucene index, OpenNLP models
    Path cv = Path.of(args.length > 0 ? args[0] : "cv.pdf");
    try {
      FitReport r = rolefit.analyze(cv, Target.of(Level.MID, "nlp"));
      System.out.println(r.score().overall() + " " + r.score().band().name());
      r.skills().stream()
          .filter(s -> s.status() == EvidenceStatus.FOUND)
          .forEach(s -> System.out.println(s.name() + ": " + s.evidence().get(0).text()));
      r.gaps().forEach(g -> System.out.println(g.message() + " " + g.suggestion()));
    } catch (DocumentException e) { // typed: encrypted, corrupt, needs_ocr, ...
      System.out.println(e.kind() + ": " + e.getMessage());
    }
  }
}
