package dev.rolefit.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One resume's line in a ranking: a few hundred bytes, all a batch keeps of a report. The CLI's
 * {@code batch} and the Spark job write the same {@link #COLUMNS} from it, so a row means the same
 * wherever it was made.
 *
 * @param seq the file's position in the input order (ties in score keep it)
 * @param file the file as given (relative to the folder for a folder)
 * @param outcome {@link #OK} or {@link #FAILED}
 * @param score overall 0..100, or NaN when failed
 * @param band the score band, or empty
 * @param keywords keyword score, or NaN
 * @param responsibilities responsibility score, or NaN
 * @param level the target level scored against, or empty
 * @param estimatedLevel the level the resume reads as, or empty
 * @param specialization the specialization scored against, or empty
 * @param pages page count, or 0
 * @param quality extraction quality status, or empty
 * @param errorKind the failure's kind (encrypted, corrupt, empty, io_error, internal...), or empty
 * @param errorMessage the failure's one-line message, or empty
 */
@JsonPropertyOrder({
  "seq",
  "file",
  "outcome",
  "score",
  "band",
  "keywords",
  "responsibilities",
  "level",
  "estimatedLevel",
  "specialization",
  "pages",
  "quality",
  "errorKind",
  "errorMessage"
})
public record ResultRow(
    long seq,
    String file,
    String outcome,
    double score,
    String band,
    double keywords,
    double responsibilities,
    String level,
    String estimatedLevel,
    String specialization,
    int pages,
    String quality,
    String errorKind,
    String errorMessage) {

  /** The outcome of a scored file. */
  public static final String OK = "ok";

  /** The outcome of a file that could not be scored. */
  public static final String FAILED = "failed";

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

  /** The columns, in order; {@link #cells} gives a row's values in the same order. */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("rank", ColumnType.INTEGER),
          new Column("file", ColumnType.TEXT),
          new Column("outcome", ColumnType.TEXT),
          new Column("score", ColumnType.NUMBER),
          new Column("band", ColumnType.TEXT),
          new Column("keywords", ColumnType.NUMBER),
          new Column("responsibilities", ColumnType.NUMBER),
          new Column("level", ColumnType.TEXT),
          new Column("estimated_level", ColumnType.TEXT),
          new Column("specialization", ColumnType.TEXT),
          new Column("pages", ColumnType.INTEGER),
          new Column("quality", ColumnType.TEXT),
          new Column("error_kind", ColumnType.TEXT),
          new Column("error_message", ColumnType.TEXT));

  /**
   * The row of a scored file.
   *
   * @param seq the file's position in the input order
   * @param file the file as shown
   * @param r its report
   * @return the row
   */
  public static ResultRow of(long seq, String file, FitReport r) {
    return new ResultRow(
        seq,
        file,
        OK,
        r.score().overall(),
        r.score().band(),
        r.score().keywords(),
        r.score().responsibilities(),
        r.target().level(),
        r.level().estimated(),
        r.target().specialization(),
        r.document().pages(),
        r.document().quality().status(),
        "",
        "");
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
  public static ResultRow failed(long seq, String file, String kind, String message) {
    return new ResultRow(
        seq,
        file,
        FAILED,
        Double.NaN,
        "",
        Double.NaN,
        Double.NaN,
        "",
        "",
        "",
        0,
        "",
        kind,
        message == null ? "" : message);
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
  public List<Object> cells(int rank) {
    boolean ok = isOk();
    return new ArrayList<>(
        Arrays.asList(
            rank > 0 ? rank : null,
            file,
            outcome,
            number(score),
            text(band),
            number(keywords),
            number(responsibilities),
            text(level),
            text(estimatedLevel),
            text(specialization),
            ok ? pages : null,
            text(quality),
            text(errorKind),
            text(errorMessage)));
  }

  /**
   * A cell as CSV shows it: empty for null, one decimal for numbers (Locale.ROOT).
   *
   * @param cell a value from {@link #cells}
   * @return its text
   */
  public static String format(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double d) {
      return String.format(Locale.ROOT, "%.1f", d);
    }
    return cell.toString();
  }

  private static Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  private static String text(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
