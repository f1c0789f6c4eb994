package org.tacitus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.tacitus.app.EventJson;

class SchemasTest {

  @Test
  void aJsonEventBecomesARowWithNestedActorsAndNulls() {
    ObjectNode e = EventJson.MAPPER.createObjectNode();
    e.put("doc_id", "d1");
    e.put("sentence", 2);
    e.put("goldstein", -4.5);
    e.putNull("target");
    ObjectNode source = e.putObject("source");
    source.put("code", "KEN");
    source.put("start", 3);

    Row row = Schemas.row(e, Schemas.EVENT);

    assertThat(row.getString(Schemas.EVENT.fieldIndex("doc_id"))).isEqualTo("d1");
    assertThat(row.getInt(Schemas.EVENT.fieldIndex("sentence"))).isEqualTo(2);
    assertThat(row.getDouble(Schemas.EVENT.fieldIndex("goldstein"))).isEqualTo(-4.5);
    assertThat(row.isNullAt(Schemas.EVENT.fieldIndex("target"))).isTrue();
    Row s = row.getStruct(Schemas.EVENT.fieldIndex("source"));
    assertThat(s.getString(0)).isEqualTo("KEN");
    assertThat(s.getInt(4)).isEqualTo(3);
    assertThat(s.isNullAt(5)).isTrue();
  }

  @Test
  void aFieldTheSchemaLacksIsAnError() {
    ObjectNode e = EventJson.MAPPER.createObjectNode();
    e.put("doc_id", "d1");
    e.put("bogus_field", "Nairobi");

    assertThatThrownBy(() -> Schemas.row(e, Schemas.EVENT)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'bogus_field'");
  }
}
