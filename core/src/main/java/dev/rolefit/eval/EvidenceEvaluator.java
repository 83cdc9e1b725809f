package dev.rolefit.eval;

import dev.rolefit.RoleFit;
import dev.rolefit.extract.DocumentException;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitReport;
import dev.rolefit.model.Level;
import dev.rolefit.model.Target;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Measures the evidence rolefit quotes against a hiring manager's verdicts on real resumes: for
 * each resume and its labelled target, every responsibility judged yes, partly or no, and every
 * skill judged shown (in the candidate's own work), listed (named only in a list, summary or
 * coursework) or wrong. Only ids and verdicts are kept in the verdicts file, never resume text.
 */
public final class EvidenceEvaluator {
  private final RoleFit rolefit;

  /**
   * Creates an evaluator.
   *
   * @param rolefit the analyser
   */
  public EvidenceEvaluator(RoleFit rolefit) {
    this.rolefit = rolefit;
  }

  /**
   * How well the quoted evidence agrees with the verdicts.
   *
   * @param resumes resumes with verdicts
   * @param foundPrecision share of skills reported found that were judged shown
   * @param foundCount skills reported found, with a verdict
   * @param listedPrecision share of skills reported listed that were judged shown or listed
   * @param listedCount skills reported listed, with a verdict
   * @param weakPrecision share of skills reported weak that were judged shown or listed
   * @param weakCount skills reported weak, with a verdict
   * @param coveredRight share of responsibilities at coverage of at least 0.5 judged yes or partly
   * @param coveredYes share of them judged yes
   * @param coveredCount responsibilities at coverage of at least 0.5
   * @param yesRecall share of responsibilities judged yes that rolefit covers at 0.5 or more
   * @param yesCount responsibilities judged yes
   * @param unjudged skills reported (found, listed or weak) that have no verdict, as file:skill
   * @param errors per resume, the skills and responsibilities that disagree, for a closer look
   */
  public record Result(
      int resumes,
      double foundPrecision,
      int foundCount,
      double listedPrecision,
      int listedCount,
      double weakPrecision,
      int weakCount,
      double coveredRight,
      double coveredYes,
      int coveredCount,
      double yesRecall,
      int yesCount,
      List<String> unjudged,
      Map<String, List<String>> errors) {

    /** Copies the collections. */
    public Result {
      unjudged = List.copyOf(unjudged);
      errors = java.util.Collections.unmodifiableMap(new TreeMap<>(errors));
    }
  }

  /**
   * Evaluates the resumes of a labels file that have verdicts.
   *
   * @param labels the labels CSV (file, ml_related, level, specialization); the target of each
   *     resume is its labelled level and specialization (applied when it has none)
   * @param verdicts a CSV without header: file, kind (skill or responsibility), id, verdict
   * @return the agreement
   * @throws IOException when a file cannot be read
   */
  public Result evaluate(Path labels, Path verdicts) throws IOException {
    Map<String, Map<String, String>> byFile = readVerdicts(verdicts);
    Path base = labels.toAbsolutePath().getParent();
    Tally tally = new Tally();
    try (Reader in = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : Evaluator.csv().get().parse(in)) {
        String file = rec.get("file");
        Map<String, String> v = byFile.get(file);
        if (v == null) {
          continue;
        }
        String spec = Evaluator.ownSpecialization(rec.get("specialization"));
        FitReport r;
        try {
          r = rolefit.analyze(base.resolve(file), Target.of(Level.of(rec.get("level")), spec));
        } catch (DocumentException e) {
          tally.failed(file, e.getMessage());
          continue;
        }
        tally.add(file, r, v);
      }
    }
    return tally.result();
  }

  /** The counts behind a {@link Result}, added to one analysed resume at a time. */
  private static final class Tally {
    private int found;
    private int foundRight;
    private int listed;
    private int listedRight;
    private int weak;
    private int weakRight;
    private int covered;
    private int coveredRight;
    private int coveredYes;
    private int yes;
    private int yesCovered;
    private int resumes;
    private final List<String> unjudged = new ArrayList<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    /** Records a resume that could not be analysed. */
    void failed(String file, String message) {
      errors.put(file, List.of("analysis failed: " + message));
    }

    /** Counts one resume's report against its verdicts; what disagrees goes to the errors. */
    void add(String file, FitReport r, Map<String, String> v) {
      resumes++;
      List<String> wrong = new ArrayList<>();
      for (FitReport.SkillResult s : r.skills()) {
        skill(file, s, v, wrong);
      }
      for (FitReport.ResponsibilityResult q : r.responsibilities()) {
        responsibility(q, v, wrong);
      }
      if (!wrong.isEmpty()) {
        errors.put(file, wrong);
      }
    }

    private void skill(
        String file, FitReport.SkillResult s, Map<String, String> v, List<String> wrong) {
      if (s.status() == EvidenceStatus.MISSING) {
        return;
      }
      String verdict = v.get("skill:" + s.id());
      if (verdict == null) {
        unjudged.add(file + ":" + s.id() + " (" + s.status().id() + ")");
        return;
      }
      boolean named = verdict.equals("shown") || verdict.equals("listed");
      switch (s.status()) {
        case FOUND -> {
          found++;
          foundRight += verdict.equals("shown") ? 1 : 0;
        }
        case LISTED -> {
          listed++;
          listedRight += named ? 1 : 0;
        }
        case WEAK, MISSING -> {
          weak++;
          weakRight += named ? 1 : 0;
        }
      }
      boolean right = s.status() == EvidenceStatus.FOUND ? verdict.equals("shown") : named;
      if (!right) {
        wrong.add("skill " + s.id() + ": " + s.status().id() + ", judged " + verdict);
      }
    }

    private void responsibility(
        FitReport.ResponsibilityResult q, Map<String, String> v, List<String> wrong) {
      String verdict = v.get("responsibility:" + q.id());
      if (verdict == null) {
        return;
      }
      boolean isCovered = q.coverage() >= 0.5;
      if (verdict.equals("yes")) {
        yes++;
        yesCovered += isCovered ? 1 : 0;
      }
      if (isCovered) {
        covered++;
        coveredRight += verdict.equals("no") ? 0 : 1;
        coveredYes += verdict.equals("yes") ? 1 : 0;
      }
      // Partly shown but covered is listed too: it counts against the share judged yes.
      if (isCovered != verdict.equals("yes")) {
        wrong.add(
            String.format(
                Locale.ROOT,
                "responsibility %s: coverage %.2f, judged %s",
                q.id(),
                q.coverage(),
                verdict));
      }
    }

    Result result() {
      return new Result(
          resumes,
          share(foundRight, found),
          found,
          share(listedRight, listed),
          listed,
          share(weakRight, weak),
          weak,
          share(coveredRight, covered),
          share(coveredYes, covered),
          covered,
          share(yesCovered, yes),
          yes,
          unjudged,
          errors);
    }
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  /** Verdicts by file, keyed "skill:id" and "responsibility:id". */
  static Map<String, Map<String, String>> readVerdicts(Path csv) throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord rec : format.parse(in)) {
        if (rec.size() < 4) {
          throw new EvalInputException(
              csv + " line " + rec.getRecordNumber() + ": want file,kind,id,verdict");
        }
        String kind = rec.get(1);
        String verdict = rec.get(3).toLowerCase(Locale.ROOT);
        boolean ok =
            (kind.equals("skill") && verdict.matches("shown|listed|wrong"))
                || (kind.equals("responsibility") && verdict.matches("yes|partly|no"));
        if (!ok) {
          throw new EvalInputException(
              csv + " line " + rec.getRecordNumber() + ": unknown kind or verdict");
        }
        out.computeIfAbsent(rec.get(0), k -> new LinkedHashMap<>())
            .put(kind + ":" + rec.get(2), verdict);
      }
    }
    return out;
  }
}
