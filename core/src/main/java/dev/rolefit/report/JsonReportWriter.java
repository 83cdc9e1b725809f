package dev.rolefit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rolefit.model.FitReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON contract of docs/json-report.md: stable field order, pretty-printed, byte-identical
 * reruns.
 */
public final class JsonReportWriter implements ReportWriter {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();

  /** Creates the writer. */
  public JsonReportWriter() {}

  /**
   * The mapper used (configured for the contract), for callers that parse reports back.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  @Override
  public void write(FitReport report, Writer out) throws IOException {
    MAPPER.writeValue(out, report);
    out.write('\n');
  }
}
