package dev.rolefit.spark;

import dev.rolefit.report.ResultRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of the ranking, made from {@link ResultRow#COLUMNS}: the same column names and
 * order as batch's CSV and JSON lines, every column nullable (a failed file has no score).
 */
public final class ResultSchema {
  /** The rows' schema. */
  public static final StructType ROWS = schema(ResultRow.COLUMNS);

  private ResultSchema() {}

  /**
   * The position of a column.
   *
   * @param name the column's name
   * @return its index in {@link ResultRow#COLUMNS}
   * @throws IllegalStateException when there is no such column
   */
  public static int index(String name) {
    for (int i = 0; i < ResultRow.COLUMNS.size(); i++) {
      if (ResultRow.COLUMNS.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("no column " + name + " in " + ResultRow.COLUMNS);
  }

  static StructType schema(List<ResultRow.Column> columns) {
    List<StructField> fields = new ArrayList<>();
    for (ResultRow.Column c : columns) {
      fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType type(ResultRow.ColumnType t) {
    return switch (t) {
      case TEXT -> DataTypes.StringType;
      case NUMBER -> DataTypes.DoubleType;
      case INTEGER -> DataTypes.IntegerType;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }
}
