package dev.rolefit.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rolefit.report.FitReport;

/**
 * One file's line in a batch: a few hundred bytes, all a batch keeps of a report.
 *
 * @param seq the file's position in the input order (ties in score keep it)
 * @param file the file as given (relative to the folder for a folder)
 * @param outcome ok or failed
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
record BatchRow(
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

  static final String OK = "ok";
  static final String FAILED = "failed";

  static BatchRow of(long seq, String file, FitReport r) {
    return new BatchRow(
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

  static BatchRow failed(long seq, String file, String kind, String message) {
    return new BatchRow(
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

  boolean ok() {
    return OK.equals(outcome);
  }
}
