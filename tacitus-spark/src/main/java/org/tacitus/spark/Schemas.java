package org.tacitus.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The row types of the job. An event row has exactly the fields of a {@code tacitus code} JSON Lines event
 * ({@link org.tacitus.app.EventJson}), with the same names, nesting and values; it is made from that JSON object, so
 * the two cannot drift apart silently (a field the schema lacks is an error).
 */
final class Schemas {

  private static final StructType ACTOR = new StructType()
      .add("code", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("sector", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType);

  private static final StructType SPAN = new StructType()
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("text", DataTypes.StringType);

  private static final StructType EVENT_DATE = new StructType()
      .add("date", DataTypes.StringType)
      .add("precision", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("evidence", SPAN);

  private static final StructType PLACE = new StructType()
      .add("name", DataTypes.StringType)
      .add("type", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("admin1", DataTypes.StringType)
      .add("lat", DataTypes.DoubleType)
      .add("lon", DataTypes.DoubleType)
      .add("geonames_id", DataTypes.LongType)
      .add("evidence", SPAN)
      .add("reason", DataTypes.StringType);

  /** One event, as a JSON Lines line of {@code tacitus code}. */
  static final StructType EVENT = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("sentence", DataTypes.IntegerType)
      .add("sentence_text", DataTypes.StringType)
      .add("date", DataTypes.StringType)
      .add("code", DataTypes.StringType)
      .add("code_name", DataTypes.StringType)
      .add("root", DataTypes.StringType)
      .add("quad_class", DataTypes.IntegerType)
      .add("goldstein", DataTypes.DoubleType)
      .add("source", ACTOR)
      .add("target", ACTOR)
      .add("modality", DataTypes.StringType)
      .add("evidence", SPAN)
      .add("rule", DataTypes.StringType)
      .add("confidence", DataTypes.DoubleType)
      .add("reported_by", ACTOR)
      .add("event_date", EVENT_DATE)
      .add("place", PLACE)
      .add("event_id", DataTypes.LongType)
      .add("num_mentions", DataTypes.IntegerType)
      .add("num_sources", DataTypes.IntegerType)
      .add("num_articles", DataTypes.IntegerType)
      .add("doc_ids", DataTypes.createArrayType(DataTypes.StringType, false))
      .add("urls", DataTypes.createArrayType(DataTypes.StringType, false));

  /** One input record as read: an article (text set), or a record that could not be read (reason set). */
  static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("date", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("origin", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType)
      .add("message", DataTypes.StringType);

  /**
   * What became of one input record: {@code status} coded (with its events, and its lines in each layout asked
   * for), skipped (could not be read; stage "read") or failed (at a stage: nlp, coder).
   */
  static final StructType RECORD = new StructType()
      .add("doc_id", DataTypes.StringType)
      .add("origin", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("stage", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("message", DataTypes.StringType)
      .add("sentences", DataTypes.IntegerType, false)
      .add("events", DataTypes.createArrayType(EVENT, false), false)
      .add("layouts", DataTypes.createMapType(DataTypes.StringType,
          DataTypes.createArrayType(DataTypes.StringType, false), false), false);

  private Schemas() {
  }

  /**
   * The row of a JSON object, field by field as the schema names them; an absent or null field is null.
   *
   * @throws IllegalStateException when the object has a field the schema does not (the schema is out of date)
   */
  static Row row(ObjectNode json, StructType schema) {
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      String name = field.getKey();
      if (schema.getFieldIndex(name).isEmpty()) {
        throw new IllegalStateException("field '" + name + "' is not in the Spark event schema; add it to "
            + Schemas.class.getName());
      }
    }
    StructField[] declared = schema.fields();
    Object[] values = new Object[declared.length];
    for (int i = 0; i < declared.length; i++) {
      values[i] = value(json.get(declared[i].name()), declared[i].dataType());
    }
    return RowFactory.create(values);
  }

  private static Object value(JsonNode node, DataType type) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (type instanceof StructType struct) {
      if (!node.isObject()) {
        throw new IllegalStateException("expected a JSON object for " + struct.simpleString() + ", got " + node);
      }
      return row((ObjectNode) node, struct);
    }
    if (type instanceof ArrayType array) {
      if (!node.isArray()) {
        throw new IllegalStateException("expected a JSON array for " + array.simpleString() + ", got " + node);
      }
      List<Object> items = new ArrayList<>();
      node.forEach(item -> items.add(value(item, array.elementType())));
      return scala.jdk.javaapi.CollectionConverters.asScala(items).toSeq();
    }
    if (type.equals(DataTypes.IntegerType)) {
      return node.intValue();
    }
    if (type.equals(DataTypes.LongType)) {
      return node.longValue();
    }
    if (type.equals(DataTypes.DoubleType)) {
      return node.doubleValue();
    }
    if (type.equals(DataTypes.StringType)) {
      return node.asText();
    }
    throw new IllegalStateException("no conversion to " + type.simpleString());
  }
}
