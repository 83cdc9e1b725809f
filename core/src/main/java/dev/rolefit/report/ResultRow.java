package dev.rolefit.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.model.EntryKind;
import dev.rolefit.model.EvidenceStatus;
import dev.rolefit.model.FitKind;
import dev.rolefit.model.FitReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One resume's line in a ranking: a few hundred bytes, all a batch keeps of a report, and enough to
 * say why the resume ranked where it did (who, latest title, years, the required skills found and
 * missing). The CLI's {@code batch} and the Spark job write the same {@link #COLUMNS} from it, so a
 * row means the same wherever it was made.
 *
 * @param seq the file's position in the input order (ties in score keep it)
 * @param file the file as given (relative to the folder for a folder)
 * @param outcome {@link #OK} or {@link #FAILED}
 * @param name the person's name from the contact block when plain, or empty
 * @param title the latest job title, or empty
 * @param years professional years (internships and doctorates count half), or NaN
 * @param estimatedLevel the level the resume reads as, or empty
 * @param targetLevel the level asked for, or empty (then scored against the estimated level)
 * @param specialization the specialization asked for, or empty (then scored against the best fit)
 * @param bestSpecialization the best-fitting specialization, or empty when the resume shows no
 *     machine learning at all (every specialization scores 0)
 * @param bestSpecializationScore its score 0..100, or NaN
 * @param score overall 0..100, or NaN when failed
 * @param band the score band, or empty
 * @param keywords keyword score, or NaN
 * @param responsibilities responsibility score, or NaN
 * @param requiredFound required skills of the target shown in work (strongly or weakly)
 * @param requiredListed required skills only named in a list or summary
 * @param requiredMissing required skills not found (the three add up to the target's required)
 * @param topMatched up to 3 required skills found, most valuable first, {@code ;}-separated
 * @param topMissing up to 3 required skills missing, most valuable first, {@code ;}-separated
 * @param stuffing whether the report flags keyword stuffing
 * @param postingMatch how well the resume meets a job posting 0..100, or NaN (no posting)
 * @param quality extraction quality status, or empty
 * @param errorKind the failure's kind (encrypted, corrupt, empty, io_error, internal...), or empty
 * @param errorMessage the failure's one-line message, or empty
 * @param pages page count, or 0
 * @param secondarySpecialization the secondary specialization (close to the primary), or empty
 */
@JsonPropertyOrder({
  "seq",
  "file",
  "outcome",
  "name",
  "title",
  "years",
  "estimatedLevel",
  "targetLevel",
  "specialization",
  "bestSpecialization",
  "bestSpecializationScore",
  "score",
  "band",
  "keywords",
  "responsibilities",
  "requiredFound",
  "requiredListed",
  "requiredMissing",
  "topMatched",
  "topMissing",
  "stuffing",
  "postingMatch",
  "quality",
  "errorKind",
  "errorMessage",
  "pages",
  "secondarySpecialization"
})
public record ResultRow(
    long seq,
    String file,
    String outcome,
    String name,
    String title,
    double years,
    String estimatedLevel,
    String targetLevel,
    String specialization,
    String bestSpecialization,
    double bestSpecializationScore,
    double score,
    String band,
    double keywords,
    double responsibilities,
    int requiredFound,
    int requiredListed,
    int requiredMissing,
    String topMatched,
    String topMissing,
    boolean stuffing,
    double postingMatch,
    String quality,
    String errorKind,
    String errorMessage,
    int pages,
    String secondarySpecialization) {

  /** The outcome of a scored file. */
  public static final String OK = "ok";

  /** The outcome of a file that could not be scored. */
  public static final String FAILED = "failed";

  /** How many skills {@link #topMatched} and {@link #topMissing} name at most. */
  public static final int TOP = 3;

  /** What a column holds: the type of its cells when present. */
  public enum ColumnType {
    /** A string. */
    TEXT,
    /** A double, shown with one decimal in CSV. */
    NUMBER,
    /** An integer. */
    INTEGER,
    /** true or false. */
    BOOLEAN
  }

  /**
   * A column of the ranking.
   *
   * @param name its name in the CSV header and the JSON lines' keys
   * @param type the type of its cells
   */
  public record Column(String name, ColumnType type) {}

  /**
   * The columns, in order; {@link #cells} gives a row's values in the same order. The first 24 are
   * the ranking's contract; {@code outcome} and {@code pages} follow for programs that filter, and
   * {@code secondary_specialization} last, added after the others.
   */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("rank", ColumnType.INTEGER),
          new Column("file", ColumnType.TEXT),
          new Column("name", ColumnType.TEXT),
          new Column("title", ColumnType.TEXT),
          new Column("years", ColumnType.NUMBER),
          new Column("estimated_level", ColumnType.TEXT),
          new Column("target_level", ColumnType.TEXT),
          new Column("specialization", ColumnType.TEXT),
          new Column("best_specialization", ColumnType.TEXT),
          new Column("best_specialization_score", ColumnType.NUMBER),
          new Column("score", ColumnType.NUMBER),
          new Column("band", ColumnType.TEXT),
          new Column("keywords", ColumnType.NUMBER),
          new Column("responsibilities", ColumnType.NUMBER),
          new Column("required_found", ColumnType.INTEGER),
          new Column("required_listed", ColumnType.INTEGER),
          new Column("required_missing", ColumnType.INTEGER),
          new Column("top_matched", ColumnType.TEXT),
          new Column("top_missing", ColumnType.TEXT),
          new Column("stuffing", ColumnType.BOOLEAN),
          new Column("posting_match", ColumnType.NUMBER),
          new Column("quality", ColumnType.TEXT),
          new Column("error_kind", ColumnType.TEXT),
          new Column("error_message", ColumnType.TEXT),
          new Column("outcome", ColumnType.TEXT),
          new Column("pages", ColumnType.INTEGER),
          new Column("secondary_specialization", ColumnType.TEXT));

  /** Entry kinds that are not jobs: their titles are never the latest job title. */
  private static final Set<EntryKind> NOT_JOBS =
      EnumSet.of(EntryKind.EDUCATION, EntryKind.PROJECT, EntryKind.VOLUNTEER, EntryKind.OTHER);

  /**
   * The row of a scored file.
   *
   * @param seq the file's position in the input order
   * @param file the file as shown
   * @param r its report
   * @return the row
   */
  public static ResultRow of(long seq, String file, FitReport r) {
    List<FitReport.SkillResult> required =
        r.skills().stream().filter(FitReport.SkillResult::required).toList();
    int found = 0;
    int listed = 0;
    for (FitReport.SkillResult s : required) {
      if (s.status().shown()) {
        found++;
      } else if (s.status() == EvidenceStatus.LISTED) {
        listed++;
      }
    }
    FitReport.SpecializationScore best =
        r.specializations().isEmpty() ? null : r.specializations().get(0);
    boolean anyFit = best != null && best.score() > 0;
    return new ResultRow(
        seq,
        file,
        OK,
        r.candidate().name(),
        latestTitle(r.entries()),
        Math.round(r.level().professionalMonths() / 1.2) / 10.0,
        r.level().estimated().id(),
        hasNote(r, "auto-level") ? "" : r.target().level().id(),
        hasNote(r, "auto-specialization") ? "" : r.target().specialization(),
        anyFit ? best.id() : "",
        anyFit ? best.score() : Double.NaN,
        r.score().overall(),
        r.score().band().id(),
        r.score().keywords(),
        r.score().responsibilities(),
        found,
        listed,
        required.size() - found - listed,
        top(required, true),
        top(required, false),
        hasNote(r, "keyword-stuffing"),
        r.posting() == null || r.posting().match() == null ? Double.NaN : r.posting().match(),
        r.document().quality().status().id(),
        "",
        "",
        r.document().pages(),
        r.specializationAs(FitKind.SECONDARY));
  }

  /**
   * The row of a file that could not be scored.
   *
   * @param seq the file's position in the input order
   * @param file the file as shown
   * @param kind the failure's kind
   * @param message the failure's one-line message, or null
   * @return the row
   */
  public static ResultRow failed(long seq, String file, String kind, @Nullable String message) {
    return new ResultRow(
        seq,
        file,
        FAILED,
        "",
        "",
        Double.NaN,
        "",
        "",
        "",
        "",
        Double.NaN,
        Double.NaN,
        "",
        Double.NaN,
        Double.NaN,
        0,
        0,
        0,
        "",
        "",
        false,
        Double.NaN,
        "",
        kind,
        message == null ? "" : message,
        0,
        "");
  }

  private static boolean hasNote(FitReport r, String id) {
    return r.notes().stream().anyMatch(n -> n.id().equals(id));
  }

  /**
   * Up to {@link #TOP} required skills shown (or missing), most valuable first: the target's
   * weight, then the evidence's strength, then the id (so ties always read the same).
   */
  private static String top(List<FitReport.SkillResult> required, boolean matched) {
    return required.stream()
        .filter(s -> matched ? s.status().shown() : s.status() == EvidenceStatus.MISSING)
        .sorted(
            Comparator.comparingDouble((FitReport.SkillResult s) -> -s.weight())
                .thenComparingDouble(s -> -s.strength())
                .thenComparing(FitReport.SkillResult::id))
        .limit(TOP)
        .map(FitReport.SkillResult::name)
        .collect(Collectors.joining(";"));
  }

  /**
   * The title of the latest job (the latest end, then the latest start; the first written of
   * equals), or empty: degrees, projects and volunteering are not jobs.
   */
  static String latestTitle(List<FitReport.EntryInfo> entries) {
    FitReport.EntryInfo latest = null;
    for (FitReport.EntryInfo e : entries) {
      if (NOT_JOBS.contains(e.kind()) || e.title().isBlank()) {
        continue;
      }
      if (latest == null
          || e.end().compareTo(latest.end()) > 0
          || (e.end().equals(latest.end()) && e.start().compareTo(latest.start()) > 0)) {
        latest = e;
      }
    }
    return latest == null ? "" : latest.title().strip().replaceAll("\\s+", " ");
  }

  /**
   * Whether the file was scored.
   *
   * @return true for {@link #OK}
   */
  @JsonIgnore
  public boolean isOk() {
    return OK.equals(outcome);
  }

  /**
   * The row's cells in {@link #COLUMNS} order: String, Double, Integer or Boolean by the column's
   * type, or null where the row has no value (a failed file's score, an empty band).
   *
   * @param rank the row's rank (1-based), or 0 for none
   * @return the cells, a new modifiable list
   */
  public List<@Nullable Object> cells(int rank) {
    boolean ok = isOk();
    return new ArrayList<>(
        Arrays.asList(
            rank > 0 ? rank : null,
            file,
            text(name),
            text(title),
            number(years),
            text(estimatedLevel),
            text(targetLevel),
            text(specialization),
            text(bestSpecialization),
            number(bestSpecializationScore),
            number(score),
            text(band),
            number(keywords),
            number(responsibilities),
            ok ? requiredFound : null,
            ok ? requiredListed : null,
            ok ? requiredMissing : null,
            text(topMatched),
            text(topMissing),
            ok ? stuffing : null,
            number(postingMatch),
            text(quality),
            text(errorKind),
            text(errorMessage),
            outcome,
            ok ? pages : null,
            text(secondarySpecialization)));
  }

  /**
   * A cell as CSV shows it: empty for null, one decimal for numbers (Locale.ROOT).
   *
   * @param cell a value from {@link #cells}
   * @return its text
   */
  public static String format(@Nullable Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return cell.toString();
  }

  private static @Nullable Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static @Nullable String text(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
